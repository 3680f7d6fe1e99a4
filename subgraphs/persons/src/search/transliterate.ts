import { transliterate } from 'transliteration';
import {
  ARABIC_LATIN,
  CYRILLIC_LANGUAGE_LETTERS,
  ELOT_743,
  GREEK_VOICELESS,
  ICAO_CYRILLIC,
  ICAO_CYRILLIC_LANGUAGE,
  ICAO_LATIN,
  POPULAR_CYRILLIC,
  SERBIAN_LATIN,
  type CyrillicLanguage,
} from './transliteration-tables';

export type NameScript = 'LATIN' | 'CYRILLIC' | 'GREEK' | 'ARABIC' | 'OTHER';

/** One Latin spelling of a name: upper-case A-Z words separated by single spaces, and the scheme that gave it. */
export interface LatinForm {
  text: string;
  scheme: string;
  /** The first scheme of the name's script (ICAO 9303, ELOT 743, ...); the others are variants. */
  standard: boolean;
}

/** One way of writing a word of a script in Latin letters. */
interface WordScheme {
  name: string;
  convert(word: string): string;
}

/** The apostrophes a name may hold, which Doc 9303 leaves out (O'Neill → ONEILL). */
export const APOSTROPHE_CHARACTERS = "'’ʼ‘`´";
const APOSTROPHES = /['’ʼ‘`´]/g;
const NON_LETTERS = /[^\p{L}\p{M}]+/u;
const COMBINING_MARKS = /\p{M}/gu;

/** The words of a name as written: apostrophes dropped (O'Neill → ONeill, as Doc 9303 does), any other non-letter splits. */
export function nameWords(text: string): string[] {
  return text.normalize('NFC').replace(APOSTROPHES, '').split(NON_LETTERS).filter(Boolean);
}

/** What may stand between two words of a recorded name (`ÖBERG, Åsa`, `Jean-Pierre`). */
const RECORDED_WORD_SEPARATOR = '[[:space:],;.()/-]';

/**
 * A PostgreSQL regular expression per typed word that matches a recorded name (its apostrophes left out) holding that
 * word with the same letters, upper or lower case: `Åsa` matches `ÖBERG, ÅSA` but not `OBERG, ASA`. Written out
 * letter by letter, because upper() and lower() in the database follow its locale (none in a C-locale cluster).
 */
export function sameLetterPatterns(text: string): string[] {
  return nameWords(text).map((word) => {
    let letters = '';
    for (const char of word) {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      if (lower === upper) letters += /[\p{L}\p{M}]/u.test(char) ? char : `\\${char}`;
      else if (lower.length === 1 && upper.length === 1) letters += `[${lower}${upper}]`;
      else letters += `(?:${lower}|${upper})`;
    }
    return `(^|${RECORDED_WORD_SEPARATOR})${letters}($|${RECORDED_WORD_SEPARATOR})`;
  });
}

export function scriptOf(word: string): NameScript {
  for (const char of word) {
    if (/\p{Script=Latin}/u.test(char)) return 'LATIN';
    if (/\p{Script=Cyrillic}/u.test(char)) return 'CYRILLIC';
    if (/\p{Script=Greek}/u.test(char)) return 'GREEK';
    if (/\p{Script=Arabic}/u.test(char)) return 'ARABIC';
  }
  return 'OTHER';
}

/** The script of a whole name: the first non-Latin script among its words, else LATIN. */
export function scriptOfName(text: string): NameScript {
  const scripts = nameWords(text).map(scriptOf);
  return scripts.find((script) => script !== 'LATIN') ?? 'LATIN';
}

/**
 * A Latin word in upper-case A-Z by ICAO Doc 9303: `option` 0 takes the first spelling of letters that have two
 * (Ä → AE), 1 the last (Ä → A); other diacritics are dropped; a stray letter of another script goes through the
 * `transliteration` package.
 */
export function foldLatinWord(word: string, option: 0 | 1 = 0): string {
  let out = '';
  for (const char of word.normalize('NFC')) {
    const upper = char.toUpperCase();
    const spellings = ICAO_LATIN[char] ?? ICAO_LATIN[upper];
    if (spellings) {
      out += spellings[option === 0 ? 0 : spellings.length - 1];
      continue;
    }
    const base = upper.normalize('NFD').replace(COMBINING_MARKS, '');
    if (/^[A-Z]+$/.test(base)) out += base;
    else if (/\p{L}/u.test(char))
      out += transliterate(char)
        .toUpperCase()
        .replace(/[^A-Z]/g, '');
  }
  return out;
}

function mapLetters(word: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const char of word.toUpperCase()) out += table[char] ?? char;
  return out;
}

function cyrillicScheme(language: CyrillicLanguage, popular: boolean): WordScheme {
  const table = {
    ...ICAO_CYRILLIC,
    ...ICAO_CYRILLIC_LANGUAGE[language],
    ...(popular ? POPULAR_CYRILLIC[language] : {}),
  };
  const names: Record<CyrillicLanguage, string> = {
    ru: 'Russian',
    uk: 'Ukrainian',
    bg: 'Bulgarian',
    sr: 'Serbian',
  };
  return {
    name: popular ? `common ${names[language]} spelling` : `ICAO 9303 (${names[language]})`,
    convert(word) {
      let upper = word.toUpperCase();
      // -ий, -ый, -ій are written -IY, -Y, -IY in the common spellings (Юрий → YURIY).
      if (popular) upper = upper.replace(/ИЙ$/, 'Иy').replace(/ЫЙ$/, 'Ы').replace(/ІЙ$/, 'Іy');
      return foldLatinWord(mapLetters(upper, table));
    },
  };
}

const SERBIAN_TABLE: Readonly<Record<string, string>> = { ...ICAO_CYRILLIC, ...SERBIAN_LATIN };

function serbianLatinScheme(option: 0 | 1): WordScheme {
  return {
    name: option === 0 ? 'Serbian Latin alphabet' : 'Serbian Latin alphabet (Đ → DJ)',
    convert: (word) => foldLatinWord(mapLetters(word, SERBIAN_TABLE), option),
  };
}

/** The Cyrillic languages a name may be in: told by letters only one language has, else all four. */
export function cyrillicLanguagesOf(text: string): CyrillicLanguage[] {
  const upper = text.toUpperCase();
  const has = (language: CyrillicLanguage) =>
    [...CYRILLIC_LANGUAGE_LETTERS[language]].some((letter) => upper.includes(letter));
  if (has('sr')) return ['sr', 'ru'];
  if (has('uk')) return ['uk', 'ru'];
  if (has('ru')) return ['ru'];
  return ['ru', 'uk', 'bg', 'sr'];
}

// `cyrillicLanguagesOf` gives one of four language lists: their schemes (and merged tables) are built once each.
const CYRILLIC_SCHEMES = new Map<string, WordScheme[]>();

function cyrillicSchemes(languages: CyrillicLanguage[]): WordScheme[] {
  const key = languages.join(',');
  let schemes = CYRILLIC_SCHEMES.get(key);
  if (!schemes) CYRILLIC_SCHEMES.set(key, (schemes = buildCyrillicSchemes(languages)));
  return schemes;
}

function buildCyrillicSchemes(languages: CyrillicLanguage[]): WordScheme[] {
  const schemes: WordScheme[] = [];
  for (const language of languages) if (language !== 'sr') schemes.push(cyrillicScheme(language, false));
  if (languages.includes('sr')) schemes.push(serbianLatinScheme(0), serbianLatinScheme(1));
  for (const language of languages) if (language !== 'sr') schemes.push(cyrillicScheme(language, true));
  // Serbian Cyrillic through the common ICAO table gives what a foreign officer would write (Ж → ZH).
  if (languages[0] === 'sr') schemes.push(cyrillicScheme('ru', false));
  return schemes;
}

type GreekStyle = 'elot' | 'popular' | 'kh';

/**
 * A Greek word by ELOT 743 with its digraph rules; `popular` gives the everyday spellings (Χ → H, Υ → I, ΜΠ → B/MB,
 * ΝΤ → D/ND: Hristos, Spiridon, Charalambos), `kh` the older UN/BGN Χ → KH (Khristos).
 */
function greekWord(word: string, style: GreekStyle): string {
  // Accents and breathings go; the diaeresis stays, because it stops a digraph (ΑΪ is A-I, not AI).
  const letters: { char: string; diaeresis: boolean }[] = [];
  for (const char of word.toUpperCase().normalize('NFD')) {
    if (char === '\u0308') {
      if (letters.length) letters[letters.length - 1].diaeresis = true;
    } else if (!/\p{M}/u.test(char)) letters.push({ char, diaeresis: false });
  }
  const at = (i: number) => letters[i]?.char;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const char = at(i);
    const next = at(i + 1);
    const nextIsPlainUpsilon = next === 'Υ' && !letters[i + 1].diaeresis;
    if ((char === 'Α' || char === 'Ε' || char === 'Η') && nextIsPlainUpsilon) {
      const after = at(i + 2);
      const voiceless = after === undefined || GREEK_VOICELESS.includes(after);
      out += ELOT_743[char] + (voiceless ? 'F' : 'V');
      i++;
    } else if (char === 'Ο' && nextIsPlainUpsilon) {
      out += 'OU';
      i++;
    } else if (char === 'Μ' && next === 'Π') {
      out += i === 0 ? 'B' : style === 'popular' ? 'MB' : 'MP';
      i++;
    } else if (char === 'Ν' && next === 'Τ') {
      out += i === 0 ? 'D' : style === 'popular' ? 'ND' : 'NT';
      i++;
    } else if (char === 'Γ' && (next === 'Γ' || next === 'Ξ' || next === 'Χ' || (next === 'Κ' && i > 0))) {
      out += 'N';
      if (next === 'Κ') {
        out += 'G';
        i++;
      }
    } else if (char === 'Γ' && next === 'Κ') {
      out += 'G';
      i++;
    } else if (char === 'Χ') {
      out += style === 'popular' ? 'H' : style === 'kh' ? 'KH' : 'CH';
    } else if (char === 'Υ') {
      out += style === 'popular' ? 'I' : 'Y';
    } else {
      out += ELOT_743[char] ?? foldLatinWord(char);
    }
  }
  return out;
}

const GREEK_SCHEMES: WordScheme[] = [
  { name: 'ELOT 743', convert: (word) => greekWord(word, 'elot') },
  { name: 'common Greek spelling', convert: (word) => greekWord(word, 'popular') },
  { name: 'Greek with Χ as KH', convert: (word) => greekWord(word, 'kh') },
];

// Tatweel, tanween, shadda, sukun and dagger alif: nothing a Latin spelling writes (doubled letters count once anyway).
const ARABIC_UNWRITTEN = new Set(['\u0640', '\u064B', '\u064C', '\u064D', '\u0651', '\u0652', '\u0670']);

/** An Arabic word in Latin letters by `ARABIC_LATIN`; the article ال becomes its own word AL. */
function arabicWord(word: string): string {
  let text = [...word].filter((char) => !ARABIC_UNWRITTEN.has(char)).join('');
  if (text === 'الله' || text === 'لله') return 'ALLAH';
  let prefix = '';
  if (text.startsWith('عبدال') && text.length > 5) {
    prefix = 'ABD ';
    text = text.slice(3);
  }
  if (text.startsWith('ال') && text.length > 3) {
    if (text === 'الله') return `${prefix}ALLAH`;
    prefix += 'AL ';
    text = text.slice(2);
  }
  const chars = [...text];
  let out = '';
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    // Waw and ya are consonants at a word's start and before alif (Walid, Nawal, Ziyad), vowels elsewhere.
    if (char === 'و' && (i === 0 || next === 'ا')) out += 'W';
    else if (char === 'ي' && (i === 0 || next === 'ا')) out += 'Y';
    else if (char === 'ع' && i === 0) out += 'A';
    else out += ARABIC_LATIN[char] ?? foldLatinWord(char);
  });
  return prefix + out;
}

const ARABIC_SCHEMES: WordScheme[] = [{ name: 'Arabic transcription', convert: arabicWord }];

const LATIN_SCHEMES: WordScheme[] = [
  { name: 'ICAO 9303', convert: (word) => foldLatinWord(word, 0) },
  { name: 'ICAO 9303 other spelling (Ä → A, Ö → O, Ü → U, Å → A, Ø → O)', convert: (word) => foldLatinWord(word, 1) },
];

const OTHER_SCHEMES: WordScheme[] = [{ name: 'transliteration', convert: (word) => foldLatinWord(word) }];

/**
 * The Latin spellings of a name in any script, standard scheme first: ICAO 9303 for Latin (both spellings of Ä, Ö,
 * Ü, Å, Ø) and Cyrillic (the Russian, Ukrainian, Bulgarian and Serbian tables and the common spellings), ELOT 743 and
 * the common Greek spellings, an Arabic transcription. Words of different scripts in one name are converted each by
 * its own script's schemes, side by side. Duplicates are dropped. `languageText` (default: the text) tells the
 * Cyrillic language, e.g. the whole name when `text` is its family name alone.
 */
export function latinForms(text: string, languageText = text): LatinForm[] {
  const words = nameWords(text);
  if (!words.length) return [];
  const scripts = words.map(scriptOf);
  const cyrillic = scripts.includes('CYRILLIC') ? cyrillicSchemes(cyrillicLanguagesOf(languageText)) : [];
  const schemesOf = (script: NameScript): WordScheme[] =>
    script === 'LATIN'
      ? LATIN_SCHEMES
      : script === 'CYRILLIC'
        ? cyrillic
        : script === 'GREEK'
          ? GREEK_SCHEMES
          : script === 'ARABIC'
            ? ARABIC_SCHEMES
            : OTHER_SCHEMES;
  const main = scripts.find((script) => script !== 'LATIN') ?? 'LATIN';
  const count = Math.max(...scripts.map((script) => schemesOf(script).length));
  const forms: LatinForm[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const converted = words.map((word, w) => {
      const schemes = schemesOf(scripts[w]);
      return (schemes[i] ?? schemes[0]).convert(word);
    });
    const formText = converted.join(' ').split(' ').filter(Boolean).join(' ');
    if (!formText || seen.has(formText)) continue;
    seen.add(formText);
    const schemes = schemesOf(main);
    forms.push({ text: formText, scheme: (schemes[i] ?? schemes[0]).name, standard: i === 0 });
  }
  return forms;
}
