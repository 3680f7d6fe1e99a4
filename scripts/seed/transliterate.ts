// Transliteration for the seed: ICAO Doc 9303 Part 3 (Cyrillic and Latin-to-MRZ) and the everyday English-style
// spellings that show up as aliases (Yuri for Iurii, Sergey for Sergei).

// Doc 9303's Cyrillic table and language exceptions, the popular spellings and Serbia's own Latin alphabet are the
// search's tables, written once.
import {
  ICAO_CYRILLIC as ICAO_CYRILLIC_TABLE,
  ICAO_CYRILLIC_LANGUAGE as ICAO_EXCEPTIONS,
  POPULAR_CYRILLIC,
  SERBIAN_LATIN,
  type CyrillicLanguage,
} from '../../subgraphs/persons/src/search/transliteration-tables';

export type { CyrillicLanguage };

// Doc 9303's Cyrillic table, with apostrophes (Ukrainian names) dropped.
const ICAO_CYRILLIC: Record<string, string> = { ...ICAO_CYRILLIC_TABLE, "'": '', ʼ: '', '’': '' };

const LANGUAGES: readonly CyrillicLanguage[] = ['ru', 'uk', 'bg', 'sr'];
// The merged tables per language, built once: the seed transliterates every Cyrillic name it generates.
const ICAO_TABLES = Object.fromEntries(
  LANGUAGES.map((language) => [language, { ...ICAO_CYRILLIC, ...ICAO_EXCEPTIONS[language] }]),
) as Record<CyrillicLanguage, Record<string, string>>;
const POPULAR_TABLES = Object.fromEntries(
  LANGUAGES.map((language) => [language, { ...ICAO_TABLES[language], ...POPULAR_CYRILLIC[language] }]),
) as Record<CyrillicLanguage, Record<string, string>>;

/** A Cyrillic name in Latin letters: Doc 9303 for Russian, Ukrainian and Bulgarian, the Serbian Latin alphabet for Serbian. */
export function cyrillicToLatin(value: string, language: CyrillicLanguage): string {
  if (language === 'sr') return mapLetters(value, SERBIAN_LATIN);
  return mapLetters(value, ICAO_TABLES[language]);
}

/** The common non-ICAO spelling of a Cyrillic name (`Юрий` → `Yuriy`), or the ICAO one when both agree. */
export function cyrillicPopularLatin(value: string, language: CyrillicLanguage): string {
  if (language === 'sr') return mrzLatin(cyrillicToLatin(value, 'sr')).replace(/\b([A-Z])([A-Z]*)/g, titleWord);
  const table = POPULAR_TABLES[language];
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
