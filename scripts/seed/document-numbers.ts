import { pick, type Random } from './random';
import { mrzLatin } from './transliterate';

// Document number formats per issuing country, as printed. Pattern letters: L letter, C consonant, D digit,
// N digit 1-9, A letter or digit, G German passport alphabet (digits and CFGHJKLMNPRTVWXYZ); a backslash makes the
// next character literal, and anything else is literal too.

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const CONSONANTS = 'BCDFGHJKLMNPRSTVWXZ';
const ALPHANUMERIC = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const GERMAN = '0123456789CFGHJKLMNPRTVWXYZ';

export function fromPattern(random: Random, pattern: string): string {
  let out = '';
  let literal = false;
  for (const char of pattern) {
    if (literal || char === '\\') {
      if (literal) out += char;
      literal = !literal;
      continue;
    }
    switch (char) {
      case 'L':
        out += pick(random, LETTERS);
        break;
      case 'C':
        out += pick(random, CONSONANTS);
        break;
      case 'D':
        out += String(Math.floor(random() * 10));
        break;
      case 'N':
        out += String(1 + Math.floor(random() * 9));
        break;
      case 'A':
        out += pick(random, ALPHANUMERIC);
        break;
      case 'G':
        out += pick(random, GERMAN);
        break;
      default:
        out += char;
    }
  }
  return out;
}

const PASSPORT: Record<string, string> = {
  AT: 'PDDDDDDD',
  BE: 'LLDDDDDD',
  BG: 'NDDDDDDDD',
  HR: 'NDDDDDDDD',
  CY: 'KDDDDDDDD',
  CZ: 'NDDDDDDD',
  DK: 'NDDDDDDDD',
  EE: 'KDDDDDDD',
  FI: 'FPDDDDDDD',
  FR: 'DDLLDDDDD',
  DE: '\\CGGGGGGGG',
  GR: 'LLDDDDDDD',
  HU: 'LLDDDDDDD',
  IE: 'PLDDDDDDD',
  IT: 'YLDDDDDDD',
  LV: '\\L\\VDDDDDDD',
  LT: 'NDDDDDDD',
  LU: 'LLDDDDDD',
  MT: 'NDDDDDD',
  NL: 'LLAAAAAAD',
  NO: 'LLDDDDDDD',
  PL: 'LLDDDDDDD',
  PT: 'LDDDDDD',
  RO: 'NDDDDDDD',
  RS: 'NDDDDDDDD',
  SK: 'LLDDDDDDD',
  SI: 'PLDDDDDDD',
  ES: 'PLLDDDDDD',
  SE: 'NDDDDDDD',
  CH: 'LDDDDDDD',
  UA: 'LLDDDDDD',
  GB: 'NDDDDDDDD',
  MA: 'LLDDDDDDD',
  TN: 'LDDDDDD',
  JO: 'LDDDDDD',
  EG: 'LDDDDDDDD',
  AE: 'LDDDDDDD',
  TR: 'UDDDDDDDD',
  US: 'NDDDDDDDD',
  CA: 'LLDDDDDD',
  RU: 'NDDDDDDDD',
};

/** Identity cards as numbered by the countries that issue them; absent means the country issues none. */
const IDENTITY_CARD: Record<string, string> = {
  AT: 'NDDDDDDD',
  BE: 'NDD-DDDDDDD-DD',
  BG: 'NDDDDDDDD',
  HR: 'NDDDDDDDD',
  CY: 'NDDDDDDD',
  CZ: 'NDDDDDDDD',
  EE: 'LLDDDDDDD',
  FI: 'NDDDDDDDD',
  FR: 'AAAAAAAAA',
  DE: 'LGGGGGGGG',
  GR: 'LL DDDDDD',
  HU: 'DDDDDDLL',
  IT: '\\CLDDDDDLL',
  LV: 'P\\ADDDDDDD',
  LT: 'NDDDDDDD',
  LU: 'LLDDDDDD',
  MT: 'NDDDDDDL',
  NL: 'LLAAAAAAD',
  NO: 'LLDDDDDDD',
  PL: 'LLLDDDDDD',
  PT: 'DDDDDDDD D LLD',
  RO: 'LL DDDDDD',
  RS: 'NDDDDDDDD',
  SK: 'LLDDDDDD',
  SI: 'IDDDDDDDD',
  ES: 'LLLDDDDDD',
  SE: 'NDDDDDDD',
  CH: 'LDDDDDDD',
  UA: 'NDDDDDDDD',
  MA: 'LLDDDDDD',
  TN: 'NDDDDDDD',
  JO: 'LLLDDDDD',
  EG: 'NDDDDDDDDDDDDD',
  AE: '784-NDDD-DDDDDDD-D',
  TR: 'LDDLDDDDD',
  RU: 'DD DD DDDDDD',
};

/** Countries whose identity cards and residence permits carry a TD1 machine-readable zone. */
export const TD1_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'CH',
  'RS',
  'UA',
  'TR',
  'GB',
]);

export function issuesIdentityCards(country: string): boolean {
  return country in IDENTITY_CARD;
}

export function passportNumber(random: Random, country: string): string {
  return fromPattern(random, PASSPORT[country] ?? 'LLDDDDDDD');
}

export function identityCardNumber(random: Random, country: string): string {
  return fromPattern(random, IDENTITY_CARD[country] ?? 'LLDDDDDDD');
}

export function residencePermitNumber(random: Random, country: string): string {
  // Residence permit cards share the identity-card format and run in their own letter series.
  return country === 'DE'
    ? fromPattern(random, 'YGGGGGGGG')
    : fromPattern(random, 'R' + (IDENTITY_CARD[country] ?? 'LDDDDDDDD').slice(1));
}

/** A visa sticker number: the issuing state's ICAO code and nine digits. */
export function visaNumber(random: Random, alpha3: string): string {
  return alpha3 + fromPattern(random, 'DDDDDDDDD');
}

export function registrationCertificateNumber(random: Random, country: string): string {
  const pattern: Record<string, string> = {
    DE: 'LLDDDDDDD',
    FR: 'DDDDLLDDDDD',
    IT: 'LLDDDDDDDL',
    NL: 'DDDDDDDDDD',
    GB: 'DDDDDDDDDDD',
  };
  return fromPattern(random, pattern[country] ?? 'LLDDDDDDD');
}

export interface LicenceHolder {
  familyNameLatin: string;
  givenNamesLatin: string | null;
  sex: string;
  dobYear: number | null;
  dobMonth: number | null;
  dobDay: number | null;
}

/** A driving-licence number; British and Spanish ones are derived from the holder as those countries do. */
export function drivingLicenceNumber(random: Random, country: string, holder: LicenceHolder): string {
  if (country === 'GB') {
    const surname = mrzLatin(holder.familyNameLatin).replace(/</g, '').slice(0, 5).padEnd(5, '9');
    const year = holder.dobYear ?? 1970;
    const month = (holder.dobMonth ?? 1) + (holder.sex === 'FEMALE' ? 50 : 0);
    const initials = (holder.givenNamesLatin ?? '')
      .split(/\s+/)
      .map((name) => mrzLatin(name).charAt(0))
      .join('')
      .slice(0, 2)
      .padEnd(2, '9');
    const day = String(holder.dobDay ?? 1).padStart(2, '0');
    return `${surname}${Math.floor(year / 10) % 10}${String(month).padStart(2, '0')}${day}${year % 10}${initials}9${fromPattern(random, 'LL')}`;
  }
  if (country === 'ES') return spanishDni(random);
  const pattern: Record<string, string> = {
    DE: 'LDDDAAAAAAD',
    FR: 'DDLLDDDDDDDD',
    IT: 'LLDDDDDDDL',
    PL: 'DDDDD/DD/DDDD',
    NL: 'NDDDDDDDDD',
  };
  return fromPattern(random, pattern[country] ?? 'LLDDDDDDDD');
}

/** A Spanish DNI number: eight digits and the letter of their remainder modulo 23. */
export function spanishDni(random: Random): string {
  const digits = fromPattern(random, 'DDDDDDDD');
  return digits + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23];
}

/** The number `offset` places after `base` in a consecutive series (stolen blank documents come in batches). */
export function nthInSeries(base: string, offset: number): string {
  const match = /(\d+)(\D*)$/.exec(base);
  if (!match) return base + String(offset);
  const digits = match[1];
  const modulus = 10 ** digits.length;
  const next = String((Number(digits) + offset) % modulus).padStart(digits.length, '0');
  return base.slice(0, match.index) + next + match[2];
}
