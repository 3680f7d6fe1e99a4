import { transliterate } from 'transliteration';
import type { QuantityUnit } from '../entities';

/**
 * Folds a substance name to upper-case Latin letters, digits and single spaces: case, diacritics, punctuation and
 * script (Cyrillic, Greek, Arabic) differences removed. `Cocaïne`, `кокаин` and `KOKAIN` fold alike; `2C-B` to `2C B`.
 */
export function foldSubstanceName(value: string): string {
  // NFKD first: Russian writers often type е for ё, and both then fold to E.
  const withoutMarks = value.normalize('NFKD').replace(/\p{M}+/gu, '');
  return transliterate(withoutMarks)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** Mass assumed for one tablet or unit when the catalogue knows none for the substance (a typical ecstasy tablet). */
export const DEFAULT_UNIT_MASS_KG = 0.0003;

/**
 * The kilogram equivalent of a seized quantity, so that seizures in any unit compare: litres count as one kilogram
 * each, tablets and units at the substance's typical unit mass.
 */
export function toKilograms(quantity: number, unit: QuantityUnit, unitMassKg: number | null): number {
  // Twelve significant digits drop binary floating-point noise (10 × 0.0003 = 0.0029999999999999996).
  return Number(kilogramsOf(quantity, unit, unitMassKg).toPrecision(12));
}

function kilogramsOf(quantity: number, unit: QuantityUnit, unitMassKg: number | null): number {
  if (!Number.isFinite(quantity) || quantity <= 0)
    throw new RangeError(`quantity must be a positive number, got ${quantity}`);
  switch (unit) {
    case 'KG':
    case 'L':
      return quantity;
    case 'G':
      return quantity / 1000;
    case 'TABLETS':
    case 'UNITS':
      return quantity * (unitMassKg ?? DEFAULT_UNIT_MASS_KG);
  }
}
