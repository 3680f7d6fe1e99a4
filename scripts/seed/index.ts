import { Client } from 'pg';
import { DELETION_TABLES_V1 } from '../../migrations/identifier-deletions';
import { databaseUrl } from '../../shared/config';
import { createDataSource } from '../../shared/database';
import { SEARCH_SUBGRAPH_NAMES as SUBGRAPH_NAMES, type SearchSubgraphName as SubgraphName } from '../../shared/schema';
import { loadSubstanceCatalogue } from '../../subgraphs/substances/src/catalogue';
import { SeedContext } from './context';
import { copyInto, type CopyJob, type CopyProgress } from './copy';
import { documentJob } from './documents';
import { alertJob, personJob, personNameJob } from './persons';
import { seizureJob, seizurePersonJob, seizureVehicleJob } from './seizures';
import { vehicleJob } from './vehicles';

export type { CopyProgress as SeedProgress } from './copy';

export interface SeedOptions {
  /** Main records in all: 30 % persons, 40 % documents, 20 % vehicles, 10 % seizures (alerts and links extra). */
  size: number;
  /** The same seed and size always give the same rows, ids included. */
  seed: number;
  /** Empty the four subgraphs' tables first; without it a database holding records is refused. */
  reset?: boolean;
  /**
   * Drop the loaded tables' secondary indexes during the load and rebuild them after (much faster for big loads).
   * Defaults to true from 200,000 records on.
   */
  dropIndexes?: boolean;
  /** Called as each table's load advances. */
  onProgress?: (progress: CopyProgress) => void;
  /** Called when a phase starts or ends (index rebuilds, ANALYZE), with a one-line description. */
  onStep?: (message: string) => void;
}

export interface SeedSummary {
  size: number;
  seed: number;
  /** Rows written per table, e.g. `persons.person`. */
  counts: Record<string, number>;
  elapsedSeconds: number;
  /** Peak resident set size of this process in megabytes. */
  peakRssMb: number;
  droppedIndexes: boolean;
}

/** Record loads of each subgraph, in dependency order (names and alerts after their persons, links after seizures). */
const JOBS: Record<SubgraphName, ((context: SeedContext) => CopyJob)[]> = {
  persons: [personJob, personNameJob, alertJob],
  documents: [documentJob],
  vehicles: [vehicleJob],
  substances: [seizureJob, seizurePersonJob, seizureVehicleJob],
};

export const DROP_INDEXES_FROM = 200_000;

/** Tables the loaded ones fill through their triggers (the name search's dictionary), vacuumed after the load too. */
const DERIVED_TABLES: Record<SubgraphName, string[]> = {
  persons: ['persons.name_word', 'persons.name_word_row', 'persons.name_key_birth_year'],
  documents: ['documents.document_number_deletion'],
  vehicles: ['vehicles.vehicle_vin_deletion', 'vehicles.vehicle_plate_deletion'],
  substances: [],
};

/** The identifier typo key tables, schema-qualified. */
export const TYPO_KEY_TABLES = Object.values(DELETION_TABLES_V1).map((table) => `${table.schema}.${table.name}`);

/**
 * Key tables a loaded table's statement triggers fill at the end of its COPY (the typo keys and the name words, tens
 * of millions of rows at 10M records): with `dropIndexes`, their secondary indexes are dropped and rebuilt with the
 * loaded table's.
 */
const FILLED_BY_TRIGGERS: Record<string, string[]> = {
  'documents.document': ['documents.document_number_deletion'],
  'vehicles.vehicle': ['vehicles.vehicle_vin_deletion', 'vehicles.vehicle_plate_deletion'],
  'persons.person_name': ['persons.name_word_row'],
};

/**
 * Indexes a loaded table's triggers read at the end of its COPY, kept while loading: the alerts' border-visibility
 * trigger looks up each alerted person's alerts by person (without alert_person, a scan per person: hours at 10M).
 */
const READ_BY_TRIGGERS: Record<string, string[]> = {
  'persons.alert': ['persons.alert_person'],
};

/**
 * Fills the four subgraphs' record tables with synthetic, multilingual data through COPY, each subgraph through its
 * own database URL (`<NAME>_DATABASE_URL` or `DATABASE_URL`), the four in parallel. Expects migrated databases
 * (`migrateUp()`); loads the substance catalogue itself. Refuses tables that already hold records unless `reset`.
 */
export async function seedDatabase(options: SeedOptions): Promise<SeedSummary> {
  if (!Number.isInteger(options.size) || options.size < 0)
    throw new Error(`size must be a non-negative integer, got ${options.size}`);
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  const started = Date.now();
  const context = new SeedContext(options.seed, options.size);
  const dropIndexes = options.dropIndexes ?? options.size >= DROP_INDEXES_FROM;
  const clients = await connectAll();
  try {
    await prepare(clients, options);
    await loadCatalogue();
    const counts: Record<string, number> = {};
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        for (const makeJob of JOBS[name]) {
          const job = makeJob(context);
          counts[job.table] = await loadTable(clients[name], job, dropIndexes, options);
        }
      }),
    );
    // Once every load has ended: a vacuum while another subgraph's load is open cannot mark pages all-visible (its
    // index-only scans would read the table), and a later load's triggers update earlier rows (an alert's person
    // copies its border visibility to its names). docs/database.md, "A seeded database is vacuumed".
    options.onStep?.('vacuuming the loaded tables');
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        for (const table of [...SEEDED_TABLES[name], ...DERIVED_TABLES[name]])
          await clients[name].query(`VACUUM (ANALYZE) ${table}`);
      }),
    );
    return {
      size: options.size,
      seed: options.seed,
      counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))),
      elapsedSeconds: Math.round((Date.now() - started) / 100) / 10,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      droppedIndexes: dropIndexes,
    };
  } finally {
    await Promise.all(Object.values(clients).map((client) => client.end().catch(() => {})));
  }
}

/** The record tables the seed writes, per subgraph. */
export const SEEDED_TABLES: Record<SubgraphName, string[]> = {
  persons: ['persons.person', 'persons.person_name', 'persons.alert'],
  documents: ['documents.document'],
  vehicles: ['vehicles.vehicle'],
  substances: ['substances.seizure', 'substances.seizure_person', 'substances.seizure_vehicle'],
};

async function connectAll(): Promise<Record<SubgraphName, Client>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const url = databaseUrl(name);
      if (!url)
        throw new Error(`No database configured for ${name}: set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL`);
      const client = new Client({ connectionString: url, application_name: `liaison-seed-${name}` });
      await client.connect();
      return [name, client] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, Client>;
}

async function nonEmptyTables(client: Client, name: SubgraphName): Promise<string[]> {
  const found: string[] = [];
  for (const table of SEEDED_TABLES[name]) {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${table}) AS exists`);
    if (rows[0].exists) found.push(table);
  }
  return found;
}

async function prepare(clients: Record<SubgraphName, Client>, options: SeedOptions): Promise<void> {
  if (options.reset) {
    for (const name of SUBGRAPH_NAMES) {
      const { rows } = await clients[name].query<{ table: string }>(
        // The audit log and record versions are append-only and survive a reset of the records.
        `SELECT format('%I.%I', schemaname, tablename) AS table FROM pg_tables
          WHERE schemaname = $1 AND tablename NOT IN ('audit_event', 'record_version')`,
        [name],
      );
      if (rows.length) await clients[name].query(`TRUNCATE ${rows.map((row) => row.table).join(', ')}`);
    }
    options.onStep?.('emptied the persons, documents, vehicles and substances tables');
    return;
  }
  const nonEmpty = (await Promise.all(SUBGRAPH_NAMES.map((name) => nonEmptyTables(clients[name], name)))).flat();
  if (nonEmpty.length) {
    throw new Error(`refusing to seed: ${nonEmpty.join(', ')} already hold records (run with --reset to replace them)`);
  }
}

async function loadCatalogue(): Promise<void> {
  const dataSource = createDataSource('substances', { poolSize: 1 });
  await dataSource.initialize();
  try {
    await loadSubstanceCatalogue(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Loads one table in one transaction: with `dropIndexes`, its secondary indexes and those of the key tables its
 * triggers fill (not those behind primary keys or unique constraints) are dropped first and rebuilt from their
 * pg_indexes definitions before the commit, so a failed load leaves the table and its indexes as they were.
 * ANALYZE follows the commit, for the plans of the later loads' triggers; the vacuum waits until every load has ended.
 */
async function loadTable(client: Client, job: CopyJob, dropIndexes: boolean, options: SeedOptions): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL synchronous_commit = off');
    let indexes: { name: string; definition: string }[] = [];
    if (dropIndexes) {
      ({ rows: indexes } = await client.query<{ name: string; definition: string }>(
        `SELECT format('%I.%I', i.schemaname, i.indexname) AS name, i.indexdef AS definition
           FROM pg_indexes i
          WHERE format('%s.%s', i.schemaname, i.tablename) = ANY ($1)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
            AND format('%s.%s', i.schemaname, i.indexname) <> ALL ($2)`,
        [[job.table, ...(FILLED_BY_TRIGGERS[job.table] ?? [])], READ_BY_TRIGGERS[job.table] ?? []],
      ));
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    }
    const rows = await copyInto(client, job, options.onProgress);
    if (indexes.length) {
      options.onStep?.(`${job.table}: rebuilding ${indexes.length} index${indexes.length > 1 ? 'es' : ''}`);
      const started = Date.now();
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const index of indexes) await client.query(index.definition);
      options.onStep?.(`${job.table}: indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query('COMMIT');
    await client.query(`ANALYZE ${job.table}`);
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
