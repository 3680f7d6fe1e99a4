// The benchmark's inputs, sampled from the database under test (never hard-coded): texts for UnifiedSearch, including
// the hard cases (common names alone, names in their original script, names no one bears, partial VINs, texts that
// match nothing), and arguments for the hit/no-hit checks, in a fixed interleaved order so that any stretch of the
// cycle mixes kinds.
// Every query is cheap at 10M rows: page samples (TABLESAMPLE SYSTEM) and index lookups, no full scans.
import type { Client } from 'pg';
import seedrandom from 'seedrandom';
import { VISIBLE_SQL } from '../test/eval/harness';
import { queryForms } from '../subgraphs/persons/src/search/variants';

export const UNIFIED_KINDS = [
  'name + year of birth',
  'common given name',
  'common family name',
  'name in original script',
  'name no one bears',
  'document number',
  'MRZ',
  'VIN',
  'VIN (last 8)',
  'VIN (last 6)',
  'plate',
  'substance',
  'no match: letters',
  'no match: digits',
] as const;
export type UnifiedKind = (typeof UNIFIED_KINDS)[number];

export interface UnifiedInput {
  kind: UnifiedKind;
  text: string;
}

export type CheckInput =
  | { kind: 'checkDocument'; hit: boolean; args: { number: string; issuingCountry: string } }
  | { kind: 'checkVehicle'; hit: boolean; args: { vin?: string; plate?: string; registrationCountry?: string } }
  | { kind: 'checkPerson'; hit: boolean; args: { name: string; dateOfBirth?: string } };

export interface Inputs {
  unified: UnifiedInput[];
  checks: CheckInput[];
}

/** How many of the most frequent given and family names are searched alone. */
const COMMON_NAMES = 25;
/** Persons whose names are counted to find the most frequent ones (a page sample). */
const NAME_FREQUENCY_SAMPLE = 20_000;
/** Scripts other than Latin that names are recorded in; each gets an equal share of the original-script inputs. */
const ORIGINAL_SCRIPTS = ['CYRILLIC', 'GREEK', 'ARABIC'];

/** The percentage of a table's pages that holds about `rows` rows, by the planner's row estimate. */
async function samplePercent(client: Client, table: string, rows: number): Promise<number> {
  const { rows: found } = await client.query<{ estimate: number }>(
    'SELECT greatest(reltuples, 0)::float8 AS estimate FROM pg_class WHERE oid = $1::regclass',
    [table],
  );
  const estimate = found[0]?.estimate ?? 0;
  return estimate > 0 ? Math.min(100, Math.max(0.001, (100 * rows) / estimate)) : 100;
}

/**
 * Rows of `table` the viewer may see, from a repeatable page sample (fast on 10M rows, unlike ORDER BY random()),
 * widened tenfold until the filter leaves `count` rows or the whole table has been read.
 */
async function sample<T>(
  client: Client,
  options: { table: string; columns: string; where: string; count: number; seed: number; viewer: string },
): Promise<T[]> {
  // Pages, not rows, are sampled: start at 20 times the rows wanted so that page clustering leaves enough.
  let percent = await samplePercent(client, options.table, options.count * 20);
  for (;;) {
    const { rows } = await client.query(
      `SELECT ${options.columns} FROM ${options.table} TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${options.seed})
        WHERE ${options.where} AND ${VISIBLE_SQL}
        ORDER BY md5(id::text || $2::text) LIMIT ${options.count}`,
      [options.viewer, String(options.seed)],
    );
    if (rows.length >= options.count || percent >= 100) {
      if (!rows.length) throw new Error(`no sample from ${options.table} where ${options.where}`);
      return rows as T[];
    }
    percent = Math.min(100, percent * 10);
  }
}

/** The most frequent values of `expression` over a page sample of persons (any visibility: the name is the point). */
async function frequentNames(client: Client, expression: string, seed: number): Promise<string[]> {
  const percent = await samplePercent(client, 'persons.person', NAME_FREQUENCY_SAMPLE);
  const { rows } = await client.query<{ name: string }>(
    `SELECT ${expression} AS name FROM persons.person TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${seed})
      WHERE ${expression} <> '' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${COMMON_NAMES}`,
  );
  return rows.map((row) => row.name);
}

/** Round-robin over the lists, shorter ones repeated, until the longest is used up: every kind gets an equal share. */
function interleave<T>(lists: T[][]): T[] {
  const nonEmpty = lists.filter((list) => list.length);
  const out: T[] = [];
  for (let i = 0; i < Math.max(0, ...nonEmpty.map((list) => list.length)); i++)
    for (const list of nonEmpty) out.push(list[i % list.length]);
  return out;
}

/** A different value of the same list, for no-hit variants (the next one, cyclically). */
const other = <T>(list: T[], i: number): T => list[(i + 1) % list.length];

/**
 * Texts of random letters (two words, like a name) and of random digits (like a document number) that no record
 * holds: a letter word found among the persons' name words or a digit string found as a document number or plate
 * (index lookups) is drawn again.
 */
async function textsMatchingNothing(client: Client, count: number, seed: number) {
  const random = seedrandom(`bench-no-match-${seed}`);
  const draw = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const word = () => draw('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6 + Math.floor(random() * 4));
  const digits = () => draw('0123456789', 9);
  const letters: string[] = [];
  const numbers: string[] = [];
  while (letters.length < count || numbers.length < count) {
    const words = Array.from({ length: 2 * (count - letters.length) }, word);
    const { rows: held } = await client.query<{ word: string }>(
      `SELECT word FROM unnest($1::text[]) AS word
        WHERE EXISTS (SELECT 1 FROM persons.person_name WHERE words @> ARRAY[word])`,
      [words],
    );
    const taken = new Set(held.map((row) => row.word));
    const free = words.filter((candidate) => !taken.has(candidate));
    for (let i = 0; i + 1 < free.length && letters.length < count; i += 2)
      letters.push(
        `${free[i][0]}${free[i].slice(1).toLowerCase()} ${free[i + 1][0]}${free[i + 1].slice(1).toLowerCase()}`,
      );
    const candidates = Array.from({ length: count - numbers.length }, digits);
    const { rows: heldNumbers } = await client.query<{ value: string }>(
      `SELECT value FROM unnest($1::text[]) AS value
        WHERE EXISTS (SELECT 1 FROM documents.document WHERE number_normalized = value)
           OR EXISTS (SELECT 1 FROM vehicles.vehicle WHERE plate_normalized = value)`,
      [candidates],
    );
    const takenNumbers = new Set(heldNumbers.map((row) => row.value));
    numbers.push(...candidates.filter((candidate) => !takenNumbers.has(candidate)));
  }
  return { letters, numbers };
}

/** Letters in the shortest family name spliced into a name no one bears. */
const SPLICED_MIN_LENGTH = 5;

/**
 * Names that no stored name holds, like most of a border's traffic: a sampled person's first given name with a family
 * name spliced from the first half of one sampled family name and the second half of another, kept where no stored
 * name holds the spliced word as the search reads it (its key word: YOULF as IULF). Some are a letter from a stored
 * word (IULF from ULF), as a real traveller's name may be, and the search reads those as a typo of it. The given names
 * come from a sample of persons, so common ones come often, as at a border.
 */
export async function namesNoOneBears(
  client: Client,
  persons: { given: string; family: string }[],
  count: number,
): Promise<string[]> {
  const families = persons.map((p) => p.family.toUpperCase()).filter((family) => /^[A-Z]{4,}$/.test(family));
  const names: string[] = [];
  const chosen = new Set<string>();
  for (let step = 1; names.length < count && step < families.length; step++) {
    const candidates = families
      .map((family, i) => {
        const next = families[(i + step) % families.length];
        return family.slice(0, Math.ceil(family.length / 2)) + next.slice(Math.floor(next.length / 2));
      })
      .filter((word) => word.length >= SPLICED_MIN_LENGTH);
    const keys = candidates.map((word) => queryForms(word)[0]?.keyWords[0] ?? word);
    // name_word_pkey: the key word is in no stored name.
    const { rows } = await client.query<{ word: string }>(
      `SELECT c.word FROM unnest($1::text[], $2::text[]) AS c (word, key)
        WHERE NOT EXISTS (SELECT 1 FROM persons.name_word n WHERE n.word = c.key)`,
      [candidates, keys],
    );
    const free = new Set(rows.map((row) => row.word));
    for (const word of candidates) {
      if (names.length >= count) break;
      if (!free.has(word) || chosen.has(word)) continue;
      chosen.add(word);
      const given = persons[names.length % persons.length].given;
      names.push(`${given} ${word[0]}${word.slice(1).toLowerCase()}`);
    }
  }
  return names;
}

export async function sampleInputs(
  client: Client,
  options: { perKind: number; seed: number; viewer: string },
): Promise<Inputs> {
  const base = { count: options.perKind, seed: options.seed, viewer: options.viewer };
  const persons = await sample<{ given_names: string; family_name: string; dob_year: number }>(client, {
    ...base,
    table: 'persons.person',
    columns: 'given_names, family_name, dob_year',
    where: 'dob_year IS NOT NULL AND given_names IS NOT NULL',
  });
  const originalScript: { given_names: string; family_name: string }[][] = [];
  for (const script of ORIGINAL_SCRIPTS)
    originalScript.push(
      await sample(client, {
        ...base,
        count: Math.ceil(options.perKind / ORIGINAL_SCRIPTS.length),
        table: 'persons.person',
        columns: 'given_names, family_name',
        where: `script = '${script}' AND given_names IS NOT NULL`,
      }),
    );
  const travellers = await sample<{ given: string; family: string }>(client, {
    ...base,
    table: 'persons.person',
    columns: "split_part(given_names_latin, ' ', 1) AS given, family_name_latin AS family",
    where: "script = 'LATIN' AND given_names_latin IS NOT NULL AND family_name_latin IS NOT NULL",
  });
  const givenNames = await frequentNames(client, "split_part(given_names_latin, ' ', 1)", options.seed);
  const familyNames = await frequentNames(client, 'family_name_latin', options.seed);
  const documents = await sample<{ number: string; issuing_country: string }>(client, {
    ...base,
    table: 'documents.document',
    columns: 'number, issuing_country',
    where: 'true',
  });
  const mrzs = await sample<{ mrz: string }>(client, {
    ...base,
    table: 'documents.document',
    columns: 'mrz',
    where: 'mrz IS NOT NULL',
  });
  const vehicles = await sample<{ vin: string; registration_plate: string; registration_country: string }>(client, {
    ...base,
    table: 'vehicles.vehicle',
    columns: 'vin, registration_plate, registration_country',
    where: 'vin IS NOT NULL AND registration_plate IS NOT NULL AND registration_country IS NOT NULL',
  });
  // The catalogue is small reference data: every name, synonym and street name, in a seeded order.
  const { rows: substances } = await client.query<{ name: string }>(
    `SELECT name FROM substances.substance_name ORDER BY md5(name || $1::text) LIMIT ${options.perKind}`,
    [String(options.seed)],
  );
  const nothing = await textsMatchingNothing(client, options.perKind, options.seed);
  const texts: [UnifiedKind, string[]][] = [
    ['name + year of birth', persons.map((p) => `${p.given_names} ${p.family_name} ${p.dob_year}`)],
    ['common given name', givenNames],
    ['common family name', familyNames],
    ['name in original script', interleave(originalScript).map((p) => `${p.given_names} ${p.family_name}`)],
    ['name no one bears', await namesNoOneBears(client, travellers, options.perKind)],
    ['document number', documents.map((d) => d.number)],
    ['MRZ', mrzs.map((m) => m.mrz)],
    ['VIN', vehicles.map((v) => v.vin)],
    ['VIN (last 8)', vehicles.map((v) => v.vin.slice(-8))],
    ['VIN (last 6)', vehicles.map((v) => v.vin.slice(-6))],
    ['plate', vehicles.map((v) => v.registration_plate)],
    ['substance', substances.map((s) => s.name)],
    ['no match: letters', nothing.letters],
    ['no match: digits', nothing.numbers],
  ];
  const unified = interleave(texts.map(([kind, values]) => values.map((text): UnifiedInput => ({ kind, text }))));
  // Half hits (sampled records), half no-hits (a sampled number or plate under another record's country, a VIN
  // with its serial reversed, a given name with another person's family name).
  const checks = interleave<CheckInput>([
    documents.map((d) => ({
      kind: 'checkDocument',
      hit: true,
      args: { number: d.number, issuingCountry: d.issuing_country },
    })),
    vehicles.map((v) => ({ kind: 'checkVehicle', hit: true, args: { vin: v.vin } })),
    persons.map((p) => ({
      kind: 'checkPerson',
      hit: true,
      args: { name: `${p.given_names} ${p.family_name}`, dateOfBirth: String(p.dob_year) },
    })),
    documents.map((d, i) => ({
      kind: 'checkDocument',
      hit: false,
      args: { number: d.number, issuingCountry: differentCountry(d.issuing_country, documents, i) },
    })),
    vehicles.map((v, i) => ({
      kind: 'checkVehicle',
      hit: false,
      args:
        i % 2
          ? { vin: `${v.vin.slice(0, 11)}${[...v.vin.slice(11)].reverse().join('')}` }
          : {
              plate: v.registration_plate,
              registrationCountry: differentCountry(v.registration_country, vehicles, i, 'registration_country'),
            },
    })),
    persons.map((p, i) => ({
      kind: 'checkPerson',
      hit: false,
      args: { name: `${p.given_names} ${other(persons, i).family_name}` },
    })),
  ]);
  return { unified, checks };
}

function differentCountry<T extends Record<string, any>>(
  country: string,
  rows: T[],
  i: number,
  column = 'issuing_country',
): string {
  for (let step = 1; step < rows.length; step++) {
    const candidate = rows[(i + step) % rows.length][column] as string;
    if (candidate !== country) return candidate;
  }
  return country === 'SE' ? 'NO' : 'SE';
}
