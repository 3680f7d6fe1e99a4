import { foldSubstanceName } from './normalize';

export interface SeizureTextQuery {
  /** CAS registry numbers written in the text, with a valid check digit. */
  casNumbers: string[];
  /** Folded terms to look up among substance names: the whole text, its runs of two to four words, its words. */
  terms: string[];
  /** For each term, how much of the text it covers: 1 for the whole text, 0.05 less per word left out (≥ 0.85). */
  coverage: number[];
}

const CAS_NUMBER = /^\d{2,7}-\d{2}-\d$/;
// Bounds the lookups per search: a pasted paragraph is not a substance name.
const MAX_WORDS = 12;

/**
 * Reads the free text of a seizure search: CAS numbers, and the remaining words as a substance name, synonym or
 * street name in any language. Tokens without letters (dates, document numbers, quantities) are ignored.
 */
export function recognizeSeizureText(text: string): SeizureTextQuery {
  const casNumbers: string[] = [];
  const nameTokens: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    if (CAS_NUMBER.test(token)) {
      if (hasValidCasCheckDigit(token)) casNumbers.push(token);
    } else if (/\p{L}/u.test(token)) {
      nameTokens.push(token);
    }
  }
  const whole = foldSubstanceName(nameTokens.join(' '));
  const allWords = whole.split(' ').filter(Boolean).slice(0, MAX_WORDS);
  const coverage = new Map<string, number>();
  const add = (term: string, words: number) => {
    const covered = Math.max(0.85, 1 - 0.05 * (allWords.length - words));
    if (term && covered > (coverage.get(term) ?? 0)) coverage.set(term, covered);
  };
  if (whole) add(whole, allWords.length);
  // Multi-word names ("resina de cannabis") inside a longer text, then single words of three letters or more.
  for (let size = Math.min(4, allWords.length - 1); size >= 1; size--) {
    for (let start = 0; start + size <= allWords.length; start++) {
      const run = allWords.slice(start, start + size);
      if (size > 1 || (run[0].length >= 3 && /[A-Z]/.test(run[0]))) add(run.join(' '), size);
    }
  }
  return { casNumbers: [...new Set(casNumbers)], terms: [...coverage.keys()], coverage: [...coverage.values()] };
}

/** CAS check digit: the other digits, from the right, weighted 1, 2, 3, ... and summed, modulo 10. */
export function hasValidCasCheckDigit(casNumber: string): boolean {
  const digits = casNumber.replace(/-/g, '');
  const body = [...digits.slice(0, -1)].reverse();
  const sum = body.reduce((total, digit, index) => total + Number(digit) * (index + 1), 0);
  return sum % 10 === Number(digits.at(-1));
}
