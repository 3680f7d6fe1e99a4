import { foldSubstanceName } from './normalize';

export interface SeizureTextQuery {
  /** CAS registry numbers written in the text, with a valid check digit. */
  casNumbers: string[];
  /** Folded terms to look up among substance names: the whole text, then each word of three or more characters. */
  terms: string[];
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
  const words = whole.split(' ').filter((word) => word.length >= 3 && /[A-Z]/.test(word));
  const terms = [...new Set([whole, ...words.slice(0, MAX_WORDS)])].filter(Boolean);
  return { casNumbers: [...new Set(casNumbers)], terms };
}

/** CAS check digit: the other digits, from the right, weighted 1, 2, 3, ... and summed, modulo 10. */
export function hasValidCasCheckDigit(casNumber: string): boolean {
  const digits = casNumber.replace(/-/g, '');
  const body = [...digits.slice(0, -1)].reverse();
  const sum = body.reduce((total, digit, index) => total + Number(digit) * (index + 1), 0);
  return sum % 10 === Number(digits.at(-1));
}
