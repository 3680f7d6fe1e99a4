/** A VIN compared without spaces, dashes or case: upper-case A-Z and 0-9 only. */
export function normalizeVin(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
}

// Greek and Cyrillic plates (GR, CY, BG, UA, ...) use only letters that look like Latin ones, and officers type
// them on either keyboard: each folds to its Latin twin so both spellings normalize alike.
const LOOKALIKES = new Map([...twins('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'), ...twins('АВЕІКМНОРСТУХ', 'ABEIKMHOPCTYX')]);

/**
 * A registration plate compared without spaces, dashes, case or diacritics (German `MÜ` is `MU`): upper-case
 * A-Z and 0-9 only, Greek and Cyrillic look-alike letters read as Latin.
 */
export function normalizePlate(value: string): string {
  return value
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0370-\u04FF]/g, (letter) => LOOKALIKES.get(letter) ?? letter)
    .replace(/[^A-Z0-9]+/g, '');
}

function twins(letters: string, latin: string): [string, string][] {
  return [...letters].map((letter, index) => [letter, latin[index]]);
}
