import { typoIdentifiers } from '../../../../shared/identifier-typos';
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

/** The candidates long enough to be read with one typo (shared/identifier-typos.ts), when no record holds them. */
export interface NumberTypoSignal {
  kind: 'NUMBER_TYPO';
  /** Normalized candidates of `TYPO_RULES.minLength` characters or more, the first `TYPO_RULES.maxIdentifiers`. */
  typed: string[];
}

/** What the recognizer read in the free text; each kind is searched by its own candidate branch. */
export type DocumentSignal = MrzSignal | NumberSignal | ConfusableNumberSignal | NumberTypoSignal;

/**
 * Reads the free text of a document search. Machine-readable zones are taken out first, so that their lines do not
 * also become number candidates; in what is left, every token, every group of up to four adjacent tokens, and the
 * whole text are candidate numbers when they can be one (`isDocumentNumberCandidate`), also read with O/0 and I/1
 * confused and, from six characters on, with one typo. A name, a year or a substance word is none: such a text gives no signal, and no SQL.
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

/**
 * Whether a document search reads anything in the text (an MRZ or a possible number). When it reads nothing, the
 * search answers no hits without SQL, which lets the gateway answer it without sending it (gateway/src/search-routing.ts).
 */
export function documentSearchReads(text: string): boolean {
  return recognizeDocumentText(text).length > 0;
}

/** Letters only, four or more: a name or a word ("Roșu" in "Roșu 1983"), never a group of a printed number. */
const NAME_WORD = /^\p{L}{4,}$/u;
/** Letters of the numbering alphabets without I, O and Q (they read as 1 and 0), such as Germany's. */
const LETTERS_ONLY_NUMBER = /^[A-HJ-NPR-Z]{9}$/;

/**
 * Whether typed tokens can be a document number. ICAO 9303 lets each state assign its numbers (9 letters and digits
 * in the MRZ field, longer ones continued in the optional data), and nearly every state's hold a digit, which keeps
 * names and words out ("ERIKSSON", "COCAINE", "TEFAN" of "Ștefan"). The exceptions are the states that number from an
 * alphabet without I, O and Q (German passports and identity cards, French identity cards; the seed makes a few in a
 * thousand such): one token of exactly 9 such letters is read too, which only 1 % of name words are. Tokens printed
 * in groups (`AB 123456`, `X 1234 567`) hold a digit and no word of four letters or more (a name beside a year).
 */
export function isDocumentNumberCandidate(tokens: string[]): boolean {
  const number = normalizeDocumentNumber(tokens.join(''));
  if (number.length < MIN_NUMBER_LENGTH) return false;
  if (tokens.length === 1) return /\d/.test(number) || LETTERS_ONLY_NUMBER.test(number);
  return /\d/.test(number) && !tokens.some((token) => NAME_WORD.test(token));
}

function numberSignals(text: string): DocumentSignal[] {
  const tokens = text.split(/\s+/).filter(Boolean).slice(0, MAX_TOKENS);
  const typed = new Set<string>();
  const consider = (group: string[]) => {
    if (isDocumentNumberCandidate(group)) typed.add(group.join(' '));
  };
  for (let start = 0; start < tokens.length; start++) {
    for (let size = 1; size <= MAX_GROUP_TOKENS && start + size <= tokens.length; size++) {
      consider(tokens.slice(start, start + size));
    }
  }
  if (tokens.length > MAX_GROUP_TOKENS) consider(tokens);
  if (!typed.size) return [];
  const normalized = unique([...typed].map(normalizeDocumentNumber));
  const signals: DocumentSignal[] = [{ kind: 'NUMBER', normalized, typed: [...typed] }];
  // O/I and 0/1 confusions are read in candidates with a digit only: a letters-only number is taken as typed.
  const confusable = unique(
    normalized.filter((number) => /\d/.test(number) && /[OI01]/.test(number)).map(confusableDocumentNumber),
  );
  if (confusable.length) signals.push({ kind: 'CONFUSABLE_NUMBER', confusable, normalized });
  // As for confusions, a letters-only number is taken as typed: one typo away, a name word could be one.
  const typos = typoIdentifiers(normalized.filter((number) => /\d/.test(number)));
  if (typos.length) signals.push({ kind: 'NUMBER_TYPO', typed: typos });
  return signals;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
