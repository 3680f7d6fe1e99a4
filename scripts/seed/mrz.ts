import { mrzCheckDigit } from '../../shared/mrz';
import { mrzLatin } from './transliterate';

// Machine-readable zones per ICAO Doc 9303: TD3 (passports, 2 × 44) and TD1 (identity cards and residence
// permits, 3 × 30), with the 7-3-1 check digits.

/** Doc 9303 check digit (shared/mrz.ts, which also reads it back), as the character the MRZ prints. */
function checkDigit(field: string): string {
  return String(mrzCheckDigit(field));
}

function pad(value: string, length: number): string {
  return value.slice(0, length).padEnd(length, '<');
}

export interface MrzHolder {
  familyNameLatin: string;
  givenNamesLatin: string | null;
  sex: 'MALE' | 'FEMALE' | 'UNKNOWN';
  dobYear: number | null;
  dobMonth: number | null;
  dobDay: number | null;
  /** ICAO code of the nationality, e.g. `FRA`, `D`. */
  nationality: string;
}

export interface MrzDocument {
  /** Document number as printed; the MRZ carries it without separators. */
  number: string;
  /** ICAO code of the issuing state. */
  issuer: string;
  /** YYYY-MM-DD. */
  expiryDate: string;
}

/** Name field: SURNAME<<GIVEN<NAMES, truncated to the field as Doc 9303 allows. */
function nameField(holder: MrzHolder, length: number): string {
  const family = mrzLatin(holder.familyNameLatin);
  const given = holder.givenNamesLatin ? mrzLatin(holder.givenNamesLatin) : '';
  return pad(given ? `${family}<<${given}` : family, length);
}

/** YYMMDD with unknown parts as fillers, the way Doc 9303 writes a partial date of birth. */
function birthField(holder: MrzHolder): string {
  const year = holder.dobYear === null ? '<<' : String(holder.dobYear % 100).padStart(2, '0');
  const month = holder.dobMonth === null ? '<<' : String(holder.dobMonth).padStart(2, '0');
  const day = holder.dobDay === null ? '<<' : String(holder.dobDay).padStart(2, '0');
  return year + month + day;
}

function dateField(isoDate: string): string {
  return isoDate.slice(2, 4) + isoDate.slice(5, 7) + isoDate.slice(8, 10);
}

function sexField(holder: MrzHolder): string {
  return holder.sex === 'MALE' ? 'M' : holder.sex === 'FEMALE' ? 'F' : '<';
}

const numberField = (number: string) => pad(number.toUpperCase().replace(/[^A-Z0-9]/g, ''), 9);

/** A passport MRZ (TD3), two lines of 44 characters joined by a newline. */
export function td3(holder: MrzHolder, document: MrzDocument): string {
  const line1 = pad(`P<${pad(document.issuer, 3)}${nameField(holder, 39)}`, 44);
  const number = numberField(document.number);
  const numberPart = number + checkDigit(number);
  const birth = birthField(holder);
  const birthPart = birth + checkDigit(birth);
  const expiry = dateField(document.expiryDate);
  const expiryPart = expiry + checkDigit(expiry);
  const personal = pad('', 14);
  // An all-filler personal number may carry a filler as its check digit.
  const personalPart = personal + '<';
  const composite = checkDigit(numberPart + birthPart + expiryPart + personalPart);
  const line2 =
    numberPart + pad(holder.nationality, 3) + birthPart + sexField(holder) + expiryPart + personalPart + composite;
  return `${line1}\n${line2}`;
}

/** An identity-card or residence-permit MRZ (TD1), three lines of 30 characters joined by newlines. */
export function td1(holder: MrzHolder, document: MrzDocument, documentCode: string): string {
  const full = document.number.toUpperCase().replace(/[^A-Z0-9]/g, '');
  // A number longer than nine characters continues in the optional data, followed by its check digit. The digit
  // covers the filler at position 15 too, as the `mrz` package that reads MRZs in searchDocuments computes it.
  const upper =
    full.length > 9
      ? `${full.slice(0, 9)}<${pad(full.slice(9) + checkDigit(`${full.slice(0, 9)}<${full.slice(9)}`), 15)}`
      : numberField(full) + checkDigit(numberField(full)) + pad('', 15);
  const line1 = pad(documentCode, 2) + pad(document.issuer, 3) + upper;
  const birth = birthField(holder);
  const expiry = dateField(document.expiryDate);
  const middle =
    birth +
    checkDigit(birth) +
    sexField(holder) +
    expiry +
    checkDigit(expiry) +
    pad(holder.nationality, 3) +
    pad('', 11);
  // Composite: line 1 from the number on, line 2 without the sex and nationality positions.
  const composite = checkDigit(upper + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29));
  return `${line1}\n${middle}${composite}\n${nameField(holder, 30)}`;
}
