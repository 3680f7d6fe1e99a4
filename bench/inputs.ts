// The benchmark's inputs, sampled from the database under test (never hard-coded): texts for UnifiedSearch and
// arguments for the hit/no-hit checks, in a fixed interleaved order so that any stretch of the cycle mixes kinds.
import type { Client } from 'pg';
import { VISIBLE_SQL } from '../test/eval/harness';

export type UnifiedKind = 'name + year of birth' | 'document number' | 'VIN' | 'plate' | 'substance' | 'MRZ';

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

/** Rows of `table` the viewer may see, from a repeatable page sample (fast on 10M rows, unlike ORDER BY random()). */
async function sample<T>(
  client: Client,
  options: { table: string; columns: string; where: string; count: number; seed: number; viewer: string },
): Promise<T[]> {
  const [{ estimate }] = (
    await client.query<{ estimate: number }>(
      `SELECT greatest(reltuples, 0)::float8 AS estimate FROM pg_class
       WHERE oid = $1::regclass`,
      [options.table],
    )
  ).rows;
  // Pages, not rows, are sampled: ask for 20 times the rows wanted so that the filters and page clustering leave enough.
  const percent = estimate > 0 ? Math.min(100, Math.max(0.001, (100 * options.count * 20) / estimate)) : 100;
  const { rows } = await client.query(
    `SELECT ${options.columns} FROM ${options.table} TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${options.seed})
      WHERE ${options.where} AND ${VISIBLE_SQL}
      ORDER BY md5(id::text || $2::text) LIMIT ${options.count}`,
    [options.viewer, String(options.seed)],
  );
  if (!rows.length) throw new Error(`no sample from ${options.table} where ${options.where}`);
  return rows as T[];
}

/** Round-robin over the lists: a, b, c, a, b, c, ... until the longest is used up. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(...lists.map((list) => list.length)); i++)
    for (const list of lists) if (i < list.length) out.push(list[i]);
  return out;
}

/** A different value of the same list, for no-hit variants (the next one, cyclically). */
const other = <T>(list: T[], i: number): T => list[(i + 1) % list.length];

export async function sampleInputs(client: Client, options: { perKind: number; seed: number; viewer: string }) {
  const base = { count: options.perKind, seed: options.seed, viewer: options.viewer };
  const persons = await sample<{ given_names: string; family_name: string; dob_year: number }>(client, {
    ...base,
    table: 'persons.person',
    columns: 'given_names, family_name, dob_year',
    where: 'dob_year IS NOT NULL AND given_names IS NOT NULL',
  });
  const documents = await sample<{ number: string; issuing_country: string; mrz: string | null }>(client, {
    ...base,
    table: 'documents.document',
    columns: 'number, issuing_country, mrz',
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
  const unified = interleave<UnifiedInput>([
    persons.map((p) => ({ kind: 'name + year of birth', text: `${p.given_names} ${p.family_name} ${p.dob_year}` })),
    documents.map((d) => ({ kind: 'document number', text: d.number })),
    vehicles.map((v) => ({ kind: 'VIN', text: v.vin })),
    vehicles.map((v) => ({ kind: 'plate', text: v.registration_plate })),
    substances.map((s) => ({ kind: 'substance', text: s.name })),
    mrzs.map((m) => ({ kind: 'MRZ', text: m.mrz })),
  ]);
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
  return { unified, checks } satisfies Inputs;
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
