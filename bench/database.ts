// The benchmark's databases: one seeded database per size and seed, kept between runs (seeding 10M records takes
// about ten minutes), on DATABASE_URL's server or, when that is unset, on a persistent embedded PostgreSQL of the
// benchmark's own in `.data/bench` with the project's embedded settings (shared/embedded-postgres.ts).
import path from 'node:path';
import { Client } from 'pg';
import { adoptPassword, embeddedSharedBuffers, embeddedUrl, startEmbeddedPostgres } from '../shared/embedded-postgres';
import { canConnect } from '../shared/database';
import { developmentSecret } from '../shared/development-secrets';
import { migrateUp } from '../shared/migrate';
import { SUBGRAPH_NAMES } from '../shared/schema';
import { progressBars, seedDatabase } from '../scripts/seed';
import { reserveHugePages } from './huge-pages';

export const BENCH_DATA_DIR = path.resolve(__dirname, '..', '.data', 'bench', 'postgres');
const BENCH_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);
/** At least this many connections, whatever the run needs (bench/run.ts asks for more when its stacks hold more). */
export const BENCH_MAX_CONNECTIONS = 400;

export interface BenchServer {
  /** URL of the server's `postgres` database. */
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

/** DATABASE_URL's server, or the benchmark's own embedded PostgreSQL (started here, stopped by `stop`). */
export async function openBenchServer(
  log: (message: string) => void,
  maxConnections = BENCH_MAX_CONNECTIONS,
): Promise<BenchServer> {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    return { adminUrl: admin.toString(), description: "DATABASE_URL's server", stop: async () => {} };
  }
  // Kept beside the cluster, not with the run's throw-away keys, so that the next run opens the same cluster.
  const password = developmentSecret('embedded-postgres-superuser', path.dirname(BENCH_DATA_DIR));
  const running = embeddedUrl(BENCH_PORT, 'postgres', password);
  if ((await canConnect(running)) || (await adoptPassword(BENCH_PORT, password, BENCH_DATA_DIR).catch(() => false))) {
    log(`using the benchmark's embedded PostgreSQL already running on port ${BENCH_PORT}`);
    return { adminUrl: running, description: 'the embedded PostgreSQL', stop: async () => {} };
  }
  log(`starting the benchmark's embedded PostgreSQL in ${path.relative(process.cwd(), BENCH_DATA_DIR)}`);
  const hugePages = reserveHugePages(embeddedSharedBuffers());
  log(`huge pages: ${hugePages.description}`);
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir: BENCH_DATA_DIR,
      port: BENCH_PORT,
      database: 'postgres',
      password,
      // Every size's stack is up at once (bench/run.ts), each holding its pools' connections while it idles.
      settings: [`max_connections=${Math.max(BENCH_MAX_CONNECTIONS, maxConnections)}`],
    });
    const stop = async () => {
      await embedded.stop();
      hugePages.release();
    };
    return { adminUrl: embedded.url, description: 'the embedded PostgreSQL', stop };
  } catch (error) {
    hugePages.release();
    throw error;
  }
}

/** `100k`, `10m`: the size as the database name holds it. */
export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}

/** What a completely seeded database says of itself (a database comment), so that a cut-off seed is redone. */
const seededMark = (size: number, seed: number) => `liaison bench: seeded ${size} records with seed ${seed}`;

/**
 * The database `liaison_bench_<size>_s<seed>` on the server, migrated to the current migrations and seeded with
 * `size` records (with progress bars), reusing it when an earlier run seeded it completely.
 */
export async function seededBenchDatabase(
  server: BenchServer,
  options: { size: number; seed: number; log: (message: string) => void },
): Promise<string> {
  const name = `liaison_bench_${sizeLabel(options.size)}_s${options.seed}`;
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  const mark = seededMark(options.size, options.seed);
  const admin = new Client({ connectionString: server.adminUrl, application_name: 'liaison-bench' });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (rows[0]?.comment === mark) {
      options.log(`reusing ${name} (${mark.replace('liaison bench: ', '')})`);
      await migrateUp({ url: url.toString() });
      return url.toString();
    }
    if (rows.length) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const previous = Object.fromEntries(
    ['DATABASE_URL', ...SUBGRAPH_NAMES.map((subgraph) => `${subgraph.toUpperCase()}_DATABASE_URL`)].map((key) => [
      key,
      process.env[key],
    ]),
  );
  for (const key of Object.keys(previous)) process.env[key] = url.toString();
  try {
    await migrateUp({ url: url.toString() });
    options.log(`seeding ${name}: ${options.size.toLocaleString('en')} records with seed ${options.seed}`);
    const bars = progressBars();
    try {
      const summary = await seedDatabase({
        size: options.size,
        seed: options.seed,
        onProgress: bars.update,
        onStep: bars.log,
      });
      bars.stop();
      options.log(`seeded ${name} in ${summary.elapsedSeconds} s`);
    } finally {
      bars.stop();
    }
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const marker = new Client({ connectionString: server.adminUrl });
  await marker.connect();
  try {
    await marker.query(`COMMENT ON DATABASE ${name} IS '${mark}'`);
  } finally {
    await marker.end();
  }
  return url.toString();
}
