import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a date lies in years 1 to 9999: what PostgreSQL's date and timestamptz columns and ISO 8601 without an
 * expanded year both hold (year 0 and year 275760 are valid JavaScript dates but no PostgreSQL value).
 */
export function inStoredRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
}

function parseDateValue(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || !inStoredRange(new Date(value))) {
    throw badUserInput(`Date must be YYYY-MM-DD in years 0001 to 9999, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseDateTimeValue(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || !inStoredRange(date))
    throw badUserInput(`DateTime must be ISO 8601 in years 0001 to 9999, got ${JSON.stringify(value)}`);
  return date;
}

export const scalarResolvers = {
  Date: new GraphQLScalarType<string, string>({
    name: 'Date',
    serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDateValue(value)),
    parseValue: parseDateValue,
    parseLiteral: (ast) => parseDateValue(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType<Date, string>({
    name: 'DateTime',
    serialize: (value) => (value instanceof Date ? value : parseDateTimeValue(value)).toISOString(),
    parseValue: parseDateTimeValue,
    parseLiteral: (ast) => parseDateTimeValue(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  // Output only (the state of a record in `RecordVersion.data`): no argument takes JSON.
  JSON: new GraphQLScalarType<unknown, unknown>({
    name: 'JSON',
    serialize: (value) => value,
    parseValue: () => {
      throw badUserInput('JSON values are output only');
    },
    parseLiteral: () => {
      throw badUserInput('JSON values are output only');
    },
  }),
};
