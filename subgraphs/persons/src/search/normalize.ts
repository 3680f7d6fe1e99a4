import { foldLatinWord, latinForms, nameWords, scriptOf } from './transliterate';

/**
 * Folds a name to upper-case Latin letters and single spaces: case and diacritics removed (Ä as A, the one-letter
 * ICAO 9303 spelling), other scripts in their standard transliteration (ICAO 9303 Cyrillic, ELOT 743 Greek).
 * Every spelling a search compares: `latinForms`.
 */
export function foldName(value: string): string {
  return nameWords(value)
    .map((word) => (scriptOf(word) === 'LATIN' ? foldLatinWord(word, 1) : (latinForms(word)[0]?.text ?? '')))
    .filter(Boolean)
    .join(' ');
}

export interface NameParts {
  familyNameLatin: string;
  givenNamesLatin: string | null;
}

/** The folded name a person record carries in `search_name`: family then given names. */
export function searchNameOf(person: NameParts): string {
  return foldName(`${person.familyNameLatin} ${person.givenNamesLatin ?? ''}`);
}
