import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

import { CallerLeftError } from './errors';
import { sqlStatements, statementsStopped } from './metrics';

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
  // TypeORM's PostgreSQL driver keeps its pg pool as `master`.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
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
