import DataLoader from 'dataloader';
import type { EntityMetadata, ObjectLiteral, Repository } from 'typeorm';
import type { LoaderScope } from './context';
import type { ProvenanceColumns } from './provenance';
import { queryPrepared, SqlParams } from './sql';
import { disclosableSql } from './visibility';

/** Orders rows by the keys a DataLoader asked for, with null for unknown keys. */
export function inKeyOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys a DataLoader asked for, with an empty list for keys without rows. */
export function groupedInKeyOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export interface RowsByKey {
  /** The uuid column (database name) the keys are looked up in, e.g. `id` or `holder_id`. */
  keyColumn: string;
  keys: readonly string[];
  /** SQL after ORDER BY, on alias `r`, e.g. `r.loss_date DESC, r.id`. */
  orderBy?: string;
}

const selectLists = new WeakMap<EntityMetadata, string>();

/** The columns of an entity's table (alias `r`), listed once per entity rather than on every load. */
function selectList(metadata: EntityMetadata): string {
  let list = selectLists.get(metadata);
  if (!list) {
    list = metadata.columns.map((column) => `r.${column.databaseName}`).join(', ');
    selectLists.set(metadata, list);
  }
  return list;
}

/**
 * Rows of an entity's table whose `keyColumn` is one of `keys` and that pass `condition` (alias `r`), in one
 * prepared statement of a fixed shape (the hot read path: plain SQL, no query builder), hydrated as TypeORM would
 * (column names to properties, values converted by its driver).
 */
async function selectRows<T extends ObjectLiteral>(
  repository: Repository<T>,
  { keyColumn, keys, orderBy }: RowsByKey,
  condition?: (params: SqlParams) => string,
): Promise<T[]> {
  const { metadata, manager } = repository;
  const params = new SqlParams();
  const where = [`r.${keyColumn} = ANY(${params.add([...keys])}::uuid[])`];
  if (condition) where.push(condition(params));
  const raw = await queryPrepared<Record<string, unknown>>(
    manager.connection,
    `SELECT ${selectList(metadata)} FROM ${metadata.tablePath} r WHERE ${where.join(' AND ')}${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
    params.values,
  );
  const { driver } = manager.connection;
  return raw.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns)
      column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    return entity;
  });
}

/** Rows by key with no visibility rule of their own: the parts of records the caller already may see (alerts). */
export function rowsByKey<T extends ObjectLiteral>(repository: Repository<T>, query: RowsByKey): Promise<T[]> {
  return selectRows(repository, query);
}

/**
 * Records by key that the principal may see, in one statement, logged as disclosed. Every loader of a record type
 * goes through here, so search hydration, detail lookups, `_entities` and links all apply the same visibility rule.
 */
export async function disclosableRows<T extends ProvenanceColumns>(
  repository: Repository<T>,
  { principal, audit }: LoaderScope,
  query: RowsByKey,
): Promise<T[]> {
  const rows = await selectRows(repository, query, (params) => disclosableSql('r', principal, params));
  audit.disclose(rows.map((row) => row.id));
  return rows;
}

/** Records by id that the principal may see, one statement per batch; null for unknown, lapsed or hidden ids. */
export function disclosableRecordLoader<T extends ProvenanceColumns>(
  repository: Repository<T>,
  scope: LoaderScope,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await disclosableRows(repository, scope, { keyColumn: 'id', keys: ids });
    return inKeyOrder(ids, rows, (row) => row.id);
  });
}
