// Border posts (issue 15, item 3). A border post runs its own PostgreSQL, subgraphs and gateway on a copy of what it
// may serve (documents, vehicles, and persons with alerts), received by PostgreSQL logical replication from the centre:
// a publication per border post's jurisdiction whose row filters are SPEC 5.2's sharing rule, so a record not shared
// with that jurisdiction never reaches it, and a record that stops being shared (or is revoked) is deleted there. Its own audit rows are queued locally in the same
// statement as they are written, and shipped to the centre when the link allows: each arrives once (the centre keeps
// the border post's name and id unique), and the centre's own trigger makes their hit notifications there.
import { escapeIdentifier, escapeLiteral, type Pool, type PoolClient } from 'pg';
import { DELETION_TABLES_V1, type DeletionTableV1 } from '../migrations/identifier-deletions';
import { AUDIT_COLUMNS } from './audit';
import { inOwnTransaction } from './sql';
import type { SearchSubgraphName } from './schema';

/** The record tables a border post receives: travel documents and vehicles, what its lanes check. */
export const BORDER_POST_TABLES = ['documents.document', 'vehicles.vehicle'] as const;
/** And persons with alerts, with their names and alerts, by the value the centre keeps on each of their rows. */
export const BORDER_POST_PERSON_TABLES = ['persons.person', 'persons.person_name', 'persons.alert'] as const;
/**
 * At the border post the name dictionaries (persons.name_word, name_word_row) are built from the names it receives.
 * The centre's triggers for them are statement triggers, which the apply of replicated rows never fires: row triggers
 * of the post's own, ENABLE ALWAYS, do it for the first copy and for every change after.
 */
const NAME_DICTIONARY_STATEMENTS = [
  `CREATE OR REPLACE FUNCTION liaison_border.name_words() RETURNS trigger
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       DELETE FROM persons.name_word_row WHERE person_id = OLD.person_id AND ordinal = OLD.ordinal;
     END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN
       INSERT INTO persons.name_word AS n (word, frequency, unvowelled)
       SELECT word, 1, EXISTS (SELECT 1 FROM persons.person p WHERE p.id = NEW.person_id AND p.script = 'ARABIC')
         FROM (SELECT DISTINCT unnest(NEW.words)) AS w (word) ORDER BY word
           ON CONFLICT (word) DO UPDATE
          SET frequency = n.frequency + 1, unvowelled = n.unvowelled OR excluded.unvowelled;
       -- The person's year of birth if it is here already; else its arrival sets it (NAME_WORD_BIRTH_YEAR_STATEMENTS).
       INSERT INTO persons.name_word_row (word, person_id, ordinal, name_key, birth_year)
       SELECT word, NEW.person_id, NEW.ordinal, NEW.name_key,
              (SELECT p.dob_year FROM persons.person p WHERE p.id = NEW.person_id)
         FROM (SELECT DISTINCT unnest(NEW.words)) AS w (word)
           ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  'DROP TRIGGER IF EXISTS person_name_border_words ON persons.person_name',
  `CREATE TRIGGER person_name_border_words AFTER INSERT OR UPDATE OR DELETE ON persons.person_name
     FOR EACH ROW EXECUTE FUNCTION liaison_border.name_words()`,
  'ALTER TABLE persons.person_name ENABLE ALWAYS TRIGGER person_name_border_words',
];

/**
 * The same for a table of derived rows per person that `persons.rebuild_<name>(uuid[])` rebuilds: row triggers of the
 * post's own, ENABLE ALWAYS, on the person and on `childTable` (rows with a `person_id`) rebuild a person's rows when
 * either arrives, changes or leaves, in whichever order they come.
 */
function personRebuildStatements(name: string, childTable: 'alert' | 'person_name'): string[] {
  const rebuild = `persons.rebuild_${name}`;
  return [
    `CREATE OR REPLACE FUNCTION liaison_border.${name}() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
     BEGIN
       -- The first copy loads the person and its names in concurrent transactions, neither seeing the other's rows:
       -- one at a time, each rebuild's statements see what the other committed.
       PERFORM pg_advisory_xact_lock(hashtext('${rebuild}'));
       -- A field is looked up when its expression runs: each table's in its own branch.
       IF TG_TABLE_NAME = 'person' THEN
         PERFORM ${rebuild}(ARRAY[NEW.id]);
       ELSIF TG_OP = 'INSERT' THEN
         PERFORM ${rebuild}(ARRAY[NEW.person_id]);
       ELSIF TG_OP = 'DELETE' THEN
         PERFORM ${rebuild}(ARRAY[OLD.person_id]);
       ELSE
         PERFORM ${rebuild}(ARRAY[OLD.person_id, NEW.person_id]);
       END IF;
       RETURN NULL;
     END $$`,
    ...[childTable, 'person'].flatMap((table) => [
      `DROP TRIGGER IF EXISTS ${table}_border_${name} ON persons.${table}`,
      `CREATE TRIGGER ${table}_border_${name} AFTER INSERT OR UPDATE${table === childTable ? ' OR DELETE' : ''}
         ON persons.${table} FOR EACH ROW EXECUTE FUNCTION liaison_border.${name}()`,
      `ALTER TABLE persons.${table} ENABLE ALWAYS TRIGGER ${table}_border_${name}`,
    ]),
  ];
}

/** The persons' alert kinds by nationality (persons.alert_nationality), from their alerts. */
const ALERT_NATIONALITY_STATEMENTS = personRebuildStatements('alert_nationalities', 'alert');
/** The persons' name keys by year of birth (persons.name_key_birth_year, read by `checkPerson`), from their names. */
const NAME_KEY_BIRTH_YEAR_STATEMENTS = personRebuildStatements('name_key_birth_years', 'person_name');
/** The persons' years of birth on their name words (persons.name_word_row, read by the name search), from the persons. */
const NAME_WORD_BIRTH_YEAR_STATEMENTS = personRebuildStatements('name_word_birth_years', 'person_name');

/**
 * The same for the typo keys of document numbers, VINs and plates (migrations/identifier-deletions.ts): a row trigger
 * of the post's own, ENABLE ALWAYS, keeps each key table from the rows it receives (the first copy, changes,
 * restrictions that delete them there), and the centre's statement triggers are disabled, so that no write path at
 * the post keeps the keys twice.
 */
function deletionKeyStatements(t: DeletionTableV1): string[] {
  const [records, keys, fn] = [`${t.schema}.${t.records}`, `${t.schema}.${t.name}`, `liaison_border.${t.name}`];
  const keysOf = (row: string) => `${t.schema}.identifier_deletion_keys(${row}.${t.identifier})`;
  return [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
     BEGIN
       IF TG_OP = 'UPDATE' AND OLD.id = NEW.id AND OLD.${t.identifier} IS NOT DISTINCT FROM NEW.${t.identifier}
          AND (OLD.revoked_at IS NULL) = (NEW.revoked_at IS NULL) THEN
         RETURN NULL;
       END IF;
       IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.revoked_at IS NULL THEN
         DELETE FROM ${keys} WHERE key = ANY (${keysOf('OLD')}) AND ${t.recordId} = OLD.id;
       END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.revoked_at IS NULL THEN
         INSERT INTO ${keys} (key, ${t.recordId}) SELECT key, NEW.id FROM unnest(${keysOf('NEW')}) AS key;
       END IF;
       RETURN NULL;
     END $$`,
    `DROP TRIGGER IF EXISTS ${t.name}_border ON ${records}`,
    `CREATE TRIGGER ${t.name}_border AFTER INSERT OR UPDATE OR DELETE ON ${records}
       FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    `ALTER TABLE ${records} ENABLE ALWAYS TRIGGER ${t.name}_border`,
    ...['add', 'change', 'remove'].map((event) => `ALTER TABLE ${records} DISABLE TRIGGER ${t.name}_${event}`),
    `ALTER TABLE ${records} ENABLE ALWAYS TRIGGER ${t.name}_empty`,
  ];
}

/** The subgraphs whose audit rows a border post ships: every one that audits a search, a check or a lookup. */
export const SHIPPED_AUDIT_SCHEMAS: SearchSubgraphName[] = ['persons', 'documents', 'vehicles', 'substances'];

/** A jurisdiction as a border post's name and SQL literal allow it: two capital letters, nothing else. */
export function borderJurisdiction(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw new Error(`a border post's jurisdiction is an ISO 3166-1 alpha-2 code, got '${raw}'`);
  return code;
}

/** The publication (at the centre) and the subscription (at the border post) of one jurisdiction's border posts. */
export function publicationName(jurisdiction: string): string {
  return `liaison_border_${borderJurisdiction(jurisdiction).toLowerCase()}`;
}

/**
 * At the centre: the publication of what border posts of `jurisdiction` may serve. DDL takes no parameters, so the
 * only value in it is the jurisdiction, checked to be two capital letters. Row filters see columns only: shared with
 * the jurisdiction and not revoked (lapsed records are filtered at query time, as everywhere).
 */
export function publicationStatements(jurisdiction: string): string[] {
  const code = borderJurisdiction(jurisdiction);
  const name = publicationName(code);
  // SPEC 5.2's sharing rule (shared/visibility.ts) in the form row filters take: `x = ANY (array)` is refused there.
  const viewer = escapeLiteral(code);
  const filter = `(owner_jurisdiction = ${viewer} OR sharing = 'ALL_JURISDICTIONS'
    OR (sharing = 'LISTED_JURISDICTIONS' AND shared_with @> ARRAY[${viewer}::varchar])) AND revoked_at IS NULL`;
  const tables = [
    ...BORDER_POST_TABLES.map((table) => `${table} WHERE (${filter})`),
    ...BORDER_POST_PERSON_TABLES.map(
      (table) =>
        `${table} WHERE (border_visibility @> ARRAY['*'::varchar] OR border_visibility @> ARRAY[${viewer}::varchar])`,
    ),
  ].join(', ');
  // Published again (e.g. after an upgrade adds a table): altered in place, so the posts' subscriptions go on.
  return [
    `DO $$ BEGIN
       IF EXISTS (SELECT 1 FROM pg_publication WHERE pubname = ${escapeLiteral(name)}) THEN
         ALTER PUBLICATION ${name} SET TABLE ${tables};
       ELSE
         CREATE PUBLICATION ${name} FOR TABLE ${tables};
       END IF;
     END $$`,
  ];
}

/**
 * At the border post, on a database migrated like the centre's and empty: the local audit outbox and its triggers,
 * hit notifications left to the centre (its trigger makes them when the rows arrive), the copy's status for the
 * gateway, a receiver timeout that keeps that status fresh, and the subscription (which copies the tables first).
 */
export function borderPostStatements(options: { jurisdiction: string; centreUrl: string }): string[] {
  const name = publicationName(options.jurisdiction);
  return [
    'CREATE SCHEMA IF NOT EXISTS liaison_border',
    // This copy's own id: its audit ids start again if the post's database is ever made anew, and the centre keeps
    // shipped rows unique by post and copy, so a rebuilt post's new rows are not taken for ones it already has.
    `CREATE TABLE IF NOT EXISTS liaison_border.copy (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(), made_at timestamptz NOT NULL DEFAULT now())`,
    'INSERT INTO liaison_border.copy (id) SELECT gen_random_uuid() WHERE NOT EXISTS (SELECT 1 FROM liaison_border.copy)',
    `CREATE TABLE IF NOT EXISTS liaison_border.audit_outbox (
       subgraph varchar NOT NULL, audit_event_id bigint NOT NULL, PRIMARY KEY (subgraph, audit_event_id))`,
    // Definer's rights: the services' roles append audit rows and may not touch the outbox otherwise.
    `CREATE OR REPLACE FUNCTION liaison_border.queue_audit_rows() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
     BEGIN
       INSERT INTO liaison_border.audit_outbox (subgraph, audit_event_id) SELECT TG_TABLE_SCHEMA, id FROM appended;
       RETURN NULL;
     END $$`,
    ...SHIPPED_AUDIT_SCHEMAS.flatMap((schema) => [
      `DROP TRIGGER IF EXISTS audit_event_ships_to_centre ON ${schema}.audit_event`,
      `CREATE TRIGGER audit_event_ships_to_centre AFTER INSERT ON ${schema}.audit_event
         REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION liaison_border.queue_audit_rows()`,
      `ALTER TABLE ${schema}.audit_event DISABLE TRIGGER audit_event_queues_hit_notifications`,
    ]),
    ...NAME_DICTIONARY_STATEMENTS,
    ...ALERT_NATIONALITY_STATEMENTS,
    ...NAME_KEY_BIRTH_YEAR_STATEMENTS,
    ...NAME_WORD_BIRTH_YEAR_STATEMENTS,
    ...Object.values(DELETION_TABLES_V1).flatMap(deletionKeyStatements),
    // pg_stat_subscription's times are for privileged roles: the gateway reads them through this function alone.
    `CREATE OR REPLACE FUNCTION liaison_border.copy_status()
       RETURNS TABLE (streaming boolean, received_at timestamptz, age_seconds double precision)
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
       SELECT pid IS NOT NULL, last_msg_receipt_time, EXTRACT(EPOCH FROM now() - last_msg_receipt_time)::float8
         FROM pg_stat_subscription WHERE subname = ${escapeLiteral(name)} AND relid IS NULL
     $$`,
    'GRANT USAGE ON SCHEMA liaison_border TO PUBLIC',
    'GRANT EXECUTE ON FUNCTION liaison_border.copy_status() TO PUBLIC',
    // The centre answers within 5 s when asked, so an idle but live link shows a copy at most ~5 s old.
    `ALTER SYSTEM SET wal_receiver_timeout = '10s'`,
    'SELECT pg_reload_conf()',
    `DROP SUBSCRIPTION IF EXISTS ${name}`,
    `CREATE SUBSCRIPTION ${name} CONNECTION ${escapeLiteral(options.centreUrl)} PUBLICATION ${name}`,
  ];
}

/** How fresh a border post's copy is, for the `borderPost` extension of every answer. */
export interface CopyStatus {
  borderPost: string;
  /** True when the copy is not streaming from the centre, or is older than the allowed age. */
  stale: boolean;
  /** Seconds since the last message from the centre; null before the first. */
  copyAgeSeconds: number | null;
  copyAsOf: string | null;
}

export async function readCopyStatus(pool: Pool, borderPost: string, staleAfterSeconds: number): Promise<CopyStatus> {
  const { rows } = await pool.query<{ streaming: boolean; received_at: Date | null; age_seconds: number | null }>(
    'SELECT * FROM liaison_border.copy_status()',
  );
  const row = rows[0];
  const age = row?.age_seconds ?? null;
  return {
    borderPost,
    stale: !row?.streaming || age === null || age > staleAfterSeconds,
    copyAgeSeconds: age === null ? null : Math.round(age * 10) / 10,
    copyAsOf: row?.received_at?.toISOString() ?? null,
  };
}

/** What a shipped audit row carries: the columns every audit row is written with, and when it was written. */
const SHIPPED_COLUMNS = [['occurred_at', 'timestamptz'], ...AUDIT_COLUMNS] as const;

/**
 * Ships up to `batch` queued audit rows of each subgraph from the border post to the centre: taken from the outbox
 * (`FOR UPDATE SKIP LOCKED`), inserted at the centre under the border post's name and their id here (a row the
 * centre has is skipped: shipped twice is kept once), then deleted from the outbox. Resolves to the rows shipped.
 */
export async function shipAuditRows(border: Pool, centre: Pool, borderPost: string, batch = 500): Promise<number> {
  const origin = await shippedAs(border, borderPost);
  let shipped = 0;
  for (const schema of SHIPPED_AUDIT_SCHEMAS) {
    shipped += await inOwnTransaction(border, async (client: PoolClient) => {
      const columns = SHIPPED_COLUMNS.map(([column]) => `a.${column}`).join(', ');
      const { rows } = await client.query(
        `SELECT a.id, ${columns} FROM liaison_border.audit_outbox o
           JOIN ${escapeIdentifier(schema)}.audit_event a ON a.id = o.audit_event_id
          WHERE o.subgraph = $1 ORDER BY o.audit_event_id LIMIT $2 FOR UPDATE OF o SKIP LOCKED`,
        [schema, batch],
      );
      if (!rows.length) return 0;
      const names = SHIPPED_COLUMNS.map(([column]) => column).join(', ');
      const typed = SHIPPED_COLUMNS.map(([column, type]) => `${column} ${type}`).join(', ');
      await centre.query(
        `INSERT INTO ${escapeIdentifier(schema)}.audit_event (${names}, border_post, border_audit_id)
         SELECT ${names}, $2, id FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, ${typed})
         ON CONFLICT (border_post, border_audit_id) WHERE border_post IS NOT NULL DO NOTHING`,
        [JSON.stringify(rows), origin],
      );
      await client.query(
        'DELETE FROM liaison_border.audit_outbox WHERE subgraph = $1 AND audit_event_id = ANY ($2::bigint[])',
        [schema, rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }
  return shipped;
}

/** The name a border post's audit rows carry at the centre: its name and its copy's id, `FI-VAALIMAA#1a2b3c4d`. */
export async function shippedAs(border: Pool, borderPost: string): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,54}$/.test(borderPost)) {
    throw new Error(
      `a border post's name is 1 to 55 letters, digits, '.', '_' or '-', got '${borderPost.slice(0, 60)}'`,
    );
  }
  const { rows } = await border.query<{ id: string }>('SELECT id::text FROM liaison_border.copy');
  return `${borderPost}#${rows[0].id.slice(0, 8)}`;
}

/** Audit rows waiting at the border post for the link to the centre. */
export async function waitingAuditRows(border: Pool): Promise<number> {
  const { rows } = await border.query<{ waiting: string }>(
    'SELECT count(*) AS waiting FROM liaison_border.audit_outbox',
  );
  return Number(rows[0].waiting);
}
