// Name knowledge of the evaluation set: the seed's own name lists (every name in its script, its ICAO Latin form and
// the other spellings the lists record), folding for comparing names, and the spelling transformations that make
// the queries (ICAO variants, other Cyrillic tables, Greek and Serbian habits, typos, sound-alikes). It defines
// which records are correct answers; it deliberately shares no code with the matching in subgraphs/.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  cyrillicPopularLatin,
  cyrillicToLatin,
  mrzLatin,
  type CyrillicLanguage,
} from '../../scripts/seed/transliterate';

const NAMES_DIR = path.resolve(__dirname, '../../scripts/seed/data/names');
const COUNTRIES_FILE = path.resolve(__dirname, '../../scripts/seed/data/countries.json');

export type Script = 'LATIN' | 'CYRILLIC' | 'GREEK' | 'ARABIC';
export const CYRILLIC_LISTS: ReadonlySet<string> = new Set(['ru', 'uk', 'bg', 'sr']);

/** One name of a list: as written in its script, its Latin form, and the other Latin spellings the list records. */
export interface NameEntry {
  native: string;
  latin: string;
  variants: string[];
}

export interface NameList {
  key: string;
  script: Script;
  given: Map<string, NameEntry>;
  family: Map<string, NameEntry>;
}

type RawEntry = string | string[];
interface RawList {
  script: Script;
  male: RawEntry[];
  female: RawEntry[];
  family: RawEntry[];
  familyFemale?: RawEntry[];
}

function toEntry(raw: RawEntry): NameEntry {
  if (typeof raw === 'string') return { native: raw, latin: raw, variants: [] };
  const [native, latin, ...variants] = raw;
  return { native, latin: latin ?? native, variants };
}

function byNative(entries: RawEntry[]): Map<string, NameEntry> {
  return new Map(entries.map(toEntry).map((entry) => [entry.native, entry]));
}

/** The seed's name lists, by key (`de`, `ru`, `ar-maghreb`, ...), in file-name order. */
export const NAME_LISTS: ReadonlyMap<string, NameList> = new Map(
  readdirSync(NAMES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(path.join(NAMES_DIR, file), 'utf8')) as RawList;
      const key = file.replace(/\.json$/, '');
      return [
        key,
        {
          key,
          script: raw.script,
          given: byNative([...raw.male, ...raw.female]),
          family: byNative([...raw.family, ...(raw.familyFemale ?? [])]),
        },
      ] as const;
    }),
);

/** Languages of each nationality, most frequent first (to tell which list a shared name came from). */
const LANGUAGES_OF: ReadonlyMap<string, string[]> = new Map(
  Object.entries(
    (
      JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8')) as {
        countries: Record<string, { languages: [string, number][] }>;
      }
    ).countries,
  ).map(([code, entry]) => [code, [...entry.languages].sort((a, b) => b[1] - a[1]).map(([key]) => key)]),
);

/** Every spelling of a native name across the lists: the native form, the Latin forms, recorded variants. */
function spellingIndex(kind: 'given' | 'family'): Map<string, string[]> {
  const index = new Map<string, Set<string>>();
  for (const list of NAME_LISTS.values()) {
    for (const entry of list[kind].values()) {
      const spellings = index.get(entry.native) ?? new Set<string>();
      spellings.add(entry.native).add(entry.latin);
      for (const variant of entry.variants) spellings.add(variant);
      // The everyday spellings of Cyrillic names (Yuriy for Iurii), as the seed writes them in aliases.
      if (CYRILLIC_LISTS.has(list.key)) spellings.add(cyrillicPopularLatin(entry.native, list.key as CyrillicLanguage));
      // Serbian Latin Đ is DJ in the MRZ and in many foreign records.
      if (list.key === 'sr') spellings.add(mrzLatin(entry.latin));
      index.set(entry.native, spellings);
    }
  }
  return new Map([...index].map(([native, spellings]) => [native, [...spellings]]));
}

const GIVEN_SPELLINGS = spellingIndex('given');
const FAMILY_SPELLINGS = spellingIndex('family');
const LONGEST_NATIVE = 3;

/** One part of a stored name (`José Antonio`, `عبد الله`, `García`) and every spelling the lists know for it. */
export interface NamePart {
  native: string;
  spellings: string[];
}

/**
 * Splits a stored name (`José Antonio Pérez`, `عبد الله محمد`, `García López`) into the list names it was made of,
 * longest match first; a word no list knows stands for itself.
 */
export function nameParts(value: string | null, kind: 'given' | 'family'): NamePart[] {
  if (!value) return [];
  const index = kind === 'given' ? GIVEN_SPELLINGS : FAMILY_SPELLINGS;
  const words = value.split(' ').filter(Boolean);
  const parts: NamePart[] = [];
  for (let i = 0; i < words.length;) {
    let length = Math.min(LONGEST_NATIVE, words.length - i);
    while (length > 1 && !index.has(words.slice(i, i + length).join(' '))) length--;
    const native = words.slice(i, i + length).join(' ');
    parts.push({ native, spellings: index.get(native) ?? [native] });
    i += length;
  }
  return parts;
}

/** The list a person's name came from: one holding both names, preferring the nationality's main languages. */
export function listOf(givenNative: string, familyNative: string, nationality: string): NameList | undefined {
  const holding = [...NAME_LISTS.values()].filter(
    (list) => list.given.has(givenNative) && list.family.has(familyNative),
  );
  const preferred = LANGUAGES_OF.get(nationality) ?? [];
  return holding.sort((a, b) => rank(preferred, a.key) - rank(preferred, b.key))[0];
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index < 0 ? order.length : index;
}

// Letters that diacritic stripping does not reduce to A-Z.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  Ø: 'o',
  ø: 'o',
  Æ: 'ae',
  æ: 'ae',
  Œ: 'oe',
  œ: 'oe',
  Đ: 'd',
  đ: 'd',
  Ł: 'l',
  ł: 'l',
  Ħ: 'h',
  ħ: 'h',
  ı: 'i',
  Þ: 'th',
  þ: 'th',
  ς: 'σ',
};
// ICAO Doc 9303's two-letter forms of the national characters.
const EXPANDED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe', æ: 'ae', ß: 'ss' };

function fold(value: string, table: Record<string, string>): string {
  return [...value.toLowerCase()]
    .map((char) => table[char] ?? SPECIAL[char] ?? char)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ς/g, 'σ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/**
 * The comparison keys of a name: lower case, diacritics dropped, punctuation as spaces; once with the ICAO
 * national characters reduced to one letter (Müller → muller) and once expanded (Müller → mueller), so that
 * a stored Mueller and a stored Müller are the same name. Scripts are kept: Cyrillic compares with Cyrillic.
 */
export function nameKeys(value: string): string[] {
  const simple = fold(value, {});
  const expanded = fold(value, EXPANDED);
  return simple === expanded ? [simple] : [simple, expanded];
}

/** Drops diacritics and special letters but keeps case (José → Jose, Łukasz → Lukasz, Søren → Soren). */
export function stripDiacritics(value: string): string {
  return [...value]
    .map((char) => {
      const special = SPECIAL[char.toLowerCase()];
      if (!special || char === 'ς') return char;
      return char === char.toLowerCase() ? special : special[0].toUpperCase() + special.slice(1);
    })
    .join('')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** ICAO Doc 9303's national characters written out (Müller → Mueller, Åberg → Aaberg, Weiß → Weiss). */
export function icaoExpanded(value: string): string {
  const pairs: Record<string, string> = { ...EXPANDED, ẞ: 'ss' };
  return stripDiacritics(
    [...value]
      .map((char) => {
        const mapped = pairs[char.toLowerCase()];
        if (!mapped) return char;
        return char === char.toLowerCase() ? mapped : mapped[0].toUpperCase() + mapped.slice(1);
      })
      .join(''),
  );
}

export const HAS_ICAO_LETTER = /[äöüåøæß]/i;
export const IS_ASCII = /^[A-Za-z' -]+$/;

export { cyrillicPopularLatin, cyrillicToLatin, mrzLatin, type CyrillicLanguage };

// Gaj's Latin alphabet to Serbian Cyrillic (one to one): how a Serbian officer writes a Croatian or Slovene name.
const SERBIAN_CYRILLIC: [string, string][] = [
  ['dž', 'џ'],
  ['lj', 'љ'],
  ['nj', 'њ'],
  ...[...'abcčćdđefghijklmnoprsštuvzž'].map(
    (letter, i) => [letter, [...'абцчћдђефгхијклмнопрсштувзж'][i]] as [string, string],
  ),
];

/** A Croatian or Slovene name in Serbian Cyrillic, or null when it holds letters Gaj's alphabet lacks (q, w, x, y). */
export function toSerbianCyrillic(value: string): string | null {
  let out = '';
  const lower = value.toLowerCase();
  for (let i = 0; i < lower.length;) {
    if (lower[i] === ' ' || lower[i] === '-') {
      out += lower[i++];
      continue;
    }
    const pair = SERBIAN_CYRILLIC.find(([latin]) => lower.startsWith(latin, i));
    if (!pair) return null;
    const upper = value[i] !== lower[i];
    out += upper ? pair[1].toUpperCase() : pair[1];
    i += pair[0].length;
  }
  return out;
}

/** Greek in capitals without accents, the way Greek officers and documents write names. */
export function greekCapitals(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase();
}

// Common Latin spellings of Greek names besides ELOT 743 / ICAO (Hristos, Haralambos, Vasilios, Panayiotis).
const GREEK_HABITS: [RegExp, string][] = [
  [/^Ch/, 'H'],
  [/mp/, 'mb'],
  [/ei/, 'i'],
  [/agio/, 'ayio'],
  [/nt/, 'nd'],
  [/y/, 'i'],
  [/^Oi/, 'I'],
  [/f/, 'ph'],
];

/** A Greek name's Latin form rewritten by the first habit that applies, or null when none does. */
export function greekHabit(latin: string): string | null {
  for (const [pattern, replacement] of GREEK_HABITS)
    if (pattern.test(latin)) return latin.replace(pattern, replacement);
  return null;
}

/**
 * English-language spellings of frequent Russian, Ukrainian and Bulgarian given names, as officers and older
 * records write them (Alexander, Yevgeny, Yuri); from the names' usual anglicisations.
 */
export const ENGLISH_SPELLINGS: Readonly<Record<string, string[]>> = {
  Александр: ['Alexander', 'Alexandr'],
  Олександр: ['Alexander', 'Olexandr', 'Aleksandr'],
  Алексей: ['Alexey', 'Alexei'],
  Дмитрий: ['Dmitry', 'Dmitri'],
  Евгений: ['Yevgeny', 'Evgeny'],
  Юрий: ['Yuri', 'Yury'],
  Юрій: ['Yuri', 'Yuriy'],
  Сергей: ['Sergey'],
  Сергій: ['Sergiy', 'Serhiy'],
  Андрей: ['Andrey'],
  Андрій: ['Andriy', 'Andrey'],
  Николай: ['Nikolay', 'Nicolai'],
  Григорий: ['Grigory'],
  Фёдор: ['Fyodor', 'Fedor'],
  Наталья: ['Natalya', 'Natalia'],
  Татьяна: ['Tatyana', 'Tatjana'],
  Юлия: ['Yulia', 'Julia'],
  Мария: ['Maria'],
  Анастасия: ['Anastasia'],
  Ксения: ['Xenia', 'Ksenia'],
  Екатерина: ['Yekaterina', 'Katerina'],
  Людмила: ['Lyudmila', 'Ludmila'],
  Георги: ['Georgy'],
  Христо: ['Hristo', 'Christo'],
  Владимир: ['Wladimir'],
  Володимир: ['Vladimir', 'Volodimir'],
  Ольга: ['Olga'],
  Дарья: ['Darya', 'Daria'],
};

// Sound-alike rewrites (German, Dutch, Nordic, English and Slavic spelling habits) for the phonetic queries.
const SOUND_ALIKES: [RegExp, string][] = [
  [/ph/, 'f'],
  [/dt/, 'tt'],
  [/th/, 't'],
  [/ck/, 'k'],
  [/tz/, 'z'],
  [/ey/, 'ei'],
  [/ei/, 'ai'],
  [/ai/, 'ei'],
  [/ie/, 'i'],
  [/ou/, 'u'],
  [/w/, 'v'],
  [/v/, 'w'],
  [/c(?=[aou])/, 'k'],
  [/k(?=[aou])/, 'c'],
  [/qu/, 'kw'],
  [/x/, 'ks'],
  [/y/, 'i'],
  [/ss/, 's'],
  [/ll/, 'l'],
  [/nn/, 'n'],
  [/tt/, 't'],
  [/mm/, 'm'],
  [/(?<=[aeiou])s(?=[aeiou])/, 'z'],
  [/sch/, 'sh'],
  [/j(?=[aeiou])/, 'y'],
];

/** All sound-alike forms of a lower-case ASCII name, one rewrite each. */
export function soundAlikes(value: string): string[] {
  const lower = value.toLowerCase();
  const forms = new Set<string>();
  for (const [pattern, replacement] of SOUND_ALIKES) {
    // Only past the first letter: officers rarely mishear the initial.
    const rewritten = lower[0] + lower.slice(1).replace(pattern, replacement);
    if (rewritten !== lower) forms.add(rewritten);
  }
  return [...forms];
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function keyboardNeighbours(letter: string): string[] {
  for (let row = 0; row < KEYBOARD_ROWS.length; row++) {
    const column = KEYBOARD_ROWS[row].indexOf(letter);
    if (column < 0) continue;
    return [KEYBOARD_ROWS[row][column - 1], KEYBOARD_ROWS[row][column + 1]].filter(Boolean);
  }
  return [];
}

/** Every one-edit typo of a lower-case ASCII name past its first letter: neighbour key, dropped, doubled, swapped. */
export function typos(value: string): string[] {
  const lower = value.toLowerCase();
  const forms = new Set<string>();
  for (let i = 1; i < lower.length; i++) {
    const [before, letter, after] = [lower.slice(0, i), lower[i], lower.slice(i + 1)];
    if (!/[a-z]/.test(letter)) continue;
    for (const neighbour of keyboardNeighbours(letter)) forms.add(before + neighbour + after);
    forms.add(before + after);
    forms.add(before + letter + letter + after);
    if (i + 1 < lower.length && lower[i + 1] !== letter && /[a-z]/.test(lower[i + 1]))
      forms.add(before + lower[i + 1] + letter + lower.slice(i + 2));
  }
  forms.delete(lower);
  return [...forms];
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Title case per word and hyphen part, keeping the rest of each word's letters as they are. */
export function titleCase(value: string): string {
  return value.replace(
    /(^|[\s-])(\p{L})/gu,
    (_match, separator: string, letter: string) => separator + letter.toUpperCase(),
  );
}
