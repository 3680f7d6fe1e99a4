import { normalizePlate, normalizeVin } from './normalize';
import { VIN_LENGTH, checkVinCheckDigit, isNorthAmericanVin, readVinLetters } from './vin';

export const PLATE_LENGTH = { min: 2, max: 10 };
/** Lengths of a VIN's end an officer may know: the last 8 (model year, plant, serial) or the last 6 (serial). */
export const PARTIAL_VIN_LENGTHS = [8, 6] as const;
export type PartialVinLength = (typeof PARTIAL_VIN_LENGTHS)[number];

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
  partial: { 8: 0.8, 6: 0.7 } satisfies Record<PartialVinLength, number>,
};
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
  | { kind: 'PARTIAL_VIN'; length: PartialVinLength; endings: string[] }
  | { kind: 'PLATE'; normalized: string[]; typed: string[] };

/**
 * Reads the free text of a vehicle search. Officers type identifiers with or without spaces and dashes, so runs of
 * consecutive words are tried, normalized:
 * - a run of up to 6 words that is 17 characters holding a digit is a full VIN (and, holding I, O or Q, also that VIN
 *   read with 1, 0, 0), scored by its check digit; ISO 3779 ends every VIN in digits, which keeps names such as
 *   `Anna Maria Eriksson` (17 letters) out;
 * - one word of exactly 8 or 6 characters ending in 4 digits is the end of a VIN (VIN serials end in digits, which
 *   keeps names like `Eriksson` out);
 * - a run of up to 3 words that is 2 to 10 letters and digits is a plate as `isPlateCandidate` says.
 * A name, a name and a year, or a substance word holds none of these: such a text gives no signal, and no SQL.
 */
export function recognizeVehicleText(text: string): VehicleSignal[] {
  const vins = new Map<string, VinCandidate>();
  const vinsTyped = new Set<string>();
  const endings = new Map<PartialVinLength, Set<string>>(PARTIAL_VIN_LENGTHS.map((length) => [length, new Set()]));
  const plates = new Set<string>();
  const platesTyped = new Set<string>();
  const words = [...text.matchAll(/[^\s,;]+/g)];
  for (let first = 0; first < words.length; first++) {
    const ending = partialVinEnding(words[first][0]);
    if (ending) endings.get(ending.length as PartialVinLength)!.add(ending);
    const runEnd = Math.min(words.length, first + Math.max(MAX_RUN_WORDS.VIN, MAX_RUN_WORDS.PLATE));
    for (let last = first; last < runEnd; last++) {
      const typed = text.slice(words[first].index, words[last].index + words[last][0].length);
      const runWords = last - first + 1;
      const vin = normalizeVin(typed);
      const plate = normalizePlate(typed);
      if (vin.length === VIN_LENGTH && runWords <= MAX_RUN_WORDS.VIN && /\d/.test(vin)) {
        vinsTyped.add(typed);
        for (const candidate of vinCandidates(vin)) {
          const known = vins.get(candidate.vin);
          if (!known || known.score < candidate.score) vins.set(candidate.vin, candidate);
        }
      }
      const wholeText = first === 0 && last === words.length - 1;
      const acrossNameWord = words.slice(first, last + 1).some((word) => NAME_WORD.test(word[0]));
      if (runWords <= MAX_RUN_WORDS.PLATE && isPlateCandidate(plate, wholeText, acrossNameWord)) {
        plates.add(plate);
        platesTyped.add(typed);
      }
      // Runs only grow as words are added: stop once too long for either identifier.
      if (vin.length > VIN_LENGTH && plate.length > PLATE_LENGTH.max) break;
    }
  }
  const signals: VehicleSignal[] = [];
  if (vins.size) signals.push({ kind: 'VIN', candidates: [...vins.values()], typed: [...vinsTyped] });
  for (const [length, found] of endings) {
    if (found.size) signals.push({ kind: 'PARTIAL_VIN', length, endings: [...found] });
  }
  if (plates.size) signals.push({ kind: 'PLATE', normalized: [...plates], typed: [...platesTyped] });
  return signals;
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

/** The normalized word when it can be the last 8 or 6 characters of a VIN: VIN characters, the last 4 digits. */
export function partialVinEnding(word: string): string | undefined {
  const ending = normalizeVin(word);
  const lengthFits = (PARTIAL_VIN_LENGTHS as readonly number[]).includes(ending.length);
  return lengthFits && /^[A-HJ-NPR-Z0-9]*[0-9]{4}$/.test(ending) ? ending : undefined;
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
