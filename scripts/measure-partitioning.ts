// `DATABASE_URL=<a scratch copy of a seeded database> npx tsx scripts/measure-partitioning.ts`: whether partitioning
// the largest record tables helps the searches, the checks and the imports (issue 15, item 5; docs/partitioning.md).
// It times every documents and vehicles shape of `npm run explain:search` (searches and hit/no-hit checks) as the
// services' roles on the tables as they are, then rebuilds documents.document and vehicles.vehicle as partitioned
// tables (by owner jurisdiction, then by hash of id: the same rows, the same indexes on every partition) and times
// them again, with a bulk insert of 50,000 rows into each layout (rolled back). It changes the tables: never on a
// database that serves anyone.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { databaseUrl } from '../shared/config';
import { createDataSource, SESSION_SETTINGS } from '../shared/database';
import { ensureServiceLogins } from '../shared/database-roles';
import { SEARCH_SUBGRAPH_NAMES, type SearchSubgraphName } from '../shared/schema';
import { shapes, type Shape } from './explain-search';

const RUNS = Number(process.env.PARTITION_RUNS ?? 30);
const IMPORT_ROWS = 50_000;
const TABLES = { documents: 'documents.document', vehicles: 'vehicles.vehicle' } as const;
type Measured = keyof typeof TABLES;
type Layout = { name: string; partitionBy?: string };
const LAYOUTS: Layout[] = [
  { name: 'one table (today)' },
  { name: 'LIST (owner_jurisdiction), one partition per jurisdiction', partitionBy: 'LIST (owner_jurisdiction)' },
  { name: 'HASH (id), 16 partitions', partitionBy: 'HASH (id)' },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main(): Promise<void> {
  const adminUrl = databaseUrl()!;
  const admin = new Client({ connectionString: adminUrl, options: SESSION_SETTINGS });
  await admin.connect();
  const urls = await ensureServiceLogins(process.env);
  const clients = {} as Record<SearchSubgraphName, Client>;
  for (const name of SEARCH_SUBGRAPH_NAMES) {
    clients[name] = new Client({ connectionString: adminUrl });
    await clients[name].connect();
  }
  const measured = (await shapes(clients)).filter((shape) => shape.subgraph in TABLES);
  // The indexes as the migrations made them, for every layout (a rebuilt table's would carry the last layout's changes).
  const indexes = new Map<string, string[]>();
  for (const table of Object.values(TABLES)) indexes.set(table, await indexDefinitions(admin, table));
  const results: { layout: string; times: Map<string, number>; imports: Map<Measured, number> }[] = [];
  for (const layout of LAYOUTS) {
    if (layout.partitionBy) {
      for (const [subgraph, table] of Object.entries(TABLES)) {
        log(`${table}: rebuilding as ${layout.name}`);
        await repartition(admin, table, layout.partitionBy, indexes.get(table)!, urls[subgraph as Measured]);
      }
    }
    log(`${layout.name}: timing ${measured.length} shapes, ${RUNS} runs each`);
    results.push({
      layout: layout.name,
      times: await timeShapes(measured, urls),
      imports: await timeImports(admin),
    });
  }
  console.log(report(measured, results));
  await admin.end();
  await Promise.all(Object.values(clients).map((client) => client.end()));
}

/** Each shape's median over RUNS, on fresh connections of the service's role (no plan cached from another layout). */
async function timeShapes(all: Shape[], urls: Record<SearchSubgraphName, string>): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const subgraph of Object.keys(TABLES) as Measured[]) {
    const source = createDataSource(subgraph, { url: urls[subgraph], poolSize: 1 });
    await source.initialize();
    try {
      for (const shape of all.filter((candidate) => candidate.subgraph === subgraph)) {
        for (let i = 0; i < 3; i++) await shape.run(source);
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          await shape.run(source);
          runs.push(performance.now() - started);
        }
        times.set(`${subgraph}: ${shape.name}`, median(runs));
      }
    } finally {
      await source.destroy();
    }
  }
  return times;
}

/** The CREATE INDEX statements of a table's indexes but its primary key. */
async function indexDefinitions(admin: Client, table: string): Promise<string[]> {
  const [schema, name] = table.split('.');
  const { rows } = await admin.query<{ indexdef: string }>(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 AND indexname NOT LIKE '%_pkey'`,
    [schema, name],
  );
  return rows.map((row) => row.indexdef);
}

/** A bulk insert of IMPORT_ROWS copies of existing rows (new ids and numbers) into each table, timed, rolled back. */
async function timeImports(admin: Client): Promise<Map<Measured, number>> {
  const imports = new Map<Measured, number>();
  for (const [subgraph, table] of Object.entries(TABLES) as [Measured, string][]) {
    const columns = await insertableColumns(admin, table);
    const fresh: Record<string, string> = {
      id: 'gen_random_uuid()',
      number: `number || 'P'`,
      number_normalized: `number_normalized || 'P'`,
      vin: `NULL`,
      vin_normalized: `NULL`,
      national_reference: `national_reference || '-P'`,
    };
    await admin.query('BEGIN');
    const started = performance.now();
    await admin.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${columns.map((column) => fresh[column] ?? column).join(', ')} FROM ${table} LIMIT ${IMPORT_ROWS}`,
    );
    imports.set(subgraph, performance.now() - started);
    await admin.query('ROLLBACK');
  }
  return imports;
}

async function insertableColumns(admin: Client, table: string): Promise<string[]> {
  const [schema, name] = table.split('.');
  const { rows } = await admin.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [schema, name],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Rebuilds `table` (which may already be partitioned) as a table partitioned by `partitionBy`, with its rows, its
 * indexes on every partition (a unique index must hold the partition key: it gains it), its grants, and statistics.
 */
async function repartition(
  admin: Client,
  table: string,
  partitionBy: string,
  indexes: string[],
  serviceUrl: string,
): Promise<void> {
  const [schema, name] = table.split('.');
  const rebuilt = `${name}_rebuilt`;
  const tag = partitionBy.split(' ')[0].toLowerCase();
  const keyed = new RegExp(`\\(.*\\b${partitionBy.startsWith('LIST') ? 'owner_jurisdiction' : 'id'}\\b.*\\)`);
  const columns = await insertableColumns(admin, table);
  await admin.query(
    `CREATE TABLE ${schema}.${rebuilt} (LIKE ${table} INCLUDING DEFAULTS INCLUDING GENERATED) PARTITION BY ${partitionBy}`,
  );
  if (partitionBy.startsWith('LIST')) {
    const { rows } = await admin.query<{ code: string }>(`SELECT DISTINCT owner_jurisdiction AS code FROM ${table}`);
    for (const { code } of rows) {
      await admin.query(
        `CREATE TABLE ${schema}.${rebuilt}_${code.toLowerCase()} PARTITION OF ${schema}.${rebuilt} FOR VALUES IN ('${code}')`,
      );
    }
    await admin.query(`CREATE TABLE ${schema}.${rebuilt}_other PARTITION OF ${schema}.${rebuilt} DEFAULT`);
  } else {
    for (let i = 0; i < 16; i++) {
      await admin.query(
        `CREATE TABLE ${schema}.${rebuilt}_h${i} PARTITION OF ${schema}.${rebuilt} FOR VALUES WITH (MODULUS 16, REMAINDER ${i})`,
      );
    }
  }
  log(`${table}: copying rows`);
  await admin.query(
    `INSERT INTO ${schema}.${rebuilt} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${table}`,
  );
  const key = partitionBy.startsWith('LIST') ? 'id, owner_jurisdiction' : 'id';
  log(`${table}: indexes`);
  await admin.query(`ALTER TABLE ${schema}.${rebuilt} ADD PRIMARY KEY (${key})`);
  for (const definition of indexes) {
    const onRebuilt = definition
      .replace(/ ON (ONLY )?\S+ USING/, ` ON ${schema}.${rebuilt} USING`)
      // A unique index on a partitioned table must hold the partition key: one without it loses its uniqueness.
      .replace(/^CREATE (UNIQUE )?INDEX (\S+)/, (_match, unique: string | undefined, index: string) =>
        unique && keyed.test(definition) ? `CREATE UNIQUE INDEX ${index}_${tag}` : `CREATE INDEX ${index}_${tag}`,
      );
    await admin.query(onRebuilt);
  }
  await admin.query(`DROP TABLE ${table} CASCADE`);
  await admin.query(`ALTER TABLE ${schema}.${rebuilt} RENAME TO ${name}`);
  const role = new URL(serviceUrl).username;
  await admin.query(`GRANT SELECT ON ${table} TO ${role}`);
  await admin.query(`ANALYZE ${table}`);
}

function report(
  all: Shape[],
  results: { layout: string; times: Map<string, number>; imports: Map<Measured, number> }[],
): string {
  const [base, ...others] = results;
  const header = `| shape | ${results.map((result) => result.layout).join(' | ')} |\n|---|${results.map(() => '---:').join('|')}|`;
  const rows = all.map((shape) => {
    const key = `${shape.subgraph}: ${shape.name}`;
    const time = base.times.get(key)!;
    return `| ${key} | ${time.toFixed(2)} ms | ${others
      .map((other) => `${other.times.get(key)!.toFixed(2)} ms (${(other.times.get(key)! / time).toFixed(2)}×)`)
      .join(' | ')} |`;
  });
  const imports = (Object.keys(TABLES) as Measured[]).map((subgraph) => {
    const time = base.imports.get(subgraph)!;
    return `| insert ${IMPORT_ROWS.toLocaleString('en')} rows into ${TABLES[subgraph]} | ${time.toFixed(0)} ms | ${others
      .map(
        (other) =>
          `${other.imports.get(subgraph)!.toFixed(0)} ms (${(other.imports.get(subgraph)! / time).toFixed(2)}×)`,
      )
      .join(' | ')} |`;
  });
  return [header, ...rows, ...imports].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
