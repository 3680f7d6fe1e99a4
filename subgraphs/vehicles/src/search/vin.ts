// VIN rules of ISO 3779 and 49 CFR 565 (US). No maintained npm package covers the check digit alone (the ones there
// are unmaintained single releases without types, or full decoders carrying the NHTSA database), and it is a few lines.

export const VIN_LENGTH = 17;

/** 17 characters of A-Z and 0-9 without I, O and Q, which a VIN never holds (they read as 1 and 0). */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Position 9 (index 8) holds the check digit. */
const CHECK_DIGIT_INDEX = 8;

/** Values of the VIN letters for the check digit: 49 CFR 565.15(c), Table IV; digits count as themselves. */
// prettier-ignore
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/** Weight of each position for the check digit: 49 CFR 565.15(c), Table V. */
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit a VIN should carry at position 9 (`0`-`9` or `X` for 10), or undefined for a non-VIN. */
export function vinCheckDigit(vin: string): string | undefined {
  if (!VIN_PATTERN.test(vin)) return undefined;
  let sum = 0;
  for (let index = 0; index < VIN_LENGTH; index++) {
    const character = vin[index];
    const value = /\d/.test(character) ? Number(character) : LETTER_VALUES[character];
    sum += value * POSITION_WEIGHTS[index];
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** North American VINs (world manufacturer identifier starting 1-5: US, Canada, Mexico) must carry a valid check digit. */
export function isNorthAmericanVin(vin: string): boolean {
  return /^[1-5]/.test(vin);
}

export interface VinCheck {
  valid: boolean;
  expected: string;
  found: string;
}

/** The check digit verdict of a well-formed VIN; undefined when the value is not one (wrong length, I, O or Q). */
export function checkVinCheckDigit(vin: string): VinCheck | undefined {
  const expected = vinCheckDigit(vin);
  if (expected === undefined) return undefined;
  const found = vin[CHECK_DIGIT_INDEX];
  return { valid: found === expected, expected, found };
}

/** I, O and Q never occur in a VIN: typed, they were meant as 1, 0 and 0. */
export function readVinLetters(vin: string): string {
  return vin.replace(/I/g, '1').replace(/[OQ]/g, '0');
}
