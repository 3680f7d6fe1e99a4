import { badUserInput } from '../../../shared/errors';
import { parsePartialDate, type PartialDate } from '../../../shared/validation';

/** The columns a full or partial date of birth is stored in. */
export interface DateOfBirthColumns {
  dobYear: number | null;
  dobMonth: number | null;
  dobDay: number | null;
}

/** Dates of birth before this year are refused as typing errors (and the search does not read them). */
export const EARLIEST_BIRTH_YEAR = 1900;

/** `1974`, `1974-03` or `1974-03-21` as stored, or null. */
export function formatDateOfBirth({ dobYear, dobMonth, dobDay }: DateOfBirthColumns): string | null {
  if (!dobYear) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(dobYear), dobMonth && pad(dobMonth), dobMonth && dobDay && pad(dobDay)].filter(Boolean).join('-');
}

/**
 * A full or partial date of birth (`1974`, `1974-03`, `1974-03-21`): a real calendar date, from 1900, and not in the
 * future (a partial date may include today).
 */
export function parseDateOfBirth(text: string, argument: string): DateOfBirthColumns {
  const { year, month, day } = parsePartialDate(text, argument);
  if (year < EARLIEST_BIRTH_YEAR) {
    throw badUserInput(`${argument} must be ${EARLIEST_BIRTH_YEAR} or later, got '${text}'`, argument);
  }
  // One day of slack: it is already tomorrow east of UTC.
  const firstDay = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (firstDay > Date.now() + 86_400_000)
    throw badUserInput(`${argument} must not be in the future, got '${text}'`, argument);
  return { dobYear: year, dobMonth: month ?? null, dobDay: day ?? null };
}

/** The first and last day (`YYYY-MM-DD`) a full or partial date stands for: `1974-03` is 1974-03-01 to 1974-03-31. */
export function daysOf(date: PartialDate): { first: string; last: string } {
  const first = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const last = date.day ? first : date.month ? Date.UTC(date.year, date.month, 0) : Date.UTC(date.year, 11, 31);
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { first: isoDay(first), last: isoDay(last) };
}
