import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

import { sqlStatements } from './metrics';

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
): Promise<T[]> {
  sqlStatements.inc();
  // TypeORM's PostgreSQL driver keeps its pg pool as `master`.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query<T>({ name: statementName(text), text, values });
  return result.rows;
}
