import 'reflect-metadata';
import { DataSource, type Logger, type MixedList } from 'typeorm';
import { databaseUrl } from './config';
import type { SubgraphName } from './schema';
import { sqlStatements } from './metrics';
import { createLogger } from './logger';

const log = createLogger('database');

/** Counts every statement for /metrics and logs failures; TypeORM calls it for each query it sends. */
class CountingLogger implements Logger {
  logQuery(): void {
    sqlStatements.inc();
  }
  logQueryError(error: string | Error, query: string): void {
    log.warn({ err: error instanceof Error ? error.message : error, query: query.slice(0, 500) }, 'query failed');
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

/** Settings of every service connection, whatever the server's own configuration. */
export const SESSION_SETTINGS = '-c jit=off -c plan_cache_mode=force_generic_plan';

export interface DataSourceOptions {
  entities?: MixedList<Function>;
  migrations?: MixedList<Function>;
  /** Overrides the URL from the environment (tests and the migration checker use scratch databases). */
  url?: string;
  poolSize?: number;
  /** A role every connection acts as (`SET ROLE` at connection start): migrations run as the owner role. */
  role?: string;
}

/** A TypeORM DataSource for one subgraph. Each subgraph keeps its own migrations table and schema. */
export function createDataSource(name: SubgraphName, options: DataSourceOptions = {}): DataSource {
  const url = options.url ?? databaseUrl(name);
  if (!url)
    throw new Error(`No database configured for ${name}: set DATABASE_URL or ${name.toUpperCase()}_DATABASE_URL`);
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
    extra: {
      max: options.poolSize ?? Number(process.env.DB_POOL_SIZE ?? 10),
      // Per session, so that it holds on any server (docs/database.md): JIT compiled the search statements for far
      // longer than they ran.
      options: options.role ? `${SESSION_SETTINGS} -c role=${options.role}` : SESSION_SETTINGS,
    },
  });
}
