import { fromPattern } from './document-numbers';
import { int, pick, type Random } from './random';

// Vehicle identifiers: VINs (ISO 3779), construction-machine PINs (ISO 10261), hull identification numbers
// (ISO 10087) and container numbers (ISO 6346), each with the check digit its standard defines.

const VIN_CHARACTERS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGH']
    .map((c, i) => [c, i + 1])
    .concat(
      [...'JKLMN'].map((c, i) => [c, i + 1]),
      [
        ['P', 7],
        ['R', 9],
      ],
      [...'STUVWXYZ'].map((c, i) => [c, i + 2]),
      [...'0123456789'].map((c, i) => [c, i]),
    ),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North American VIN check digit (position 9): weighted sum modulo 11, 10 written as X. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VIN_VALUES[vin[i]] ?? 0) * VIN_WEIGHTS[i];
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

// Model-year codes of position 10, by year from 2001 (the 30-year cycle repeats the letters of 1980-2000).
const YEAR_CODES = '123456789ABCDEFGHJKLMNPRSTVWXY';

export function modelYearCode(year: number): string {
  return YEAR_CODES[(((year - 2001) % 30) + 30) % 30];
}

// Volkswagen-group European VINs fill the descriptor with Z: WVWZZZ1KZ8W123456.
const VW_GROUP = new Set(['WVW', 'WV2', 'WAU', 'TMB', 'VSS', 'WP0', 'WP1']);

/** A 17-character VIN for a make's WMI: correct check digit where North America requires it, the maker's habits elsewhere. */
export function vin(random: Random, wmi: string, modelYear: number): string {
  const vgroup = VW_GROUP.has(wmi);
  const descriptor = vgroup
    ? `ZZZ${fromPattern(random, 'NL')}`
    : Array.from({ length: 5 }, () => pick(random, VIN_CHARACTERS)).join('');
  const plant = pick(random, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789');
  const serial = String(int(random, 0, 999_999)).padStart(6, '0');
  const draft = `${wmi}${descriptor}0${modelYearCode(modelYear)}${plant}${serial}`;
  const northAmerican = '12345'.includes(wmi[0]) || wmi[0] === '7';
  const position9 = northAmerican ? vinCheckDigit(draft) : vgroup ? 'Z' : pick(random, '0123456789X');
  return draft.slice(0, 8) + position9 + draft.slice(9);
}

/** A construction-machine product identification number: maker code, model code, check character, serial. */
export function pin(random: Random, makerCode: string): string {
  const draft = `${makerCode}${fromPattern(random, 'AAAAA')}0${fromPattern(random, 'LLDDDDDD')}`;
  return draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
}

const MONTHS = 'ABCDEFGHIJKL';

/** A European hull identification number: FR-BEN12345A808 (country-maker, serial, month and year built, model year). */
export function hin(random: Random, makerCode: string, modelYear: number): string {
  const built = modelYear - (random() < 0.5 ? 1 : 0);
  return `${makerCode}${fromPattern(random, 'DDDDD')}${pick(random, MONTHS)}${built % 10}${String(modelYear % 100).padStart(2, '0')}`;
}

// ISO 6346 letter values skip the multiples of 11.
const CONTAINER_VALUES: Record<string, number> = {};
for (let letter = 0, value = 10; letter < 26; letter++, value++) {
  if (value % 11 === 0) value++;
  CONTAINER_VALUES[String.fromCharCode(65 + letter)] = value;
}

/** ISO 6346 check digit of an owner code and serial number (`MSCU123456`). */
export function containerCheckDigit(code: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const char = code[i];
    sum += (char >= '0' && char <= '9' ? Number(char) : CONTAINER_VALUES[char]) * 2 ** i;
  }
  return String((sum % 11) % 10);
}

/** A container number, written as on the box (`MSCU 123456 7`) or run together. */
export function containerNumber(random: Random, owner: string): string {
  const serial = fromPattern(random, 'DDDDDD');
  const check = containerCheckDigit(owner + serial);
  return random() < 0.6 ? `${owner}${serial}${check}` : `${owner} ${serial} ${check}`;
}

/** A boat-engine serial number in the maker's style. */
export function engineSerial(random: Random, pattern: string): string {
  return fromPattern(random, pattern);
}
