import { normalizeDocumentNumber } from './normalize';

/** Shorter candidates (country codes, years, name particles) would only add noise to an exact number lookup. */
export const MIN_NUMBER_LENGTH = 5;
/** Bounds the lookup for a pasted page of text; document numbers are typed as a handful of tokens at most. */
const MAX_TOKENS = 32;

/** Document numbers the text may hold, looked up on the normalized number (score 1.0). */
export interface NumberSignal {
  kind: 'NUMBER';
  /** Normalized candidate numbers, each at least `MIN_NUMBER_LENGTH` characters. */
  normalized: string[];
  /** The spellings as typed (each token and the whole text), to tell an EXACT match from a NORMALIZED one. */
  typed: string[];
}

/**
 * What the recognizer read in the free text. Each kind is searched by its own candidate branch in
 * `document-search.ts`; an MRZ (number and issuing country with check digits) or O/0 and I/1 variants of a number
 * (at a lower score) are further kinds of signal.
 */
export type DocumentSignal = NumberSignal;

/**
 * Reads the free text of a document search. Every whitespace-separated token is a candidate number, and so is
 * the whole text, so that a number typed in groups (`X 1234 567`) is found as one.
 */
export function recognizeDocumentText(text: string): DocumentSignal[] {
  const trimmed = text.trim();
  const typed = [...new Set([...trimmed.split(/\s+/).slice(0, MAX_TOKENS), trimmed])].filter(Boolean);
  const normalized = [...new Set(typed.map(normalizeDocumentNumber))].filter(
    (number) => number.length >= MIN_NUMBER_LENGTH,
  );
  return normalized.length ? [{ kind: 'NUMBER', normalized, typed }] : [];
}
