import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

import { CallerLeftError } from './errors';
import { backgroundSqlStatements, sqlStatements, statementsStopped } from './metrics';

/**
 * Collects query parameters and hands out their `$n` placeholders, so that search SQL is assembled from fixed
 * fragments only and every user-supplied value travels as a bound parameter.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const statementNames = new Map<string, string>();

/** A server-side statement name for a SQL text: the same text always gets the same name, another text another. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `liaison_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The pg pool under a TypeORM data source (its PostgreSQL driver keeps it as `master`). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Runs `work` in one transaction on a connection of its own, committed when it resolves and rolled back when it throws.
 * A checked-out connection has no error listener of the pool's: one is added for the time it is out, so that the
 * server ending the session (a restart) fails the work instead of crashing the process.
 */
export async function inOwnTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  let failed: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = lost ?? (error as Error);
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.removeListener('error', onError);
    // A connection that failed is dropped, never handed on mid-error.
    client.release(failed ?? lost);
  }
}

/**
 * Runs `text` as a named prepared statement on the data source's pg pool: each connection parses and plans a
 * statement text once and then only binds and executes it. Only for statements of a fixed shape (the values travel
 * as parameters, never in the text): every distinct text stays prepared on every connection of the pool.
 */
export async function queryPrepared<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  /** The caller's: when it aborts, the statement is stopped (`stoppable`). */
  signal?: AbortSignal,
): Promise<T[]> {
  sqlStatements.inc();
  return runPrepared(dataSource, text, values, signal);
}

/** `queryPrepared` for background work (no request waits on it), counted in `liaison_background_sql_statements_total`. */
export function queryPreparedInBackground<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  backgroundSqlStatements.inc();
  return runPrepared(dataSource, text, values);
}

async function runPrepared<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  signal?: AbortSignal,
): Promise<T[]> {
  const pool = poolOf(dataSource);
  const query = { name: statementName(text), text, values };
  if (!signal) return (await pool.query<T>(query)).rows;
  return stoppable(pool, signal, async (client) => (await client.query<T>(query)).rows);
}

/**
 * Runs `work` on a connection of its own, which is closed under it if `signal` aborts: pg then fails the statement at
 * once, and PostgreSQL ends it within `client_connection_check_interval` (shared/database.ts) instead of running it to
 * the end for no one. The closed connection leaves the pool; no other request's statement can be hit.
 */
async function stoppable<T>(pool: Pool, signal: AbortSignal, work: (client: PoolClient) => Promise<T>): Promise<T> {
  if (signal.aborted) throw new CallerLeftError();
  const client = await pool.connect();
  const stop = () => {
    statementsStopped.inc();
    // A checked-out client has no listener of the pool's: without one, its connection's error would be thrown.
    client.on('error', () => undefined);
    (client as unknown as { connection: { stream: { destroy(error: Error): void } } }).connection.stream.destroy(
      new CallerLeftError(),
    );
  };
  signal.addEventListener('abort', stop, { once: true });
  let failed: Error | undefined;
  try {
    return await work(client);
  } catch (error) {
    failed = signal.aborted ? new CallerLeftError() : (error as Error);
    throw failed;
  } finally {
    signal.removeEventListener('abort', stop);
    // A connection whose statement failed is dropped, as pool.query drops it: never handed on closed or mid-error.
    client.release(failed);
  }
}
