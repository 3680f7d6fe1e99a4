// Transliteration for the seed: ICAO Doc 9303 Part 3 (Cyrillic and Latin-to-MRZ) and the everyday English-style
// spellings that show up as aliases (Yuri for Iurii, Sergey for Sergei).

// Doc 9303's language exceptions and Serbia's own Latin alphabet are the search's tables, written once.
import {
  ICAO_CYRILLIC_LANGUAGE as ICAO_EXCEPTIONS,
  SERBIAN_LATIN,
  type CyrillicLanguage,
} from '../../subgraphs/persons/src/search/transliteration-tables';

export type { CyrillicLanguage };

const ICAO_CYRILLIC: Record<string, string> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Ґ: 'G',
  Д: 'D',
  Ђ: 'D',
  Е: 'E',
  Ё: 'E',
  Є: 'IE',
  Ж: 'ZH',
  З: 'Z',
  Ѕ: 'DZ',
  И: 'I',
  І: 'I',
  Ї: 'I',
  Й: 'I',
  Ј: 'J',
  К: 'K',
  Л: 'L',
  Љ: 'LJ',
  М: 'M',
  Н: 'N',
  Њ: 'NJ',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  Ћ: 'C',
  У: 'U',
  Ў: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Џ: 'DZ',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: 'IE',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'IU',
  Я: 'IA',
  "'": '',
  ʼ: '',
  '’': '',
};

// The spellings people and older documents use (BGN/PCGN-like): Y for the iotated vowels, KH/H, no IE for Ъ.
const POPULAR: Record<CyrillicLanguage, Record<string, string>> = {
  ru: { Й: 'Y', Ю: 'YU', Я: 'YA', Ё: 'YO', Ъ: '', Х: 'KH', Е: 'E' },
  uk: { Й: 'Y', Ю: 'YU', Я: 'YA', Є: 'YE', Ї: 'YI', Х: 'KH', Г: 'H' },
  bg: { Й: 'Y', Ю: 'YU', Я: 'YA', Х: 'H' },
  sr: {},
};

/** A Cyrillic name in Latin letters: Doc 9303 for Russian, Ukrainian and Bulgarian, the Serbian Latin alphabet for Serbian. */
export function cyrillicToLatin(value: string, language: CyrillicLanguage): string {
  if (language === 'sr') return mapLetters(value, SERBIAN_LATIN);
  return mapLetters(value, { ...ICAO_CYRILLIC, ...ICAO_EXCEPTIONS[language] });
}

/** The common non-ICAO spelling of a Cyrillic name (`Юрий` → `Yuriy`), or the ICAO one when both agree. */
export function cyrillicPopularLatin(value: string, language: CyrillicLanguage): string {
  if (language === 'sr') return mrzLatin(cyrillicToLatin(value, 'sr')).replace(/\b([A-Z])([A-Z]*)/g, titleWord);
  const table = { ...ICAO_CYRILLIC, ...ICAO_EXCEPTIONS[language], ...POPULAR[language] };
  // -ий / -ый endings are written -iy / -y in the popular spellings.
  const adjusted = value
    .replace(/ий(?=\s|$)/g, 'иy')
    .replace(/ый(?=\s|$)/g, 'ы')
    .replace(/ій(?=\s|$)/g, 'іy');
  return mapLetters(adjusted, table);
}

// ICAO Doc 9303 Part 3, transliteration of Latin national characters for the MRZ.
const MRZ_LATIN: Record<string, string> = {
  Ä: 'AE',
  Å: 'AA',
  Æ: 'AE',
  Ĳ: 'IJ',
  Ñ: 'N',
  Ö: 'OE',
  Ø: 'OE',
  Œ: 'OE',
  Ü: 'UE',
  ß: 'SS',
  Þ: 'TH',
  Đ: 'DJ',
  Ð: 'D',
  Ł: 'L',
  Ħ: 'H',
  Ŀ: 'L',
  ẞ: 'SS',
};

/**
 * A Latin name as the MRZ writes it: upper case, ICAO national-character substitutions (Ä→AE, Ø→OE, ß→SS),
 * other diacritics dropped, apostrophes omitted (O'Neill → ONEILL), and anything else that is not A-Z turned into `<`.
 */
export function mrzLatin(value: string): string {
  return [...value.toUpperCase().replace(/['’ʼ]/g, '')]
    .map((letter) => MRZ_LATIN[letter] ?? letter.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .join('')
    .replace(/[^A-Z]+/g, '<')
    .replace(/^<+|<+$/g, '');
}

function mapLetters(value: string, table: Record<string, string>): string {
  let out = '';
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const upper = char.toUpperCase();
    const mapped = table[upper];
    if (mapped === undefined) {
      out += char;
      continue;
    }
    const isLower = char !== upper;
    // Mixed case: the first letter of a word keeps its case, the rest of a multi-letter mapping is lower case.
    const nextIsLower = i + 1 < chars.length && chars[i + 1] !== chars[i + 1].toUpperCase();
    out += isLower
      ? mapped.toLowerCase()
      : nextIsLower || i + 1 === chars.length
        ? titleWord('', mapped[0] ?? '', mapped.slice(1))
        : mapped;
  }
  return out;
}

function titleWord(_match: string, first: string, rest: string): string {
  return first + rest.toLowerCase();
}
