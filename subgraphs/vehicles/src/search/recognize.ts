import { typoIdentifiers } from '../../../../shared/identifier-typos';
import { normalizePlate, normalizeVin } from './normalize';
import { VIN_LENGTH, checkVinCheckDigit, isNorthAmericanVin, readVinLetters } from './vin';

export const PLATE_LENGTH = { min: 2, max: 10 };
/**
 * Lengths of a VIN's end an officer may know: anything from the last 5 characters (part of the serial number) to
 * the last 16 (all but the first), such as the last 6 (serial) or 8 (model year, plant, serial) SPEC 5.1 names.
 */
export const PARTIAL_VIN_LENGTH = { min: 5, max: VIN_LENGTH - 1 } as const;
/** A run typed with one character missing or extra from a VIN: read with a typo, as a run of 17 is. */
const VIN_TYPO_LENGTHS = [VIN_LENGTH - 1, VIN_LENGTH, VIN_LENGTH + 1];

/**
 * Most words a VIN or plate is typed in (`WVW ZZZ 1JZ XW 000001`, `B MW 1234`): bounds the runs tried to a few per
 * word, so a long text cannot produce thousands of candidates.
 */
export const MAX_RUN_WORDS = { VIN: 6, PLATE: 3 } as const;

/** Scores of the VIN rules, on the scale shared by the four search fields (1.0 = exact identifier match). */
export const VIN_SCORES = {
  /** Identical to the VIN as recorded, whatever its check digit says outside North America. */
  identical: 1.0,
  /** Factor for a North American VIN whose compulsory check digit does not compute: probably mistyped. */
  northAmericanCheckFailed: 0.85,
  /** I, O or Q typed and read as 1, 0, 0: the officer's likely meaning, not what was typed. */
  lettersRead: 0.9,
};

/**
 * The score of a VIN ending by its length: 0.05 a character up to the last 8 (6: 0.7, the serial number; 8: 0.8,
 * with model year and plant), as SPEC 5.1's two lengths always scored, then 0.01 a character up to 0.88 for the last
 * 16, below the I/O/Q reading of a whole VIN (0.9) and the VIN itself (1.0): a longer ending names fewer vehicles.
 */
export function partialVinScore(length: number): number {
  const score = length <= 8 ? 0.4 + 0.05 * length : 0.8 + 0.01 * (length - 8);
  return Math.round(score * 100) / 100;
}
export const PLATE_SCORE = 1.0;

/** One full VIN to look up: the normalized value, its score, how it was read from the text, and what to tell. */
export interface VinCandidate {
  vin: string;
  score: number;
  kind: 'NORMALIZED' | 'FUZZY';
  note: string | null;
}

/** What the free text of a vehicle search holds; each signal is one candidate branch of the ranking. */
export type VehicleSignal =
  | {
      kind: 'VIN';
      candidates: VinCandidate[];
      /** The runs as typed, so that a VIN identical to the recorded one is reported EXACT. */
      typed: string[];
    }
  /** Normalized VIN endings, of any length from 5 to 16, each scored by its length. */
  | { kind: 'PARTIAL_VIN'; endings: string[] }
  | { kind: 'PLATE'; normalized: string[]; typed: string[] }
  /** VINs and plates (normalized) read with one typo, when no record holds them: shared/identifier-typos.ts. */
  | { kind: 'VIN_TYPO'; typed: string[] }
  | { kind: 'PLATE_TYPO'; typed: string[] };

/**
 * Reads the free text of a vehicle search. Officers type identifiers with or without spaces and dashes, so runs of
 * consecutive words are tried, normalized:
 * - a run of up to 6 words that is 17 characters holding a digit is a full VIN (and, holding I, O or Q, also that VIN
 *   read with 1, 0, 0), scored by its check digit; ISO 3779 ends every VIN in digits, which keeps names such as
 *   `Anna Maria Eriksson` (17 letters) out;
 * - one word of 5 to 16 VIN characters ending in 4 digits is the end of a VIN (VIN serials end in digits, which
 *   keeps names like `Eriksson` out);
 * - a run of up to 3 words that is 2 to 10 letters and digits is a plate as `isPlateCandidate` says;
 * - from six characters on (shared/identifier-typos.ts), runs of 16 to 18 characters holding a digit (a VIN with one
 *   character missing, wrong or extra; with I, O and Q also read as 1, 0, 0) and the plates are read with one typo.
 * A name, a name and a year, or a substance word holds none of these: such a text gives no signal, and no SQL.
 */
export function recognizeVehicleText(text: string): VehicleSignal[] {
  const vins = new Map<string, VinCandidate>();
  const vinsTyped = new Set<string>();
  const endings = new Set<string>();
  const vinTypos = new Set<string>();
  const plates = new Set<string>();
  const platesTyped = new Set<string>();
  const words = [...text.matchAll(/[^\s,;]+/g)];
  for (let first = 0; first < words.length; first++) {
    const ending = partialVinEnding(words[first][0]);
    if (ending) endings.add(ending);
    const runEnd = Math.min(words.length, first + Math.max(MAX_RUN_WORDS.VIN, MAX_RUN_WORDS.PLATE));
    for (let last = first; last < runEnd; last++) {
      const typed = text.slice(words[first].index, words[last].index + words[last][0].length);
      const runWords = last - first + 1;
      const vin = normalizeVin(typed);
      const plate = normalizePlate(typed);
      const vinLike = runWords <= MAX_RUN_WORDS.VIN && /\d/.test(vin);
      if (vin.length === VIN_LENGTH && vinLike) {
        vinsTyped.add(typed);
        for (const candidate of vinCandidates(vin)) {
          const known = vins.get(candidate.vin);
          if (!known || known.score < candidate.score) vins.set(candidate.vin, candidate);
        }
      }
      if (vinLike && isVinTypoCandidate(vin)) vinTypos.add(vin).add(readVinLetters(vin));
      const wholeText = first === 0 && last === words.length - 1;
      const acrossNameWord = words.slice(first, last + 1).some((word) => NAME_WORD.test(word[0]));
      if (runWords <= MAX_RUN_WORDS.PLATE && isPlateCandidate(plate, wholeText, acrossNameWord)) {
        plates.add(plate);
        platesTyped.add(typed);
      }
      // Runs only grow as words are added: stop once too long for either identifier.
      if (vin.length > VIN_LENGTH + 1 && plate.length > PLATE_LENGTH.max) break;
    }
  }
  const signals: VehicleSignal[] = [];
  if (vins.size) signals.push({ kind: 'VIN', candidates: [...vins.values()], typed: [...vinsTyped] });
  if (endings.size) signals.push({ kind: 'PARTIAL_VIN', endings: [...endings] });
  if (plates.size) signals.push({ kind: 'PLATE', normalized: [...plates], typed: [...platesTyped] });
  // Whole VINs first: a long text's runs of 16 or 18 characters are more often words run together.
  const byLength = [...vinTypos].sort((a, b) => Math.abs(a.length - VIN_LENGTH) - Math.abs(b.length - VIN_LENGTH));
  const typos = { VIN_TYPO: typoIdentifiers(byLength), PLATE_TYPO: typoIdentifiers(plates) };
  for (const kind of ['VIN_TYPO', 'PLATE_TYPO'] as const) {
    if (typos[kind].length) signals.push({ kind, typed: typos[kind] });
  }
  return signals;
}

/**
 * Whether a vehicle search reads anything in the text (a VIN, a VIN's end or a plate). When it reads nothing, the
 * search answers no hits without SQL, which lets the gateway answer it without sending it (gateway/src/search-routing.ts).
 */
export function vehicleSearchReads(text: string): boolean {
  return recognizeVehicleText(text.trim()).length > 0;
}

/**
 * The full-VIN lookups a normalized 17-character run stands for: itself (the identifier as recorded, even if it holds
 * I, O or Q, as a mistyped record may) and, when it holds I, O or Q, the VIN read with 1, 0, 0 instead.
 */
export function vinCandidates(vin: string): VinCandidate[] {
  const candidates = [scoreVin(vin, VIN_SCORES.identical, 'NORMALIZED', [])];
  const read = readVinLetters(vin);
  if (read !== vin) candidates.push(scoreVin(read, VIN_SCORES.lettersRead, 'FUZZY', ['I/O/Q read as 1/0/0']));
  return candidates;
}

function scoreVin(vin: string, score: number, kind: VinCandidate['kind'], notes: string[]): VinCandidate {
  const check = checkVinCheckDigit(vin);
  if (check && !check.valid) {
    const digits = `expected ${check.expected}, found ${check.found}`;
    if (isNorthAmericanVin(vin)) {
      score *= VIN_SCORES.northAmericanCheckFailed;
      notes.push(`check digit does not compute (${digits}): compulsory for North American VINs, verify the VIN`);
    } else {
      notes.push(`check digit does not compute (${digits}): not compulsory outside North America`);
    }
  }
  return { vin, score, kind, note: notes.length ? notes.join('; ') : null };
}

/** The normalized word when it can be the last 5 to 16 characters of a VIN: VIN characters, the last 4 digits. */
export function partialVinEnding(word: string): string | undefined {
  const ending = normalizeVin(word);
  const lengthFits = ending.length >= PARTIAL_VIN_LENGTH.min && ending.length <= PARTIAL_VIN_LENGTH.max;
  return lengthFits && /^[A-HJ-NPR-Z0-9]*[0-9]{4}$/.test(ending) ? ending : undefined;
}

/**
 * Whether a normalized run of 16 to 18 characters can be a VIN typed with one typo: at most one I, O or Q (a VIN
 * holds none) and not letters followed by digits or the other way round, as a name beside a date is
 * (`Anna Berg 19740321`), where a VIN mixes them from its first characters on.
 */
export function isVinTypoCandidate(vin: string): boolean {
  if (!VIN_TYPO_LENGTHS.includes(vin.length) || (vin.match(/[IOQ]/g)?.length ?? 0) > 1) return false;
  return !/^([A-Z]+\d+|\d+[A-Z]+)$/.test(vin);
}

/** Letters only, four or more: a name or a word, where a plate's letter groups have one to three (Ontario's four). */
const NAME_WORD = /^\p{L}{4,}$/u;

/**
 * Whether a normalized run of words can be a plate. Plates hold a digit: letters alone are names and words
 * (`Eriksson`, `cocaine`, `Иван Петров`), and no plate format of the seed is letters only (a personalised plate
 * can be: `checkVehicle` finds it). Digits alone (Luxembourg, Jordan) and a run across a word of four letters
 * or more (Ontario's `ABCD 123`, but mostly a name beside a year: `Roșu 1983`) count only as the whole text.
 */
export function isPlateCandidate(plate: string, wholeText: boolean, acrossNameWord = false): boolean {
  if (plate.length < PLATE_LENGTH.min || plate.length > PLATE_LENGTH.max || !/\d/.test(plate)) return false;
  return wholeText || (/[A-Z]/.test(plate) && !acrossNameWord);
}
