import { parse, type Details, type ParseResult } from 'mrz';
import { countryOfIcaoCode } from './icao-codes';

export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

/** ICAO Doc 9303 layouts by total length: the three totals differ, so the length alone says how to cut the lines. */
const LAYOUTS = new Map<number, { format: MrzFormat; line: RegExp }>([
  [90, { format: 'TD1', line: /.{30}/g }],
  [72, { format: 'TD2', line: /.{36}/g }],
  [88, { format: 'TD3', line: /.{44}/g }],
]);
const LONGEST_MRZ = 90;

/** An MRZ's characters, run together, cut into the lines of its format. */
export function mrzLines(joined: string, format: MrzFormat): string[] {
  const layout = [...LAYOUTS.values()].find((candidate) => candidate.format === format)!;
  return joined.match(layout.line) ?? [];
}
const MRZ_CHARACTERS = /^[A-Z0-9<]+$/;
/** Doc 9303 document codes start with P (passports), I, A or C (identity documents) or V (visas). */
const DOCUMENT_CODE = /^[PIACV]/;

/** What each check digit checks, as the officer reads it in `matchedOn.note`. */
const CHECKED_BY: Record<string, string> = {
  documentNumberCheckDigit: 'check digit of the document number',
  birthDateCheckDigit: 'check digit of the date of birth',
  expirationDateCheckDigit: 'check digit of the expiry date',
  personalNumberCheckDigit: 'check digit of the personal number',
  compositeCheckDigit: 'composite check digit',
};
/** Visas (MRV-A, MRV-B) have optional data where passports have a personal number and a composite check digit. */
const NOT_ON_VISAS = new Set(['personalNumberCheckDigit', 'compositeCheckDigit']);

export interface CheckDigitFailure {
  /** The `mrz` package's field name, e.g. `documentNumberCheckDigit`. */
  field: string;
  /** `expected 6, found 5`-style explanation for the officer. */
  note: string;
}

export interface MrzReading {
  format: MrzFormat;
  /** The document code, e.g. `P`, `I`, `ID`, `V`. */
  documentCode: string;
  /** The document number the MRZ holds, a TD1 overflow included, without fillers. */
  number: string;
  /** The issuing state as the MRZ writes it (ICAO code: `SWE`, `D`, `UTO`). */
  issuingState: string;
  /** Its ISO 3166-1 alpha-2 country; null for organisations and unknown codes such as the ICAO specimen state `UTO`. */
  issuingCountry: string | null;
  /** Check digits (7-3-1) that do not match their field; empty when all hold. */
  failedCheckDigits: CheckDigitFailure[];
  /** The holder as the MRZ names them (ICAO 9303 Latin, upper case), when it does. */
  holder: MrzHolder | null;
  /**
   * When the number's check digit fails: the numbers that one OCR confusion in the number field (`OCR_CONFUSIONS`)
   * would make it hold, each with a note for the officer. Empty otherwise.
   */
  numberRepairs: NumberRepair[];
}

/** An MRZ document number read again with one character taken as its OCR confusion, confirmed by the check digit. */
export interface NumberRepair {
  number: string;
  note: string;
}

export interface MrzHolder {
  /** The primary identifier: the family name(s), words separated by single spaces. */
  familyName: string;
  /** The secondary identifier: the given names, empty when the MRZ has none. */
  givenNames: string;
  /** The date of birth, when its six digits form a date (a century is chosen so that it is not in the future). */
  dateOfBirth: { year: number; month: number; day: number } | null;
}

export interface MrzInText {
  reading: MrzReading;
  /** The text without the MRZ, for the other recognizers. */
  rest: string;
}

/**
 * Finds a TD1 (3 × 30), TD2 (2 × 36) or TD3 (2 × 44) machine-readable zone in free text, its lines separated by
 * newlines or spaces or run together: the first run of whitespace-separated MRZ-alphabet tokens whose joined length
 * is one of the three totals and that the `mrz` package parses as that format.
 */
export function findMrz(text: string): MrzInText | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let start = 0; start < tokens.length; start++) {
    let joined = '';
    for (let end = start; end < tokens.length; end++) {
      const token = tokens[end].toUpperCase();
      if (!MRZ_CHARACTERS.test(token)) break;
      joined += token;
      if (joined.length > LONGEST_MRZ) break;
      const layout = LAYOUTS.get(joined.length);
      if (!layout || !joined.includes('<')) continue;
      const lines = joined.match(layout.line)!;
      const reading = readMrz(lines, layout.format);
      if (reading) return { reading, rest: [...tokens.slice(0, start), ...tokens.slice(end + 1)].join(' ') };
    }
  }
  return null;
}

/**
 * Parses MRZ lines with the `mrz` package. Only the check digits count as errors: the package also marks unknown
 * state codes (the ICAO specimen `UTO`) and odd names invalid, which says nothing about whether the number was read right.
 */
export function readMrz(lines: string[], format: MrzFormat): MrzReading | null {
  let result: ParseResult;
  try {
    result = parse(lines);
  } catch {
    // Not an MRZ after all (wrong document code, wrong character in a fixed position): the text is read otherwise.
    return null;
  }
  const documentCode = lines[0].slice(0, 2).replace(/</g, '');
  // The package reports a wrong document code as an invalid field; text of the right length is no MRZ without one.
  if (result.format !== format || !DOCUMENT_CODE.test(documentCode)) return null;
  const number = (result.documentNumber ?? result.fields.documentNumber ?? rawNumber(lines, format)).replace(/</g, '');
  if (!number) return null;
  const issuingState = lines[0].slice(2, 5).replace(/</g, '');
  const isVisa = documentCode.startsWith('V');
  const failedCheckDigits = result.details
    .filter((detail) => !detail.valid && detail.field && detail.field in CHECKED_BY)
    .filter((detail) => !(isVisa && NOT_ON_VISAS.has(detail.field!)))
    .map(checkDigitFailure);
  return {
    format,
    documentCode,
    number,
    issuingState,
    issuingCountry: countryOfIcaoCode(issuingState),
    failedCheckDigits,
    holder: mrzHolder(result.fields),
    numberRepairs: failedCheckDigits.some((failure) => failure.field === 'documentNumberCheckDigit')
      ? numberRepairs(lines, format)
      : [],
  };
}

/**
 * Characters the OCR of an MRZ (OCR-B) reads for one another: a letter for the digit it resembles, and back. O/0 and
 * I/1 are not here: the documents' confusable column already matches them.
 */
const OCR_CONFUSIONS: Readonly<Record<string, string>> = {
  '2': 'Z',
  Z: '2',
  '5': 'S',
  S: '5',
  '6': 'G',
  G: '6',
  '8': 'B',
  B: '8',
};

/** ICAO Doc 9303 Part 3, 4.9: the value of one MRZ character (digits, A = 10 … Z = 35, the filler < = 0). */
function mrzCharacterValue(character: string): number {
  if (character >= '0' && character <= '9') return character.charCodeAt(0) - 48;
  if (character >= 'A' && character <= 'Z') return character.charCodeAt(0) - 55;
  return 0;
}

const CHECK_DIGIT_WEIGHTS = [7, 3, 1];

/** ICAO Doc 9303 Part 3, 4.9: the check digit of an MRZ field, its characters weighted 7, 3, 1 in turn, modulo 10. */
export function mrzCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += mrzCharacterValue(field[i]) * CHECK_DIGIT_WEIGHTS[i % 3];
  return sum % 10;
}

/**
 * The number field's readings with one character replaced by its OCR confusion that its printed check digit confirms.
 * A TD1 number longer than nine characters (continued in the optional data, a filler in the check digit's place) is
 * left alone.
 */
function numberRepairs(lines: string[], format: MrzFormat): NumberRepair[] {
  const [line, start] = format === 'TD1' ? [lines[0], 5] : [lines[1], 0];
  const field = line.slice(start, start + 9);
  const printed = line[start + 9];
  if (!/^\d$/.test(printed)) return [];
  const repairs: NumberRepair[] = [];
  for (let i = 0; i < field.length; i++) {
    const other = OCR_CONFUSIONS[field[i]];
    if (!other) continue;
    const candidate = field.slice(0, i) + other + field.slice(i + 1);
    if (mrzCheckDigit(candidate) !== Number(printed)) continue;
    repairs.push({
      number: candidate.replace(/</g, ''),
      note: `MRZ document number read with ${other} for ${field[i]} at position ${i + 1}, as its check digit says`,
    });
  }
  return repairs;
}

function mrzHolder(fields: ParseResult['fields']): MrzHolder | null {
  const familyName = (fields.lastName ?? '').trim().replace(/\s+/g, ' ');
  if (!familyName) return null;
  return {
    familyName,
    givenNames: (fields.firstName ?? '').trim().replace(/\s+/g, ' '),
    dateOfBirth: mrzDate(fields.birthDate ?? ''),
  };
}

/** YYMMDD as a date of birth: the latest century that does not put it after today. */
function mrzDate(digits: string): MrzHolder['dateOfBirth'] {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!match) return null;
  const [yy, month, day] = match.slice(1).map(Number);
  const now = new Date();
  let year = 2000 + yy;
  if (Date.UTC(year, month - 1, day) > now.getTime()) year -= 100;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/** The first nine number positions, when the package could not assemble the number. */
function rawNumber(lines: string[], format: MrzFormat): string {
  return format === 'TD1' ? lines[0].slice(5, 14) : lines[1].slice(0, 9);
}

function checkDigitFailure(detail: Details): CheckDigitFailure {
  const field = detail.field!;
  // The package says `invalid check digit: 5. Must be 6`; expected and found are taken from it.
  const digits = /invalid check digit: (.*)\. Must be (\d)/.exec(detail.error ?? '');
  const detailText = digits ? ` (expected ${digits[2]}, found ${digits[1]})` : '';
  return { field, note: `MRZ ${CHECKED_BY[field]} is wrong${detailText}` };
}
