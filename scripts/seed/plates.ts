import { int, pick, type Random } from './random';

// Registration plates per country, as printed. Pattern letters: R a regional code from the country's list,
// L a letter of the country's plate alphabet, D a digit, N a digit 1-9; anything else is literal.
// GB age identifiers and Turkish province codes are added by code.

interface PlateFormat {
  patterns: string[];
  letters?: string;
  regions?: string[];
}

const LATIN = 'ABCDEFGHJKLMNPRSTUVWXYZ';
// Bulgarian and Ukrainian plates use the Cyrillic letters that look like Latin ones; Greek plates likewise.
const CYRILLIC_TWINS = 'АВЕКМНОРСТУХ';
const GREEK_TWINS = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';

const FORMATS: Record<string, PlateFormat> = {
  AT: {
    patterns: ['R NDDD L', 'R NDD LL', 'R-NDDDDL'],
    regions: ['W', 'G', 'L', 'S', 'I', 'K', 'BN', 'MD', 'VB', 'WU', 'GU', 'LL'],
  },
  BE: { patterns: ['N-LLL-DDD'] },
  BG: {
    patterns: ['R NDDD LL'],
    letters: CYRILLIC_TWINS,
    regions: ['СА', 'СВ', 'С', 'РВ', 'В', 'А', 'ВН', 'Е', 'Х', 'Р'],
  },
  HR: {
    patterns: ['R NDDD-LL', 'R NDD-L'],
    regions: ['ZG', 'ST', 'RI', 'OS', 'ZD', 'PU', 'SB', 'KA', 'ŠI', 'VŽ', 'ČK'],
  },
  CY: { patterns: ['LLL NDD'] },
  CZ: {
    patterns: ['NRN DDDD', 'NRL DDDD'],
    regions: ['A', 'B', 'C', 'E', 'H', 'J', 'K', 'L', 'M', 'P', 'S', 'T', 'U', 'Z'],
  },
  DK: { patterns: ['LL DD DDD'] },
  EE: { patterns: ['DDD LLL'] },
  FI: { patterns: ['LLL-NDD', 'LL-NDD'] },
  FR: { patterns: ['LL-DDD-LL'] },
  DE: {
    patterns: ['R-LL NDDD', 'R LL NDD', 'R-L NDDD'],
    regions: [
      'B',
      'M',
      'HH',
      'K',
      'F',
      'S',
      'D',
      'L',
      'DO',
      'E',
      'HB',
      'DD',
      'H',
      'N',
      'DU',
      'SB',
      'MÜ',
      'GÖ',
      'LÖ',
      'OF',
      'AC',
    ],
  },
  GR: { patterns: ['LLL-NDDD'], letters: GREEK_TWINS },
  HU: { patterns: ['LLL-DDD', 'LL LL-DDD'] },
  IE: { patterns: ['R-NDDDD', 'R-NDDD'], regions: [] },
  IT: { patterns: ['LL NDDLL', 'LL NDD LL'] },
  LV: { patterns: ['LL-NDDD', 'LL-NDD'] },
  LT: { patterns: ['LLL NDD'] },
  LU: { patterns: ['LL NDDD', 'NDDDDD'] },
  MT: { patterns: ['LLL NDD'] },
  NL: { patterns: ['N-LLL-DD', 'DD-LLL-N', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L'], letters: 'BDFGHJKLNPRSTVXZ' },
  NO: { patterns: ['LL NDDDD'] },
  PL: {
    patterns: ['R NDDDD', 'R NDDLL', 'R NDDDL'],
    regions: ['WA', 'WX', 'WI', 'KR', 'PO', 'GD', 'DW', 'LU', 'ZS', 'BI', 'EL', 'SK', 'SO', 'RZ'],
  },
  PT: { patterns: ['LL-DD-LL', 'DD-LL-DD', 'DD-DD-LL'] },
  RO: { patterns: ['R DD LLL', 'B NDD LLL'], regions: ['CJ', 'TM', 'IS', 'CT', 'DJ', 'BV', 'GL', 'PH', 'BH', 'AG'] },
  RS: { patterns: ['R NDDD-LL', 'R NDD-LL'], regions: ['BG', 'NS', 'NI', 'KG', 'SU', 'ZR', 'PA', 'ČA', 'ŠA'] },
  SK: { patterns: ['R NDDLL', 'R-NDDLL'], regions: ['BA', 'BL', 'KE', 'PO', 'ZA', 'BB', 'NR', 'TT', 'TN', 'BY'] },
  SI: {
    patterns: ['R LL-NDD', 'R NL-DDL'],
    regions: ['LJ', 'MB', 'CE', 'KR', 'KP', 'NM', 'GO', 'KK', 'SG', 'PO', 'MS'],
  },
  ES: { patterns: ['DDDD LLL', 'DDDD-LLL'], letters: 'BCDFGHJKLMNPRSTVWXYZ' },
  SE: { patterns: ['LLL NDD', 'LLL NDL'], letters: 'ABCDEFGHJKLMNOPRSTUWXYZ' },
  CH: {
    patterns: ['R NDDDDD', 'R NDDDD', 'R NDDD'],
    regions: ['ZH', 'GE', 'BE', 'VD', 'AG', 'SG', 'LU', 'TI', 'BS', 'VS', 'ZG', 'FR'],
  },
  UA: {
    patterns: ['RNDDDLL', 'R NDDD LL'],
    letters: CYRILLIC_TWINS,
    regions: ['АА', 'КА', 'ВС', 'АЕ', 'ВН', 'АХ', 'ВІ', 'ВК', 'АТ', 'ХО'],
  },
  GB: { patterns: ['LL LLL'] },
  MA: { patterns: ['NDDDD-R-NN', 'NDDD-R-N'], regions: ['A', 'B', 'D', 'H', 'W', 'T'] },
  TN: { patterns: ['NDD TU NDDD'], regions: [] },
  JO: { patterns: ['NN-NDDDD', 'N-NDDDD'] },
  EG: { patterns: ['LLL NDDD', 'LL NDDD'] },
  AE: { patterns: ['L NDDDD', 'LL NDDD', 'R L NDDDD'], regions: ['DUBAI', 'ABU DHABI', 'SHARJAH', 'AJMAN'] },
  TR: { patterns: [' L NDDD', ' LL NDD', ' LLL NDD'] },
  US: { patterns: ['NLLLDDD', 'LLL-DDDD', 'LLL DDDD', 'NLLDDD'] },
  CA: { patterns: ['LLLL NDD', 'LNN LLL', 'NLL LDD'] },
};

/** A registration plate of `country`; null for a country without a known format. */
export function plate(random: Random, country: string): string | null {
  const format = FORMATS[country];
  if (!format) return null;
  if (country === 'IE') return irishPlate(random);
  const letters = format.letters ?? LATIN;
  let out = '';
  for (const char of pick(random, format.patterns)) {
    switch (char) {
      case 'L':
        out += pick(random, letters);
        break;
      case 'D':
        out += String(int(random, 0, 9));
        break;
      case 'N':
        out += String(int(random, 1, 9));
        break;
      case 'R':
        out += pick(random, format.regions ?? ['X']);
        break;
      default:
        out += char;
    }
  }
  if (country === 'GB') return out.replace(/^(..)/, `$1${gbAgeIdentifier(random)}`);
  if (country === 'TR') return `${String(int(random, 1, 81)).padStart(2, '0')}${out}`;
  return out;
}

function gbAgeIdentifier(random: Random): string {
  const year = int(random, 2, 25);
  return String(random() < 0.5 ? year : year + 50).padStart(2, '0');
}

const IRISH_COUNTIES = ['D', 'C', 'G', 'L', 'W', 'KY', 'MO', 'DL', 'KE', 'MH', 'WX', 'WH', 'LK', 'T', 'CE', 'SO'];

/** Irish plates: year and half (231 = first half of 2023), county, sequence. */
function irishPlate(random: Random): string {
  const year = int(random, 13, 25);
  return `${year}${random() < 0.5 ? 1 : 2}-${pick(random, IRISH_COUNTIES)}-${int(random, 1, 99_999)}`;
}
