import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import type { TlsOptions } from 'node:tls';
import { Client } from 'pg';
import { DataSource, type Logger, type MixedList } from 'typeorm';
import { databaseUrl } from './config';
import type { SubgraphName } from './schema';
import { sqlStatements } from './metrics';
import pino from 'pino';
import { createLogger } from './logger';

// On stderr: the commands that print results on stdout (`npm run import`'s summary) keep it clean during an outage.
const log = createLogger('database', pino.destination(2));

/** Counts every statement for /metrics and logs failures; TypeORM calls it for each query it sends. */
class CountingLogger implements Logger {
  logQuery(): void {
    sqlStatements.inc();
  }
  logQueryError(error: string | Error, query: string): void {
    log.warn({ err: error, query: query.slice(0, 500) }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    log.warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log.warn({ message }, 'typeorm');
  }
}

/**
 * Settings of every service connection, whatever the server's own configuration: the generic plans of the search
 * statements are index-driven under them (docs/database.md), and were sequential scans at 10M on a server's defaults.
 */
export const SESSION_SETTINGS =
  '-c jit=off -c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1';

export interface DataSourceOptions {
  entities?: MixedList<Function>;
  migrations?: MixedList<Function>;
  /** Overrides the URL from the environment (tests and the migration checker use scratch databases). */
  url?: string;
  poolSize?: number;
  /** A role every connection acts as (`SET ROLE` at connection start): migrations run as the owner role. */
  role?: string;
  /** TLS to PostgreSQL (databaseTls): pg's `ssl`; unset, the URL's own `sslmode` decides, else none. */
  ssl?: boolean | TlsOptions;
  /**
   * A service's pool: each statement bounded (`statement_timeout`, `LIAISON_STATEMENT_TIMEOUT_MS`, 5 s: the
   * gateway gives up on a subgraph then) and a wait for a free connection too (`LIAISON_POOL_ACQUIRE_TIMEOUT_MS`,
   * 2 s, then SERVICE_OVERLOADED), and its idle connections kept for `LIAISON_POOL_IDLE_TIMEOUT_MS` (5 min, not pg's
   * 10 s): each holds the plans of the search statements it prepared; migrations, seed and import are not bounded.
   */
  bounded?: boolean;
  /**
   * Every connection kept once opened, whatever the idle timeout (pg-pool's `min` at the pool's size): a search pool
   * warmed at start (shared/warm-up.ts) stays warm through lulls.
   */
  keepConnections?: boolean;
}

/** How long a service keeps an idle pooled connection, and with it the statements it prepared. */
const POOL_IDLE_TIMEOUT_MS = 5 * 60_000;

/** A duration in milliseconds from the environment: a whole number, 0 or more, else `fallback`. */
function envMilliseconds(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

function boundedSettings(): { session: string; acquireTimeoutMs: number; idleTimeoutMs: number } {
  return {
    // client_connection_check_interval: a statement whose connection was closed (its caller left, shared/sql.ts's
    // `stoppable`) is ended within a second instead of running on for no one (PostgreSQL 14 and later).
    session:
      ` -c statement_timeout=${envMilliseconds('LIAISON_STATEMENT_TIMEOUT_MS', 5_000)}` +
      ' -c client_connection_check_interval=1000',
    acquireTimeoutMs: envMilliseconds('LIAISON_POOL_ACQUIRE_TIMEOUT_MS', 2_000),
    // A connection closed after a lull comes back cold: its catalogue caches and every search shape planned again
    // (20-45 ms each at 10M, docs/database.md), while a request waits.
    idleTimeoutMs: envMilliseconds('LIAISON_POOL_IDLE_TIMEOUT_MS', POOL_IDLE_TIMEOUT_MS),
  };
}

/** Connections of a pool given no size of its own: DB_POOL_SIZE, else 10 (a subgraph's search pool, the floor's). */
export const defaultPoolSize = (): number => Number(process.env.DB_POOL_SIZE ?? 10);

/** A TypeORM DataSource for one subgraph. Each subgraph keeps its own migrations table and schema. */
export function createDataSource(name: SubgraphName, options: DataSourceOptions = {}): DataSource {
  const url = options.url ?? databaseUrl(name);
  const bounded = options.bounded ? boundedSettings() : undefined;
  if (!url)
    throw new Error(`No database configured for ${name}: set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL`);
  const poolSize = options.poolSize ?? defaultPoolSize();
  return new DataSource({
    type: 'postgres',
    url,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: `${name}_migrations`,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger(),
    maxQueryExecutionTime: 1000,
    applicationName: `liaison-${name}`,
    ...(options.ssl !== undefined ? { ssl: options.ssl } : {}),
    extra: {
      max: poolSize,
      ...(options.keepConnections ? { min: poolSize } : {}),
      // Per session, so that it holds on any server (docs/database.md): JIT compiled the search statements for far
      // longer than they ran.
      options: `${SESSION_SETTINGS}${bounded?.session ?? ''}${options.role ? ` -c role=${options.role}` : ''}`,
      ...(bounded
        ? { connectionTimeoutMillis: bounded.acquireTimeoutMs, idleTimeoutMillis: bounded.idleTimeoutMs }
        : {}),
    },
  });
}

/**
 * TLS to PostgreSQL for the services, libpq's `sslmode=prefer` that pg lacks: a URL with its own `sslmode` (or
 * `sslrootcert`) is left to pg (`verify-full` is production's choice); `LIAISON_DATABASE_TLS=off` turns it off;
 * otherwise the server is asked once (an SSLRequest) and TLS is used when it offers it, verified against
 * `LIAISON_DATABASE_CA_FILE` (and the host name) when that is set, encrypting only otherwise (as libpq's prefer).
 */
export async function databaseTls(url: string): Promise<boolean | TlsOptions | undefined> {
  const parsed = new URL(url);
  if (parsed.searchParams.has('sslmode') || parsed.searchParams.has('sslrootcert')) return undefined;
  if (/^(off|false|0|no)$/i.test(process.env.LIAISON_DATABASE_TLS ?? '')) return false;
  const host = decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, '$1');
  // A Unix socket (an empty host or a path) stays local: nothing to encrypt.
  if (!host || host.startsWith('/')) return false;
  if (!(await offersTls(host, Number(parsed.port || 5432)))) return false;
  const caFile = process.env.LIAISON_DATABASE_CA_FILE;
  return caFile ? { ca: readFileSync(caFile, 'utf8'), rejectUnauthorized: true } : { rejectUnauthorized: false };
}

/** Whether the PostgreSQL server at host:port answers an SSLRequest with `S` (PostgreSQL protocol, 53.2.10). */
function offersTls(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    const done = (offers: boolean) => {
      socket.destroy();
      resolve(offers);
    };
    socket.once('connect', () => socket.write(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])));
    socket.once('data', (answer: Buffer) => done(answer[0] === 0x53));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Whether a PostgreSQL server lets `url` log in, within `timeoutMs`. */
export async function canConnect(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
