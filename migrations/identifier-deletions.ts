// Identifiers with a typo (issue 13, item 2), version 1: the symmetric deletion neighbourhood of a document number,
// a VIN or a plate, in a table of its own with a btree on the key. A record's identifier is stored under itself and
// under each spelling of it with one character left out; a typed identifier is looked up by the same keys, so two
// identifiers share a key when they are one character apart (changed, left out, added) or have two neighbouring
// characters swapped (and, rarely, when they are two apart: the search checks every candidate again).
// Frozen: a later change gets a migration of its own.
import type { QueryRunner } from 'typeorm';

/**
 * Keys shorter than this are not kept: the search looks up typed identifiers of six characters or more
 * (shared/identifier-typos.ts, TYPO_RULES.minLength), whose keys have at least five, so a shorter key could only
 * ever match a shorter typed identifier, which is never looked up, and would be shared by thousands of records.
 */
export const MIN_KEY_LENGTH_V1 = 5;

/**
 * `<schema>.identifier_deletion_keys(identifier)`: the identifier and each spelling of it with one character left
 * out, at least MIN_KEY_LENGTH_V1 long, each once (leaving out either of two equal neighbours spells the same), as
 * 64-bit hashes (`hashtextextended`, PostgreSQL's own hash of text, which hash partitioning keeps stable across
 * versions): 8 bytes a key in the table and in the index, whatever the identifier's length. Two spellings that hash
 * alike are told apart by the search's own check of each candidate. The trigger and the search both compute the keys
 * with it, so the two cannot drift apart. PL/pgSQL: ten times faster here than the same in one SQL statement
 * (measured on 40,000 document numbers: 0.46 s against 5.4 s), which the backfill of millions of records feels.
 */
export function createDeletionKeysFunctionV1(schema: string): string[] {
  return [
    `CREATE FUNCTION ${schema}.identifier_deletion_keys(identifier text) RETURNS bigint[]
       LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
       DECLARE
         size int := length(identifier);
         keys bigint[];
       BEGIN
         IF size < ${MIN_KEY_LENGTH_V1} THEN RETURN NULL; END IF;
         keys := ARRAY[hashtextextended(identifier, 0)];
         IF size > ${MIN_KEY_LENGTH_V1} THEN
           FOR i IN 1..size LOOP
             IF i = 1 OR substr(identifier, i, 1) <> substr(identifier, i - 1, 1) THEN
               keys := keys || hashtextextended(left(identifier, i - 1) || substr(identifier, i + 1), 0);
             END IF;
           END LOOP;
         END IF;
         RETURN keys;
       END $$`,
  ];
}

export function dropDeletionKeysFunctionV1(schema: string): string[] {
  return [`DROP FUNCTION ${schema}.identifier_deletion_keys(text)`];
}

/** A table of deletion keys: `<schema>.<name> (key bigint, <recordId> uuid)` for one identifier column of one table. */
export interface DeletionTableV1 {
  schema: string;
  /** e.g. `document_number_deletion`: the table, and the prefix of its index, functions and triggers. */
  name: string;
  /** The record table, e.g. `document` (in the same schema). */
  records: string;
  /** The key table's column holding the record's id, e.g. `document_id`. */
  recordId: string;
  /** The record table's normalized identifier column, e.g. `number_normalized`. */
  identifier: string;
}

/**
 * The three key tables: document numbers, VINs and plates. Plates are keyed by the plate alone, as the plate search
 * reads them: the registration country, when a search gives one, narrows the records found, as for an exact plate.
 */
export const DELETION_TABLES_V1 = {
  documentNumber: {
    schema: 'documents',
    name: 'document_number_deletion',
    records: 'document',
    recordId: 'document_id',
    identifier: 'number_normalized',
  },
  vehicleVin: {
    schema: 'vehicles',
    name: 'vehicle_vin_deletion',
    records: 'vehicle',
    recordId: 'vehicle_id',
    identifier: 'vin_normalized',
  },
  vehiclePlate: {
    schema: 'vehicles',
    name: 'vehicle_plate_deletion',
    records: 'vehicle',
    recordId: 'vehicle_id',
    identifier: 'plate_normalized',
  },
} as const satisfies Record<string, DeletionTableV1>;

/**
 * The key table and the statement triggers that keep it: AFTER INSERT, UPDATE, DELETE with transition tables and
 * AFTER TRUNCATE, so that every way of writing records (the services' writes and revocations, the import, the seed's
 * COPY) keeps it, one statement at a time. A record holds keys while it is not revoked. Its index and the keys of
 * the records already there come after (`backfillDeletionKeysV1`, `indexDeletionTableV1`): rows are loaded faster
 * into a table without an index, and the trigger is there first, so no write in between is missed (CREATE TRIGGER
 * holds writers off until the migration commits).
 */
export function createDeletionTableV1(t: DeletionTableV1): string[] {
  const table = `${t.schema}.${t.name}`;
  const records = `${t.schema}.${t.records}`;
  const keys = (alias: string) => `unnest(${t.schema}.identifier_deletion_keys(${alias}.${t.identifier})) AS k (key)`;
  // The identifiers of rows that hold keys, as a set: (id, identifier) of current rows.
  const held = (rows: string) => `SELECT id, ${t.identifier} FROM ${rows} WHERE revoked_at IS NULL`;
  const trigger = (event: string, referencing: string, fn: string) =>
    `CREATE TRIGGER ${t.name}_${fn} AFTER ${event} ON ${records}
       ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${t.schema}.${t.name}_${fn}()`;
  const fn = (name: string, body: string) =>
    `CREATE FUNCTION ${t.schema}.${t.name}_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       ${body};
       RETURN NULL;
     END $$`;
  return [
    `CREATE TABLE ${table} (key bigint NOT NULL, ${t.recordId} uuid NOT NULL)`,
    fn('add', `INSERT INTO ${table} (key, ${t.recordId}) SELECT k.key, a.id FROM (${held('added')}) a, ${keys('a')}`),
    // Only rows whose identifier or revocation changed: the keys of what they held go, the keys of what they hold come.
    fn(
      'change',
      `DELETE FROM ${table} x
          USING (${held('before_rows')} EXCEPT ${held('after_rows')}) o, ${keys('o')}
        WHERE x.key = k.key AND x.${t.recordId} = o.id;
       INSERT INTO ${table} (key, ${t.recordId})
       SELECT k.key, n.id FROM (${held('after_rows')} EXCEPT ${held('before_rows')}) n, ${keys('n')}`,
    ),
    fn('remove', `DELETE FROM ${table} x USING removed o, ${keys('o')} WHERE x.key = k.key AND x.${t.recordId} = o.id`),
    fn('empty', `TRUNCATE ${table}`),
    trigger('INSERT', 'REFERENCING NEW TABLE AS added', 'add'),
    trigger('UPDATE', 'REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows', 'change'),
    trigger('DELETE', 'REFERENCING OLD TABLE AS removed', 'remove'),
    trigger('TRUNCATE', '', 'empty'),
  ];
}

/** The btree every lookup goes through, and the planner's statistics of the loaded table. */
export function indexDeletionTableV1(t: DeletionTableV1): string[] {
  return [`CREATE INDEX ${t.name}_key ON ${t.schema}.${t.name} (key)`, `ANALYZE ${t.schema}.${t.name}`];
}

export function dropDeletionTableV1(t: DeletionTableV1): string[] {
  return [
    ...['empty', 'remove', 'change', 'add'].flatMap((fn) => [
      `DROP TRIGGER ${t.name}_${fn} ON ${t.schema}.${t.records}`,
      `DROP FUNCTION ${t.schema}.${t.name}_${fn}()`,
    ]),
    `DROP TABLE ${t.schema}.${t.name}`,
  ];
}

/** Tables with more rows than this print their backfill's progress: a test's or a demo's database stays quiet. */
const REPORT_FROM_ROWS = 200_000;
/** Slices of the record table's pages the backfill reads in turn (a TID range scan each: sequential reads). */
const SLICES = 20;

/**
 * Gives the records already in the table their keys, slice by slice of the table's pages, saying how far it is when
 * the table is large (at 10 million records this takes minutes: docs/search-plans.md).
 */
export async function backfillDeletionKeysV1(db: QueryRunner, t: DeletionTableV1): Promise<void> {
  const records = `${t.schema}.${t.records}`;
  const [{ pages, rows }] = await db.query(
    `SELECT (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int AS pages,
            greatest(reltuples, 0)::bigint AS rows
       FROM pg_class WHERE oid = $1::regclass`,
    [records],
  );
  const report = Number(rows) > REPORT_FROM_ROWS;
  const started = Date.now();
  const step = Math.max(1, Math.ceil((pages + 1) / SLICES));
  let keys = 0;
  // One page past the last counted: rows written since the count are in the table's last page or later.
  for (let first = 0; first <= pages; first += step) {
    const last = first + step > pages ? 2 ** 31 - 1 : first + step;
    const inserted = await db.query(
      `INSERT INTO ${t.schema}.${t.name} (key, ${t.recordId})
       SELECT k.key, r.id
         FROM ${records} r, unnest(${t.schema}.identifier_deletion_keys(r.${t.identifier})) AS k (key)
        WHERE r.revoked_at IS NULL
          AND r.ctid >= format('(%s,0)', $1::int)::tid AND r.ctid < format('(%s,0)', $2::int)::tid`,
      [first, last],
      true,
    );
    keys += inserted.affected ?? 0;
    if (report) {
      const done = Math.min(100, Math.round(((first + step) / (pages + 1)) * 100));
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`${t.schema}.${t.name}: ${done}% of ${records} (${keys.toLocaleString('en')} keys, ${seconds} s)`);
    }
  }
}

/**
 * The whole change of one key table: the table and its triggers, the keys of the records there, its index. The
 * first key table of a schema also creates the schema's `identifier_deletion_keys`, and drops it when reverted.
 */
export async function addDeletionTableV1(
  db: QueryRunner,
  t: DeletionTableV1,
  options: { keysFunction?: boolean } = {},
): Promise<void> {
  const statements = [
    ...(options.keysFunction ? createDeletionKeysFunctionV1(t.schema) : []),
    ...createDeletionTableV1(t),
  ];
  for (const statement of statements) await db.query(statement);
  await backfillDeletionKeysV1(db, t);
  for (const statement of indexDeletionTableV1(t)) await db.query(statement);
}

export async function removeDeletionTableV1(
  db: QueryRunner,
  t: DeletionTableV1,
  options: { keysFunction?: boolean } = {},
): Promise<void> {
  const statements = [...dropDeletionTableV1(t), ...(options.keysFunction ? dropDeletionKeysFunctionV1(t.schema) : [])];
  for (const statement of statements) await db.query(statement);
}
