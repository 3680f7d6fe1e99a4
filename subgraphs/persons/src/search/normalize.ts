import { transliterate } from 'transliteration';

/** Folds a name to upper-case Latin letters and single spaces: case, diacritics and script differences removed. */
export function foldName(value: string): string {
  return transliterate(value.normalize('NFC'))
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

export interface NameParts {
  familyNameLatin: string;
  givenNamesLatin: string | null;
}

/** The text the trigram index holds for a person: family then given names, folded. */
export function searchNameOf(person: NameParts): string {
  return foldName(`${person.familyNameLatin} ${person.givenNamesLatin ?? ''}`);
}
