// How the officers and the press of other countries write Russian and Ukrainian names in their own alphabets, and
// the way back from such a spelling to the ICAO 9303 one the records are searched by (Schewtschenko → SHEVCHENKO).
import { LRUCache } from 'lru-cache';
import { ICAO_CYRILLIC } from './transliteration-tables';
import { foldLatinWord, nameWords } from './transliterate';

/**
 * One national convention for writing Cyrillic names in Latin letters: each Cyrillic letter's spellings in it (the
 * usual one first; the others are positional, e.g. JE at the start of a word and after a vowel). Written once, as
 * data, from the published rules named in `source`; the way back is derived from it (`nationalSpellings`).
 */
export interface NationalConvention {
  name: string;
  source: string;
  letters: Readonly<Record<string, readonly string[]>>;
  /** Spellings at a word's end that stand for more than their letters (French -INE, -YNE for -ин, -ын: Poutine, Soljenitsyne). */
  endings?: Readonly<Record<string, string>>;
  /** Single A–Z letters that mark a name as written by this convention (German W for В, Spanish J for Х). */
  marks?: readonly string[];
  /** Letters after which the convention writes Ё as O: the hushing consonants (HUSHING) unless it says otherwise. */
  yoAsOAfter?: string;
}

const COMMON: Readonly<Record<string, readonly string[]>> = {
  А: ['A'],
  Б: ['B'],
  Д: ['D'],
  К: ['K'],
  Л: ['L'],
  М: ['M'],
  Н: ['N'],
  О: ['O'],
  П: ['P'],
  Р: ['R'],
  Т: ['T'],
  Ф: ['F'],
  Э: ['E'],
};

/** -ий, -ій written -IJ by the conventions that write Й as J (Dmitrij, Dostojewskij, Serhij): a sure sign of them. */
const SLAVIC_IJ = { IJ: 'ИЙ' };

/**
 * Czech and Slovak give a foreign woman's family name a feminine ending of their own (přechýlení: Šarapovová,
 * Tymošenková, Alexijevičová, Navalná, Cichanouská), read back to the Russian name (Шарапова, Тимошенко, Алексиевич,
 * Навальная, Тихановская).
 */
const CZECH_FEMININE = {
  OVOVÁ: 'ОВА',
  EVOVÁ: 'ЕВА',
  JEVOVÁ: 'ЕВА',
  INOVÁ: 'ИНА',
  KOVÁ: 'КО',
  ČOVÁ: 'Ч',
  SKÁ: 'СКАЯ',
  CKÁ: 'ЦКАЯ',
  NÁ: 'НАЯ',
};

export const NATIONAL_CONVENTIONS: readonly NationalConvention[] = [
  {
    name: 'German spelling (Duden)',
    source: 'Duden, Die deutsche Rechtschreibung: transcription of Russian (Presse-Transkription)',
    marks: ['W'],
    letters: {
      ...COMMON,
      В: ['W'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO'],
      Ж: ['SCH', 'SH'],
      З: ['S'],
      И: ['I'],
      Й: ['I', 'J'],
      С: ['S', 'SS'],
      У: ['U'],
      Х: ['CH'],
      Ц: ['Z'],
      Ч: ['TSCH'],
      Ш: ['SCH'],
      Щ: ['SCHTSCH'],
      Ы: ['Y'],
      Ю: ['JU'],
      Я: ['JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'French spelling',
    source: 'usual French transcription of Russian (Bibliothèque nationale de France usage, French press)',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G', 'GU'],
      Е: ['E', 'ÏE'],
      Ё: ['IO', 'Ë'],
      Ж: ['J'],
      З: ['Z'],
      И: ['I', 'Ï'],
      Й: ['Ï', 'I'],
      С: ['S', 'SS'],
      У: ['OU'],
      Х: ['KH'],
      Ц: ['TS'],
      Ч: ['TCH'],
      Ш: ['CH'],
      Щ: ['CHTCH'],
      Ы: ['Y'],
      Ю: ['IOU', 'YOU'],
      Я: ['IA', 'YA'],
    },
    endings: { INE: 'ИН', YNE: 'ЫН' },
  },
  {
    name: 'Polish spelling (PWN)',
    source:
      'Wielki słownik ortograficzny PWN: transkrypcja z języka rosyjskiego (Ё after Л and the hushing consonants as O: Korolow, Gorbaczow)',
    marks: ['W'],
    yoAsOAfter: 'ЛЖЧШЩ',
    letters: {
      ...COMMON,
      Л: ['L', 'Ł'],
      В: ['W'],
      Г: ['G'],
      Е: ['E', 'JE', 'IE'],
      Ё: ['IO', 'JO'],
      Ж: ['Ż'],
      З: ['Z'],
      И: ['I', 'Y'],
      Й: ['J'],
      С: ['S'],
      У: ['U'],
      Х: ['CH'],
      Ц: ['C'],
      Ч: ['CZ'],
      Ш: ['SZ'],
      Щ: ['SZCZ'],
      Ы: ['Y'],
      Ю: ['IU', 'JU'],
      Я: ['IA', 'JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Czech, Slovak and Croatian spelling',
    source:
      'Pravidla českého pravopisu and Pravidlá slovenského pravopisu: transcription of Russian; Croatian writes Х as H',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO', 'Ë'],
      Ж: ['Ž'],
      З: ['Z'],
      И: ['I'],
      Й: ['J'],
      С: ['S'],
      У: ['U'],
      Х: ['CH'],
      Ц: ['C'],
      Ч: ['Č'],
      Ш: ['Š'],
      Щ: ['ŠČ'],
      Ы: ['Y'],
      Ю: ['JU'],
      Я: ['JA'],
    },
    endings: { ...SLAVIC_IJ, ...CZECH_FEMININE },
  },
  {
    name: 'Spanish spelling',
    source: 'Ortografía de la lengua española (RAE, 2010) and Fundéu: transcription of Russian',
    marks: ['J'],
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G', 'GU'],
      Е: ['E', 'YE'],
      Ё: ['YO', 'IO'],
      Ж: ['ZH'],
      З: ['Z'],
      И: ['I'],
      Й: ['I', 'Y'],
      С: ['S'],
      У: ['U'],
      Х: ['J'],
      Ц: ['TS'],
      Ч: ['CH'],
      Ш: ['SH'],
      Щ: ['SCH', 'SHCH'],
      Ы: ['Y'],
      Ю: ['YU', 'IU'],
      Я: ['YA', 'IA'],
    },
  },
  {
    name: 'Italian spelling',
    source: 'Italian press usage of Russian names (Krusciov, Gorbaciov, Ciaikovski; the scientific one is the Czech)',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G', 'GH'],
      Е: ['E'],
      Ж: ['J'],
      З: ['Z'],
      И: ['I'],
      Й: ['J', 'I'],
      К: ['K', 'CH'],
      С: ['S'],
      У: ['U'],
      Х: ['K', 'CH'],
      Ц: ['Z'],
      Ч: ['CI', 'C'],
      Ш: ['SCI', 'SC'],
      Щ: ['SC', 'SCI'],
      Ы: ['Y'],
      Ю: ['JU'],
      Я: ['JA', 'IA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Dutch spelling',
    source: 'Nederlandse Taalunie, Woordenlijst Nederlandse Taal: transcriptie van het Russisch',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO'],
      Ж: ['ZJ'],
      З: ['Z'],
      И: ['I'],
      Й: ['J'],
      С: ['S'],
      У: ['OE'],
      Х: ['CH'],
      Ц: ['TS'],
      Ч: ['TSJ'],
      Ш: ['SJ'],
      Щ: ['SJTSJ'],
      Ы: ['Y'],
      Ю: ['JOE'],
      Я: ['JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Scandinavian spelling',
    source: 'Språkrådet (Sweden), Språkrådet (Norway) and Dansk Sprognævn: transcription of Russian',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO'],
      Ж: ['ZJ', 'SJ'],
      З: ['Z', 'S'],
      И: ['I'],
      Й: ['J'],
      С: ['S'],
      У: ['U'],
      Х: ['CH', 'KH'],
      Ц: ['TS'],
      Ч: ['TJ', 'TSJ'],
      Ш: ['SJ'],
      Щ: ['SJTJ', 'SJTSJ'],
      Ы: ['Y'],
      Ю: ['JU'],
      Я: ['JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Hungarian spelling',
    source:
      'A magyar helyesírás szabályai (MTA, 12th edition, 2015): the transcription of Russian names, with Д, Н, Т before a soft vowel as GY, NY, TY (Vlagyimir, Leonyid, Putyin), and ИО as JO (Joszif)',
    letters: {
      ...COMMON,
      ИО: ['JO'],
      Д: ['D', 'GY'],
      Н: ['N', 'NY'],
      Т: ['T', 'TY'],
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO'],
      Ж: ['ZS'],
      З: ['Z'],
      И: ['I'],
      Й: ['J'],
      С: ['SZ'],
      У: ['U'],
      Х: ['H'],
      Ц: ['C'],
      Ч: ['CS'],
      Ш: ['S'],
      Щ: ['SCS'],
      Ы: ['I'],
      Ю: ['JU'],
      Я: ['JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Finnish spelling',
    source:
      'Kotimaisten kielten keskus (Kotus): the Finnish transcription of Russian names (SFS 4900 letters; Hruštšov, Gorbatšov, Jeltsin)',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'JE'],
      Ё: ['JO'],
      Ж: ['Ž', 'ZH'],
      З: ['Z'],
      И: ['I'],
      Й: ['I', 'J'],
      С: ['S'],
      У: ['U'],
      Х: ['H'],
      Ц: ['TS'],
      Ч: ['TŠ', 'TSH'],
      Ш: ['Š', 'SH'],
      Щ: ['ŠTŠ', 'SHTSH'],
      Ы: ['Y'],
      Ю: ['JU'],
      Я: ['JA'],
    },
    endings: SLAVIC_IJ,
  },
  {
    name: 'Romanian spelling',
    source:
      'the Romanian transcription of Russian names (Academia Română, DOOM; press usage: Hrușciov, Gorbaciov, Elțîn, Ceaikovski), with the comma and the cedilla forms of Ș and Ț',
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G', 'GH'],
      Е: ['E', 'IE'],
      Ё: ['IO'],
      Ж: ['J'],
      З: ['Z'],
      И: ['I', 'Î'],
      Й: ['I'],
      К: ['K', 'C'],
      С: ['S'],
      У: ['U'],
      Х: ['H'],
      Ц: ['Ț', 'Ţ'],
      Ч: ['CI', 'CE', 'C'],
      ЧА: ['CEA'],
      Ш: ['Ș', 'Ş'],
      Щ: ['ȘCI', 'ŞCI', 'ȘC', 'ŞC'],
      Ы: ['Î', 'Â'],
      Ю: ['IU'],
      Я: ['IA'],
    },
  },
  {
    name: 'English spelling (BGN/PCGN)',
    source: 'BGN/PCGN romanization of Russian (1947), and English press usage (Tchaikovsky)',
    marks: ['Y'],
    letters: {
      ...COMMON,
      В: ['V'],
      Г: ['G'],
      Е: ['E', 'YE'],
      Ё: ['YO', 'Ë'],
      Ж: ['ZH'],
      З: ['Z'],
      И: ['I'],
      Й: ['Y', 'I'],
      С: ['S'],
      У: ['U'],
      Х: ['KH'],
      Ц: ['TS'],
      Ч: ['CH', 'TCH'],
      Ш: ['SH'],
      Щ: ['SHCH'],
      Ы: ['Y'],
      Ю: ['YU'],
      Я: ['YA'],
    },
  },
];

/**
 * Cyrillic letters from the most to the least frequent in Russian names: of the letters one spelling may stand for
 * (German S for С or З), the more frequent is tried first.
 */
const FREQUENCY_ORDER = 'ОЕАИНТСРВЛКМДПУЯЫЬГЗБЧЙХШЖЮЦЩЭФЪЁ';

/** Cyrillic hushing consonants: an O after them may be Ё, which ICAO writes E (Горбачёв: Gorbatschow, GORBACHEV). */
const HUSHING = new Set(['Ж', 'Ч', 'Ш', 'Щ']);

interface Reading {
  /** The Latin letters, upper case, with the convention's diacritics. */
  spelling: string;
  /** Cyrillic letters it may stand for, likeliest first. */
  letters: string[];
  /** Each of `letters` as ICAO 9303 writes it. */
  icao: string[];
  /** Whether the spelling marks a name as written by the convention (`isDistinctive`). */
  distinctive: boolean;
}

/** A Cyrillic letter (or letters) as ICAO 9303 writes it. */
function icaoOf(letters: string): string {
  return [...letters].map((letter) => ICAO_CYRILLIC[letter] ?? letter).join('');
}

interface BackTable {
  convention: NationalConvention;
  /** The letters the convention writes: a name holding another convention's letter (W, V, Š) was not written by it. */
  inventory: Set<string>;
  /** Spellings by their first letter, longest first. */
  byFirst: Map<string, Reading[]>;
  /** The convention's word endings (`endings`), as readings of one letter each. */
  endings: Reading[];
  /** The letters after which an O may be Ё (`yoAsOAfter`, else HUSHING). */
  yoAsOAfter: ReadonlySet<string>;
  /** Its distinctive spellings (`isDistinctive`), endings included: a word holding none is not read by it. */
  distinctiveSpellings: string[];
}

function backTable(convention: NationalConvention): BackTable {
  const readings = new Map<string, string[]>();
  for (const [letter, spellings] of Object.entries(convention.letters)) {
    for (const spelling of spellings) readings.set(spelling, [...(readings.get(spelling) ?? []), letter]);
  }
  const byFirst = new Map<string, Reading[]>();
  for (const [spelling, letters] of readings) {
    letters.sort((a, b) => FREQUENCY_ORDER.indexOf(a) - FREQUENCY_ORDER.indexOf(b));
    const list = byFirst.get(spelling[0]) ?? [];
    list.push({ spelling, letters, icao: letters.map(icaoOf), distinctive: isDistinctive(spelling, convention) });
    byFirst.set(spelling[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.spelling.length - a.spelling.length);
  // Not the endings' letters: Á of a Czech feminine ending says nothing against a Spanish reading of Román.
  const inventory = new Set([...readings.keys()].flatMap((spelling) => [...spelling]));
  const endings = Object.entries(convention.endings ?? {}).map(([spelling, letter]) => ({
    spelling,
    letters: [letter],
    icao: [icaoOf(letter)],
    distinctive: isDistinctive(spelling, convention),
  }));
  const yoAsOAfter = convention.yoAsOAfter ? new Set(convention.yoAsOAfter) : HUSHING;
  const distinctiveSpellings = [...byFirst.values(), endings]
    .flat()
    .filter((reading) => reading.distinctive)
    .map((reading) => reading.spelling);
  return { convention, byFirst, inventory, endings, yoAsOAfter, distinctiveSpellings };
}

const BACK_TABLES = NATIONAL_CONVENTIONS.map(backTable);

/** Letters some convention writes and others do not (W, V, Š, Ł, Ï, ...); the others (X, Q, H) are anyone's. */
const TELLING_LETTERS = new Set(
  BACK_TABLES.flatMap((table) => [...table.inventory]).filter((letter) =>
    BACK_TABLES.some((table) => !table.inventory.has(letter)),
  ),
);

/**
 * A candidate ICAO spelling of a word, how many second choices it took, and how many of its letters the convention
 * read in its distinctive spellings (`distinctive`): the more, the likelier the word was written by it.
 */
interface Candidate {
  text: string;
  cost: number;
  distinctiveLetters: number;
}

/**
 * A spelling that marks a name as written by the convention: a letter group (SCHTSCH, TSJ, SZ, KH), a letter outside
 * A–Z (Š, Ș, Ł) or one of its `marks` (German W). A name read with none of them (S as Ш, C as Ц, H as Х alone) gives
 * the convention no reason to think it wrote the name.
 */
function isDistinctive(spelling: string, convention: NationalConvention): boolean {
  return spelling.length > 1 || !/^[A-Z]$/.test(spelling) || (convention.marks?.includes(spelling) ?? false);
}

/** What reading an O after a hushing consonant as Ё costs: less than another second choice, as it is common. */
const HUSHED_O_COST = 0.5;
const HUSHED_O_ICAO = icaoOf('Ё');

/** Spellings of one word kept at each step, and at the end. */
const WORD_CANDIDATES = 2;

/**
 * Words read by a convention, kept: a name search reads the same common name words again and again, and reading one
 * is a pure function of the word that cost persons 4 % of its CPU under the benchmark's searches. About 0.3 KB each.
 */
const candidatesRead = new LRUCache<string, readonly Candidate[]>({ max: 20_000 });

/**
 * The ICAO 9303 spellings a word written by `table`'s convention may stand for, likeliest first, at most `count`:
 * read left to right, the longest spelling of the convention at each point (a letter it has no spelling for is kept
 * as it is). Frozen: the same array answers every later call for the word.
 */
function icaoCandidates(word: string, table: BackTable, count = WORD_CANDIDATES): readonly Candidate[] {
  const key = `${table.convention.name}\n${count}\n${word}`;
  let candidates = candidatesRead.get(key);
  if (!candidates) {
    candidates = Object.freeze(readWord(word, table, count).map((candidate) => Object.freeze(candidate)));
    candidatesRead.set(key, candidates);
  }
  return candidates;
}

/** `icaoCandidates` worked out, for the cache to keep. */
function readWord(word: string, table: BackTable, count: number): Candidate[] {
  let candidates: (Candidate & { last: string })[] = [{ text: '', cost: 0, distinctiveLetters: 0, last: '' }];
  let i = 0;
  while (i < word.length) {
    const reading =
      (i > 0
        ? table.endings.find(({ spelling }) => spelling.length === word.length - i && word.endsWith(spelling))
        : undefined) ?? table.byFirst.get(word[i])?.find(({ spelling }) => word.startsWith(spelling, i));
    const letters = reading ? reading.letters : [];
    const length = reading ? reading.spelling.length : 1;
    const hushedO = word[i] === 'O' && length === 1;
    const next: (Candidate & { last: string })[] = [];
    for (const candidate of candidates) {
      const choices = letters.map((letter, rank) => ({ letter, icao: reading!.icao[rank], cost: rank > 0 ? 1 : 0 }));
      if (hushedO && table.yoAsOAfter.has(candidate.last))
        choices.push({ letter: 'Ё', icao: HUSHED_O_ICAO, cost: HUSHED_O_COST });
      if (!choices.length) {
        next.push({
          text: candidate.text + word[i],
          cost: candidate.cost,
          distinctiveLetters: candidate.distinctiveLetters,
          last: '',
        });
        continue;
      }
      for (const choice of choices) {
        next.push({
          text: candidate.text + choice.icao,
          cost: candidate.cost + choice.cost,
          distinctiveLetters: candidate.distinctiveLetters + (reading?.distinctive ? length : 0),
          last: choice.letter[choice.letter.length - 1],
        });
      }
    }
    const kept = new Map<string, Candidate & { last: string }>();
    for (const candidate of next.sort((a, b) => a.cost - b.cost)) {
      const key = `${candidate.text}|${candidate.last}`;
      if (!kept.has(key)) kept.set(key, candidate);
      if (kept.size === count * 2) break;
    }
    candidates = [...kept.values()];
    i += length;
  }
  const seen = new Set<string>();
  return candidates
    .map((candidate) => ({ ...candidate, text: foldLatinWord(candidate.text) }))
    .filter((candidate) => candidate.text && !seen.has(candidate.text) && seen.add(candidate.text))
    .slice(0, count);
}

/**
 * Whether `table`'s convention may have written these upper-case words: they hold one of its distinctive spellings
 * and no letter it never writes (W, V, Š of another convention).
 */
function mayHaveWritten(table: BackTable, words: readonly string[]): boolean {
  return (
    table.distinctiveSpellings.some((spelling) => words.some((word) => word.includes(spelling))) &&
    !words.some((word) => [...word].some((letter) => TELLING_LETTERS.has(letter) && !table.inventory.has(letter)))
  );
}

/** A name as a national convention's reader would take it back to ICAO 9303 letters. */
export interface NationalSpelling {
  /** Upper-case A-Z words, in the typed order. */
  text: string;
  /** The convention the name was read as written by. */
  scheme: string;
}

/** At most this many ICAO readings of a name per convention: its likeliest, and the next with one other choice. */
const READINGS_PER_CONVENTION = 2;

/**
 * At most this many readings of a name in all (national and Maghreb): first those of the conventions that read the
 * most of its letters in their distinctive spellings (`isDistinctive`), each convention's likeliest reading before its
 * second. A convention that reads none of them offers no reading.
 */
export const MAX_NATIONAL_SPELLINGS = 8;

/**
 * The ICAO 9303 spellings a Latin name typed the way another country writes Cyrillic names may stand for: Alexander
 * Schewtschenko (German) → ALEXANDER SHEVCHENKO, Chevtchenko (French), Szewczenko (Polish), Ševčenko (Czech) and
 * Sjevtsjenko (Dutch) → SHEVCHENKO, Chrouchtchev, Chruschtschow → KHRUSHCHEV. Names that read the same as typed are
 * left out; the caller drops readings it already has.
 */
export function nationalSpellings(text: string): NationalSpelling[] {
  const words = nameWords(text).map((word) => word.toUpperCase());
  if (!words.length) return [];
  const typed = words.map((word) => foldLatinWord(word)).join(' ');
  const spellings: (NationalSpelling & { cost: number; distinctiveLetters: number })[] = [];
  const seen = new Set<string>([typed]);
  for (const table of BACK_TABLES) {
    if (!mayHaveWritten(table, words)) continue;
    const perWord = words.map((word) => icaoCandidates(word, table));
    const best = perWord.map((candidates) => candidates[0]);
    const distinctiveLetters = perWord.reduce((sum, candidates) => sum + (candidates[0]?.distinctiveLetters ?? 0), 0);
    if (!distinctiveLetters) continue;
    const readings = [{ words: best.map((candidate) => candidate?.text ?? ''), cost: 0 }];
    // The next likeliest: one word's second candidate, the cheapest such change.
    const second = perWord
      .map((candidates, w) => ({ w, candidate: candidates[1] }))
      .filter((entry) => entry.candidate)
      .sort((a, b) => a.candidate.cost - b.candidate.cost)[0];
    if (second) {
      readings.push({
        words: readings[0].words.map((word, w) => (w === second.w ? second.candidate.text : word)),
        cost: second.candidate.cost - (best[second.w]?.cost ?? 0),
      });
    }
    for (const reading of readings.slice(0, READINGS_PER_CONVENTION)) {
      const spelling = reading.words.filter(Boolean).join(' ');
      if (!spelling || seen.has(spelling)) continue;
      seen.add(spelling);
      spellings.push({ text: spelling, scheme: table.convention.name, cost: reading.cost, distinctiveLetters });
    }
  }
  return spellings
    .sort((a, b) => b.distinctiveLetters - a.distinctiveLetters || a.cost - b.cost)
    .slice(0, MAX_NATIONAL_SPELLINGS)
    .map(({ text, scheme }) => ({ text, scheme }));
}

/**
 * Readings of one word kept per convention by `nationalWordReadings`: a word with three ambiguous spellings has eight
 * (Italian Krusciov: K as К or Х, SCI as Ш or Щ, O after them as О or Ё).
 */
const WORD_READINGS = 8;

/**
 * Every ICAO 9303 spelling one typed word may stand for as written by a convention that reads some of its letters in
 * its distinctive spellings, up to WORD_READINGS per convention, likeliest first; the word itself left out. A name
 * search keeps those that are words of stored names, so that the dictionary, not the order of second choices, decides
 * which reading was meant (Krusciov → KHRUSHCHEV, a reading with three second choices).
 */
export function nationalWordReadings(word: string): string[] {
  const typed = word.toUpperCase();
  const folded = foldLatinWord(typed);
  const readings = new Set<string>();
  for (const table of BACK_TABLES) {
    if (!mayHaveWritten(table, [typed])) continue;
    const candidates = icaoCandidates(typed, table, WORD_READINGS);
    if (!candidates[0]?.distinctiveLetters) continue;
    for (const candidate of candidates) if (candidate.text !== folded) readings.add(candidate.text);
  }
  return [...readings];
}

/** How the French-speaking Maghreb writes Arabic names, read back to the English transcription (Wikipedia usage). */
const MAGHREB_SCHEME = 'French (Maghreb) spelling of an Arabic name';

/** Ben, Bin and Ibn (son of) stand for one another: Mohamed Ben Salmane, Muhammad bin Salman. */
const SON_OF = ['BIN', 'BEN', 'IBN'];

/**
 * The English-transcription readings of an Arabic name typed the French (Maghreb) way: a final -E after N or M
 * dropped (Abderrahmane, Othmane, Yassine), DJ as J (Djamel), CH as SH (Cherif), and Ben, Bin and Ibn for one
 * another. Only names that change are returned.
 */
export function maghrebSpellings(text: string): NationalSpelling[] {
  const words = nameWords(text).map((word) => foldLatinWord(word));
  const french = words.map((word) =>
    word
      .replace(/([AEIOU][NM])E$/, '$1')
      .replace(/DJ/g, 'J')
      .replace(/CH/g, 'SH'),
  );
  const readings = [french];
  const particle = french.findIndex((word) => SON_OF.includes(word));
  if (particle >= 0) {
    for (const other of SON_OF) {
      if (other !== french[particle]) readings.push(french.map((word, w) => (w === particle ? other : word)));
    }
  }
  const typed = words.join(' ');
  return [...new Set(readings.map((reading) => reading.join(' ')))]
    .filter((reading) => reading !== typed)
    .map((reading) => ({ text: reading, scheme: MAGHREB_SCHEME }));
}

/** How a reading by `belarusianReading` names its scheme. */
export const BELARUSIAN_SCHEME = 'the Belarusian form of the name (TI → TSI, DE → DZE, OV → OU, -ENKO → -ENKA)';

/** Of a name's Belarusian readings (`belarusianReading`), at most this many are searched, after the other readings. */
export const MAX_BELARUSIAN_READINGS = 2;

/**
 * A Russian name in ICAO 9303 letters as the Belarusian form of the same name transliterates (Belarusian
 * orthography writes): soft Т and Д as Ц and ДЗ (TI → TSI,
 * DE → DZE), В after a vowel before a consonant or at the end as Ў (OV → OU) and the Ukrainian-Belarusian -ENKO as
 * -ENKA. The press writes a Belarusian's name the Russian way (Lukashenko, Tikhanovskaya), the passport the
 * Belarusian way (LUKASHENKA, TSIKHANOUSKAYA). Null when nothing changes.
 */
export function belarusianReading(folded: string): string | null {
  const reading = folded
    .split(' ')
    .map((word) =>
      word
        .replace(/T(?=[IE])/g, 'TS')
        .replace(/D(?=[IE])/g, 'DZ')
        .replace(/([AEIOU])V(?=[^AEIOUY]|$)/g, '$1U')
        .replace(/ENKO$/, 'ENKA'),
    )
    .join(' ');
  return reading === folded ? null : reading;
}
