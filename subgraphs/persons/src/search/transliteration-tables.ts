// The transliteration tables name matching uses, written once, as data. Keys are upper-case letters; a value with
// several spellings lists the standard one first and the alternatives in common use after it.

/**
 * ICAO Doc 9303 Part 3 (8th edition, 2021), section 6, "Transliteration of multinational Latin-based characters":
 * the letters whose transliteration is not simply the base letter. Every other letter of that table (Á, Č, Ş, Ő, ...)
 * loses its diacritic, which Unicode NFD decomposition gives. Ä, Ö, Ü, Å and Ø have two ICAO spellings (Ä → AE or A);
 * Đ is D in Doc 9303 and DJ in Serbian and Croatian practice. Doc 9303 also allows NXX for Ñ and UXX for Ü in the
 * MRZ of the states that use them; nobody types those, so they are left out.
 */
export const ICAO_LATIN: Readonly<Record<string, readonly string[]>> = {
  Ä: ['AE', 'A'],
  Å: ['AA', 'A'],
  Æ: ['AE'],
  Ö: ['OE', 'O'],
  Ø: ['OE', 'O'],
  Œ: ['OE'],
  Ü: ['UE', 'U'],
  ß: ['SS'],
  ẞ: ['SS'],
  Þ: ['TH'],
  Ð: ['D'],
  Đ: ['D', 'DJ'],
  Ħ: ['H'],
  Ł: ['L'],
  Ŀ: ['L'],
  Ŋ: ['N'],
  Ŧ: ['T'],
  ı: ['I'],
  Ĳ: ['IJ'],
};

export type CyrillicLanguage = 'ru' | 'uk' | 'bg' | 'sr';

/** ICAO Doc 9303 Part 3, section 6, "Transliteration of Cyrillic characters": the common table. */
export const ICAO_CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Ґ: 'G',
  Д: 'D',
  Ђ: 'D',
  Ѓ: 'G',
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
  Ќ: 'K',
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
};

/** The language notes of the same Doc 9303 table: Г is H and И is Y in Ukrainian; Щ is SHT and Ъ is A in Bulgarian. */
export const ICAO_CYRILLIC_LANGUAGE: Readonly<Record<CyrillicLanguage, Readonly<Record<string, string>>>> = {
  ru: {},
  uk: { Г: 'H', И: 'Y' },
  bg: { Щ: 'SHT', Ъ: 'A' },
  sr: {},
};

/**
 * The spellings older passports, visas and everyday use give (BGN/PCGN-like, and the Russian passport rules of
 * 1997–2010): Y for Й and the iotated vowels, YO for Ё, no letter for Ъ. Word-final -ИЙ/-ЫЙ/-ІЙ are written IY/Y/IY.
 */
export const POPULAR_CYRILLIC: Readonly<Record<CyrillicLanguage, Readonly<Record<string, string>>>> = {
  ru: { Й: 'Y', Ю: 'YU', Я: 'YA', Ё: 'YO', Ъ: '' },
  uk: { Й: 'Y', Ю: 'YU', Я: 'YA', Є: 'YE', Ї: 'YI' },
  bg: { Й: 'Y', Ю: 'YU', Я: 'YA', Х: 'H' },
  sr: {},
};

/** Serbian Cyrillic to the Serbian Latin alphabet (Gaj's), which Serbian documents print beside the Cyrillic. */
export const SERBIAN_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Ђ: 'Đ',
  Е: 'E',
  Ж: 'Ž',
  З: 'Z',
  И: 'I',
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
  Ћ: 'Ć',
  У: 'U',
  Ф: 'F',
  Х: 'H',
  Ц: 'C',
  Ч: 'Č',
  Џ: 'DŽ',
  Ш: 'Š',
};

/** Letters only one Cyrillic language writes, to tell which language a name is in. */
export const CYRILLIC_LANGUAGE_LETTERS: Readonly<Record<CyrillicLanguage, string>> = {
  ru: 'ЫЭЁ',
  uk: 'ІЇЄҐ',
  bg: '',
  sr: 'ЂЈЉЊЋЏ',
};

/**
 * Greek: ELOT 743 (= ISO 843, type 1 transliteration), the standard Greek passports print. Single letters here;
 * the digraphs and their context rules (ΑΥ/ΕΥ/ΗΥ → AV or AF, ΟΥ → OU, ΜΠ → B or MP, ΝΤ → D or NT, ΓΓ/ΓΚ/ΓΞ/ΓΧ) are
 * in `transliterate.ts`.
 */
export const ELOT_743: Readonly<Record<string, string>> = {
  Α: 'A',
  Β: 'V',
  Γ: 'G',
  Δ: 'D',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'I',
  Θ: 'TH',
  Ι: 'I',
  Κ: 'K',
  Λ: 'L',
  Μ: 'M',
  Ν: 'N',
  Ξ: 'X',
  Ο: 'O',
  Π: 'P',
  Ρ: 'R',
  Σ: 'S',
  Τ: 'T',
  Υ: 'Y',
  Φ: 'F',
  Χ: 'CH',
  Ψ: 'PS',
  Ω: 'O',
};

/** Greek letters that are voiceless consonants: ΑΥ, ΕΥ and ΗΥ are AF, EF and IF before them (and at a word's end). */
export const GREEK_VOICELESS = 'ΘΚΞΠΣΤΦΧΨ';

/**
 * Arabic: a practical transcription after the BGN/PCGN 1956 system with its diacritics dropped, the way names are
 * spelt in Latin documents. Doc 9303's own Arabic table (Part 3, section 6) is a reversible MRZ code (ح → XH,
 * خ → XKH, ث → XTH, ...) that no Latin spelling of a name uses, so matching cannot rest on it. Arabic script writes no
 * short vowels: matching an Arabic query to a Latin-only record relies on consonant skeletons (`persons.name_skeletons`).
 * Alif, waw and ya are read as vowels (A, U, I) except at a word's start, where waw and ya are W and Y; the article
 * ال is written AL as its own word; ta marbuta is A; ʿayn and hamza are not written.
 */
export const ARABIC_LATIN: Readonly<Record<string, string>> = {
  ا: 'A',
  أ: 'A',
  إ: 'I',
  آ: 'A',
  ٱ: 'A',
  ء: '',
  ؤ: 'U',
  ئ: 'I',
  ب: 'B',
  ت: 'T',
  ث: 'TH',
  ج: 'J',
  ح: 'H',
  خ: 'KH',
  د: 'D',
  ذ: 'DH',
  ر: 'R',
  ز: 'Z',
  س: 'S',
  ش: 'SH',
  ص: 'S',
  ض: 'D',
  ط: 'T',
  ظ: 'Z',
  ع: '',
  غ: 'GH',
  ف: 'F',
  ق: 'Q',
  ك: 'K',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'H',
  ة: 'A',
  و: 'U',
  ي: 'I',
  ى: 'A',
  پ: 'P',
  چ: 'CH',
  ژ: 'ZH',
  گ: 'G',
  ڤ: 'V',
  // Short-vowel marks, when a name is written with them.
  '\u064E': 'A',
  '\u064F': 'U',
  '\u0650': 'I',
};
