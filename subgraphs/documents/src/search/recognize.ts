import { findMrz, type MrzReading } from '../../../../shared/mrz';
import { confusableDocumentNumber, normalizeDocumentNumber } from './normalize';

/** Shorter candidates (country codes, years, name particles) would only add noise to an exact number lookup. */
export const MIN_NUMBER_LENGTH = 5;
/** Bounds the lookup for a pasted page of text; document numbers are typed as a handful of tokens at most. */
const MAX_TOKENS = 32;
/** Numbers printed in groups (`X 1234 567`, `DD 12 345678`) are read from up to this many adjacent tokens. */
const MAX_GROUP_TOKENS = 4;
/** More machine-readable zones than this in one text is a pasted file, not a search. */
const MAX_MRZS = 4;

/** A machine-readable zone: its number searched together with its issuing country, check digits validated. */
export interface MrzSignal {
  kind: 'MRZ';
  mrz: MrzReading;
}

/** Document numbers the text may hold, looked up on the normalized number (score 1.0). */
export interface NumberSignal {
  kind: 'NUMBER';
  /** Normalized candidate numbers, each at least `MIN_NUMBER_LENGTH` characters. */
  normalized: string[];
  /** The spellings as typed (tokens, groups of adjacent tokens, the whole text), to tell EXACT from NORMALIZED. */
  typed: string[];
}

/** The same candidates with O read as 0 and I as 1, for numbers that differ from the record only in those. */
export interface ConfusableNumberSignal {
  kind: 'CONFUSABLE_NUMBER';
  /** `confusableDocumentNumber` of the candidates that hold a digit and an O, I, 0 or 1. */
  confusable: string[];
  /** All normalized candidates: a record they match exactly is the NUMBER signal's hit, not a confusion. */
  normalized: string[];
}

/** What the recognizer read in the free text; each kind is searched by its own candidate branch. */
export type DocumentSignal = MrzSignal | NumberSignal | ConfusableNumberSignal;

/**
 * Reads the free text of a document search. Machine-readable zones are taken out first, so that their lines do not
 * also become number candidates; in what is left, every token, every group of up to four adjacent tokens holding a
 * digit, and the whole text are candidate numbers, also read with O/0 and I/1 confused.
 */
export function recognizeDocumentText(text: string): DocumentSignal[] {
  const signals: DocumentSignal[] = [];
  let rest = text.trim();
  for (let found = findMrz(rest); found && signals.length < MAX_MRZS; found = findMrz(rest)) {
    signals.push({ kind: 'MRZ', mrz: found.reading });
    rest = found.rest;
  }
  return [...signals, ...numberSignals(rest)];
}

function numberSignals(text: string): DocumentSignal[] {
  const tokens = text.split(/\s+/).filter(Boolean).slice(0, MAX_TOKENS);
  const typed = new Set(tokens);
  if (text) typed.add(text);
  for (let start = 0; start < tokens.length; start++) {
    for (let size = 2; size <= MAX_GROUP_TOKENS && start + size <= tokens.length; size++) {
      const group = tokens.slice(start, start + size).join(' ');
      if (/\d/.test(group)) typed.add(group);
    }
  }
  const normalized = unique([...typed].map(normalizeDocumentNumber)).filter(
    (number) => number.length >= MIN_NUMBER_LENGTH,
  );
  if (!normalized.length) return [];
  const signals: DocumentSignal[] = [{ kind: 'NUMBER', normalized, typed: [...typed] }];
  // A word like ERIKSSON holds an I and an O but is no number: only candidates with a digit are read for confusion.
  const confusable = unique(
    normalized.filter((number) => /\d/.test(number) && /[OI01]/.test(number)).map(confusableDocumentNumber),
  );
  if (confusable.length) signals.push({ kind: 'CONFUSABLE_NUMBER', confusable, normalized });
  return signals;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
