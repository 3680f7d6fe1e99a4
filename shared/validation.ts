import { badUserInput } from './errors';
import { JURISDICTION_CODES } from './jurisdictions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A record id must be a UUID; anything else is refused before it reaches SQL. */
export function parseId(value: string, argument = 'id'): string {
  if (!isUuid(value)) throw badUserInput(`${argument} must be a UUID, got '${truncate(value)}'`, argument);
  return value.toLowerCase();
}

/** Longest free text a search reads: a full TD1 MRZ (90) with a name, a VIN and a substance fits four times over. */
export const MAX_SEARCH_TEXT_LENGTH = 400;
/** Most words a search text may hold: each word is looked up, so the work of a search is bounded by this. */
export const MAX_SEARCH_TEXT_WORDS = 32;

/** A search's free text, bounded in length and words (BAD_USER_INPUT beyond); absent or blank is undefined. */
export function parseSearchText(text: string | null | undefined, argument = 'text'): string | undefined {
  if (text == null || !text.trim()) return undefined;
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw badUserInput(
      `${argument} must be at most ${MAX_SEARCH_TEXT_LENGTH} characters, got ${text.length}`,
      argument,
    );
  }
  const words = text.trim().split(/\s+/).length;
  if (words > MAX_SEARCH_TEXT_WORDS) {
    throw badUserInput(`${argument} must hold at most ${MAX_SEARCH_TEXT_WORDS} words, got ${words}`, argument);
  }
  return text;
}

/** 1 to `max` record ids (UUIDs), each checked as `parseId` checks one (errors name `ids[3]`). */
export function parseIds(values: readonly string[], argument: string, max = 100): string[] {
  if (values.length < 1 || values.length > max) {
    throw badUserInput(`${argument} must hold 1 to ${max} ids, got ${values.length}`, argument);
  }
  return values.map((value, i) => parseId(value, `${argument}[${i}]`));
}

/** Owner jurisdictions filter: known Liaison jurisdictions only; empty or absent means all. */
export function parseJurisdictions(codes: readonly string[] | null | undefined, argument = 'jurisdictions'): string[] {
  if (!codes) return [];
  return codes.map((raw) => {
    const code = raw.trim().toUpperCase();
    if (!JURISDICTION_CODES.has(code)) {
      throw badUserInput(
        `unknown jurisdiction code '${truncate(raw)}' (ISO 3166-1 alpha-2 of a Liaison member)`,
        argument,
      );
    }
    return code;
  });
}

/** Region codes the display names know that are no country: unions, the world's regions, CLDR's test codes. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * The ISO 3166-1 alpha-2 codes of countries and territories (and XK, Kosovo): the two-letter codes the display names
 * know, looked up once (a lookup costs more than the rest of a check's validation).
 */
const COUNTRY_CODES: ReadonlySet<string> = new Set(
  Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(
    (code) => !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code,
  ),
);

/** True for an ISO 3166-1 alpha-2 code (upper case) of a country or territory (and XK, Kosovo). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** Any ISO 3166-1 alpha-2 country code (issuing countries, nationalities, registration countries). */
export function parseCountry(raw: string | null | undefined, argument: string): string | undefined {
  if (raw == null) return undefined;
  const code = raw.trim().toUpperCase();
  if (!isCountryCode(code)) {
    throw badUserInput(`'${truncate(raw)}' is not an ISO 3166-1 alpha-2 country code`, argument);
  }
  return code;
}

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked to be a real calendar date. */
/** The earliest year a date may name: no record of Liaison's is about an earlier event. */
export const MIN_YEAR = 1800;

export function parsePartialDate(raw: string, argument: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!match) throw badUserInput(`${argument} must be YYYY, YYYY-MM or YYYY-MM-DD, got '${truncate(raw)}'`, argument);
  const [year, month, day] = [
    Number(match[1]),
    match[2] ? Number(match[2]) : undefined,
    match[3] ? Number(match[3]) : undefined,
  ];
  // Earlier years are typing errors here, and JavaScript reads years below 100 as 19xx.
  if (year < MIN_YEAR)
    throw badUserInput(`${argument} must be a year from ${MIN_YEAR}, got '${truncate(raw)}'`, argument);
  if (month !== undefined && (month < 1 || month > 12))
    throw badUserInput(`${argument} has no month ${month}`, argument);
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, month! - 1, day));
    if (date.getUTCDate() !== day) throw badUserInput(`${argument} is not a calendar date: '${raw}'`, argument);
  }
  return { year, month, day };
}

/** A full `YYYY-MM-DD` date. */
export function parseDate(raw: string | null | undefined, argument: string): string | undefined {
  if (raw == null) return undefined;
  const parsed = parsePartialDate(raw, argument);
  if (parsed.day === undefined) throw badUserInput(`${argument} must be a full date YYYY-MM-DD`, argument);
  return raw.trim();
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A lone surrogate: half of a character, which no name, number or text holds and UTF-8 cannot carry. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A NUL (PostgreSQL's text refuses it) or a lone surrogate. */
export function hasUnsafeCharacter(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/**
 * Where the first string holding a NUL or a lone surrogate is in a JSON value: `path` with `.key` and `[i]` added
 * (`topKey` names a key of the top object), or undefined when there is none.
 */
export function unsafeStringPath(
  value: unknown,
  path: string,
  topKey: (key: string) => string = (key) => key,
): string | undefined {
  if (typeof value === 'string') return hasUnsafeCharacter(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = unsafeStringPath(value[i], `${path}[${i}]`, topKey);
      if (inner) return inner;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const at = unsafeStringPath(inner, path ? `${path}.${key}` : topKey(key), topKey);
      if (at) return at;
    }
  }
  return undefined;
}
