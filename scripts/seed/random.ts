import seedrandom from 'seedrandom';

/**
 * The fixed "now" of generated data: dates are drawn relative to it, never to the clock, so that a seed always
 * yields the same rows. Records that should not have lapsed expire years after it.
 */
export const SEED_EPOCH = Date.UTC(2026, 0, 1);
export const DAY_MS = 86_400_000;

/** Kinds of generated record; each has its own id space and its own random stream per record. */
export type RecordKind =
  'person' | 'alert' | 'document' | 'document-batch' | 'vehicle' | 'seizure' | 'seizure-person' | 'seizure-vehicle';

// Distinct UUID nibbles per kind so that ids never collide across kinds, whatever the seed hash gives.
const KIND_CODES: Record<RecordKind, string> = {
  person: '101',
  alert: '102',
  document: '201',
  'document-batch': '202',
  vehicle: '301',
  seizure: '401',
  'seizure-person': '402',
  'seizure-vehicle': '403',
};

/** 32-bit FNV-1a of a string: a cheap, stable hash for id prefixes. */
export function hash32(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0').slice(-digits);

/**
 * Record ids: UUID-v4-shaped strings made of a hash of (seed, kind) and the record's index, so that any record can
 * point at person or vehicle `i` without the generator keeping records in memory. Within a kind the ids ascend
 * with the index, which keeps primary-key inserts at the right edge of the B-tree during bulk loads.
 */
export class IdSpace {
  private readonly prefix: string;

  constructor(seed: number, kind: RecordKind) {
    const a = hash32(`${seed}/${kind}/a`);
    const b = hash32(`${seed}/${kind}/b`);
    // xxxxxxxx-xxxx-4kkk-Vxxx-iiiiiiiiiiii, V one of 8 9 a b (the RFC 4122 variant).
    this.prefix = `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${KIND_CODES[kind]}-${hex(8 + (b & 3), 1)}${hex(b >>> 4, 3)}-`;
  }

  id(index: number): string {
    return this.prefix + hex(index, 12);
  }
}

export type Random = seedrandom.PRNG;

/** The random stream of one record: the same (seed, kind, index) always draws the same numbers. */
export function recordRandom(seed: number, kind: RecordKind, index: number): Random {
  return seedrandom.alea(`${seed}/${kind}/${index}`);
}

/** Uniform integer in [min, max]. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: ArrayLike<T>): T {
  return items[Math.floor(random() * items.length)];
}

/** Up to `count` distinct items, in drawing order. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen: T[] = [];
  for (let attempts = 0; chosen.length < Math.min(count, items.length) && attempts < count * 8; attempts++) {
    const item = pick(random, items);
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

/** A weighted choice table, built once and drawn from with one random number. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  draw(random: Random): T {
    const target = random() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}

/** Log-uniform number in [min, max]: small quantities are common, big ones rare. */
export function logUniform(random: Random, min: number, max: number): number {
  return Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min)));
}

/** A date (ms since epoch, at midnight UTC) uniformly between two dates. */
export function dayBetween(random: Random, fromMs: number, toMs: number): number {
  const days = Math.max(0, Math.floor((toMs - fromMs) / DAY_MS));
  return fromMs - (fromMs % DAY_MS) + int(random, 0, days) * DAY_MS;
}

// Formatting dates is a hot spot of the bulk load: day strings are cached (a few tens of thousands of days at most).
const DAY_STRINGS = new Map<number, string>();
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

function dayString(day: number): string {
  let text = DAY_STRINGS.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    DAY_STRINGS.set(day, text);
  }
  return text;
}

/** YYYY-MM-DD (UTC). */
export function isoDate(ms: number): string {
  return dayString(Math.floor(ms / DAY_MS));
}

/** `YYYY-MM-DD HH:MM:SS+00`, to the second, as PostgreSQL reads a timestamptz. */
export function isoTimestamp(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${dayString(day)} ${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds % 60]}+00`;
}

export function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
