import { badUserInput } from './errors';
import { JURISDICTION_CODES } from './jurisdictions';
import { isCountryCode, isUuid, MIN_YEAR, parsePartialDate } from './validation';
import { inStoredRange } from './scalars';

/** A record as a client wrote it: a mutation's `input` argument or the `record` of a bulk-import line. */
export type InputObject = Record<string, unknown>;

/** Free text fields (places, makes, colours) are at most this long unless a field says otherwise. */
export const MAX_TEXT_LENGTH = 200;

interface Presence {
  /** Refuse a missing or null value (BAD_USER_INPUT naming the field). */
  required?: boolean;
}

/**
 * Reads the fields of one input object and refuses bad values with BAD_USER_INPUT naming the field at fault in
 * `extensions.argument` (`input.issuingCountry`, `record.route.origin`), and in the message. The same reader serves
 * the GraphQL mutations, whose values GraphQL has already typed, and the bulk import, whose values are raw JSON: it
 * checks types itself, so both paths accept and refuse exactly the same records.
 *
 * Missing and `null` are the same: no value. Strings are trimmed; an empty optional string is no value.
 */
export class InputReader {
  private constructor(
    readonly input: InputObject,
    /** Where this object sits: `input`, `record`, `input.handling`. */
    readonly path: string,
  ) {}

  /** The reader of `value`, which must be an object. */
  static of(value: unknown, path: string): InputReader {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw badUserInput(`${path} must be an object`, path);
    }
    return new InputReader(value as InputObject, path);
  }

  /** The argument name of a field, e.g. `input.vin`. */
  at(field: string): string {
    return `${this.path}.${field}`;
  }

  /** True when the field holds a value (not missing, not null). */
  has(field: string): boolean {
    return this.input[field] !== undefined && this.input[field] !== null;
  }

  /** Refuses fields other than `allowed` (GraphQL does this for mutations; NDJSON lines may hold anything). */
  onlyFields(allowed: readonly string[], what: string): void {
    for (const field of Object.keys(this.input)) {
      if (!allowed.includes(field)) {
        throw badUserInput(
          `${this.at(field)} is not a field of ${what} (fields: ${allowed.join(', ')})`,
          this.at(field),
        );
      }
    }
  }

  private present(field: string, options: Presence): unknown {
    const value = this.input[field];
    if (value === undefined || value === null) {
      if (options.required) throw badUserInput(`${this.at(field)} is required`, this.at(field));
      return undefined;
    }
    return value;
  }

  string(field: string, options: Presence & { max?: number; pattern?: RegExp; expected?: string } = {}): string | null {
    const value = this.present(field, options);
    if (value === undefined) return null;
    if (typeof value !== 'string') throw badUserInput(`${this.at(field)} must be a string`, this.at(field));
    const text = value.trim();
    if (!text) {
      if (options.required) throw badUserInput(`${this.at(field)} must not be empty`, this.at(field));
      return null;
    }
    const max = options.max ?? MAX_TEXT_LENGTH;
    if (text.length > max) {
      throw badUserInput(`${this.at(field)} must be at most ${max} characters, got ${text.length}`, this.at(field));
    }
    if (options.pattern && !options.pattern.test(text)) {
      throw badUserInput(
        `${this.at(field)} must be ${options.expected ?? `of the form ${options.pattern}`}, got '${clip(text)}'`,
        this.at(field),
      );
    }
    return text;
  }

  /** One of `values`; `fallback` when missing. */
  enumOf<T extends string>(field: string, values: readonly T[], options: Presence & { fallback?: T } = {}): T | null {
    const value = this.present(field, { required: options.required && options.fallback === undefined });
    if (value === undefined) return options.fallback ?? null;
    if (typeof value !== 'string' || !values.includes(value as T)) {
      throw badUserInput(`${this.at(field)} must be one of ${values.join(', ')}, got ${show(value)}`, this.at(field));
    }
    return value as T;
  }

  /** An ISO 3166-1 alpha-2 country code, upper-cased. */
  country(field: string, options: Presence = {}): string | null {
    const value = this.string(field, { ...options, max: 40 });
    if (value === null) return null;
    const code = value.toUpperCase();
    if (!isCountryCode(code)) {
      throw badUserInput(
        `${this.at(field)} must be an ISO 3166-1 alpha-2 country code, got '${clip(value)}'`,
        this.at(field),
      );
    }
    return code;
  }

  /** A list of ISO 3166-1 alpha-2 country codes (or of Liaison jurisdictions), upper-cased, without repeats. */
  countries(field: string, options: { jurisdictionsOnly?: boolean; max?: number } = {}): string[] {
    const items = this.list(field, options.max ?? 50);
    const codes = items.map((item, index) => {
      const code = typeof item === 'string' ? item.trim().toUpperCase() : '';
      const valid = options.jurisdictionsOnly ? JURISDICTION_CODES.has(code) : isCountryCode(code);
      if (!valid) {
        const expected = options.jurisdictionsOnly
          ? 'the ISO 3166-1 alpha-2 code of a Liaison jurisdiction'
          : 'an ISO 3166-1 alpha-2 country code';
        throw badUserInput(`${this.at(field)}[${index}] must be ${expected}, got ${show(item)}`, this.at(field));
      }
      return code;
    });
    return [...new Set(codes)];
  }

  /** A calendar date `YYYY-MM-DD`; `notInFuture` refuses dates after today (events that already happened). */
  date(field: string, options: Presence & { notInFuture?: boolean } = {}): string | null {
    const value = this.present(field, options);
    if (value === undefined) return null;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
      throw badUserInput(`${this.at(field)} must be a date YYYY-MM-DD, got ${show(value)}`, this.at(field));
    }
    parsePartialDate(text, this.at(field));
    // One day of slack: it is already tomorrow east of UTC.
    if (options.notInFuture && text > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)) {
      throw badUserInput(`${this.at(field)} must not be in the future, got ${text}`, this.at(field));
    }
    return text.trim();
  }

  /** An instant, ISO 8601 (`2030-01-31T00:00:00Z`; a bare date is midnight UTC). */
  dateTime(field: string, options: Presence = {}): Date | null {
    const value = this.present(field, options);
    if (value === undefined) return null;
    const valid =
      value instanceof Date ||
      (typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i.test(value.trim()));
    const date = valid ? new Date(value instanceof Date ? value.getTime() : (value as string).trim()) : undefined;
    if (!date || !inStoredRange(date) || date.getUTCFullYear() < MIN_YEAR) {
      throw badUserInput(
        `${this.at(field)} must be an ISO 8601 date-time in years ${MIN_YEAR} to 9999, got ${show(value)}`,
        this.at(field),
      );
    }
    return date;
  }

  integer(field: string, options: Presence & { min: number; max: number; fallback?: number }): number | null {
    const value = this.present(field, { required: options.required && options.fallback === undefined });
    if (value === undefined) return options.fallback ?? null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < options.min || value > options.max) {
      throw badUserInput(
        `${this.at(field)} must be a whole number from ${options.min} to ${options.max}, got ${show(value)}`,
        this.at(field),
      );
    }
    return value;
  }

  /** A finite number within `min` (or above `above`) and `max`. */
  number(field: string, options: Presence & { min?: number; above?: number; max?: number } = {}): number | null {
    const value = this.present(field, options);
    if (value === undefined) return null;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (options.min === undefined || value >= options.min) &&
      (options.above === undefined || value > options.above) &&
      (options.max === undefined || value <= options.max);
    if (!ok) {
      const bounds = [
        options.min !== undefined ? `≥ ${options.min}` : '',
        options.above !== undefined ? `> ${options.above}` : '',
        options.max !== undefined ? `≤ ${options.max}` : '',
      ].filter(Boolean);
      throw badUserInput(
        `${this.at(field)} must be a number${bounds.length ? ` ${bounds.join(' and ')}` : ''}, got ${show(value)}`,
        this.at(field),
      );
    }
    return value as number;
  }

  /** A record id (UUID), lower-cased. */
  id(field: string, options: Presence = {}): string | null {
    const value = this.present(field, options);
    if (value === undefined) return null;
    if (!isUuid(value)) throw badUserInput(`${this.at(field)} must be a UUID, got ${show(value)}`, this.at(field));
    return value.toLowerCase();
  }

  /** A list of record ids (UUIDs), lower-cased, without repeats, sorted. */
  ids(field: string, options: { max: number }): string[] {
    const ids = this.list(field, options.max).map((item, index) => {
      if (!isUuid(item))
        throw badUserInput(`${this.at(field)}[${index}] must be a UUID, got ${show(item)}`, this.at(field));
      return item.toLowerCase();
    });
    return [...new Set(ids)].sort();
  }

  /** A list of texts, each trimmed and checked like `string` (empty ones refused), without repeats. */
  strings(field: string, options: { max: number; maxLength?: number; pattern?: RegExp; expected?: string }): string[] {
    const texts = this.list(field, options.max).map((item, index) => {
      const text = typeof item === 'string' ? item.trim() : '';
      const at = `${this.at(field)}[${index}]`;
      if (!text) throw badUserInput(`${at} must be a non-empty string, got ${show(item)}`, this.at(field));
      const max = options.maxLength ?? MAX_TEXT_LENGTH;
      if (text.length > max) throw badUserInput(`${at} must be at most ${max} characters`, this.at(field));
      if (options.pattern && !options.pattern.test(text)) {
        throw badUserInput(
          `${at} must be ${options.expected ?? `of the form ${options.pattern}`}, got ${show(item)}`,
          this.at(field),
        );
      }
      return text;
    });
    return [...new Set(texts)];
  }

  /** A list of values of `values`, without repeats, in the order of `values`. */
  enumsOf<T extends string>(field: string, values: readonly T[]): T[] {
    const items = this.list(field, values.length * 2);
    items.forEach((item, index) => {
      if (typeof item !== 'string' || !values.includes(item as T)) {
        throw badUserInput(
          `${this.at(field)}[${index}] must be one of ${values.join(', ')}, got ${show(item)}`,
          this.at(field),
        );
      }
    });
    return values.filter((value) => items.includes(value));
  }

  /** The readers of a list of objects (`alerts`), each naming its place in errors (`input.alerts[1].kind`). */
  objects(field: string, options: { max: number }): InputReader[] {
    return this.list(field, options.max).map((item, index) => InputReader.of(item, `${this.at(field)}[${index}]`));
  }

  /** The reader of a nested object, or null when missing. */
  object(field: string, options: Presence = {}): InputReader | null {
    const value = this.present(field, options);
    return value === undefined ? null : InputReader.of(value, this.at(field));
  }

  private list(field: string, max: number): unknown[] {
    const value = this.present(field, {});
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw badUserInput(`${this.at(field)} must be a list`, this.at(field));
    if (value.length > max) {
      throw badUserInput(`${this.at(field)} may hold at most ${max} entries, got ${value.length}`, this.at(field));
    }
    return value;
  }
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${clip(value)}'`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : clip(json);
}
