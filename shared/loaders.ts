import DataLoader from 'dataloader';
import type { Repository } from 'typeorm';
import type { LoaderScope } from './context';
import type { ProvenanceColumns } from './provenance';
import { whereDisclosable } from './visibility';

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

/**
 * Rows of `repository` matching `condition` (named parameters in `parameters`) that the principal may see, in one
 * statement. Every loader of a record type goes through here, so search hydration, detail lookups, `_entities` and
 * links all apply the same visibility rule.
 */
export async function disclosableRows<T extends ProvenanceColumns>(
  repository: Repository<T>,
  { principal, audit }: LoaderScope,
  condition: string,
  parameters: Record<string, unknown>,
  orderBy?: Record<string, 'ASC' | 'DESC'>,
): Promise<T[]> {
  const query = whereDisclosable(repository.createQueryBuilder('r').where(condition, parameters), 'r', principal);
  if (orderBy)
    query.orderBy(Object.fromEntries(Object.entries(orderBy).map(([column, order]) => [`r.${column}`, order])));
  const rows = await query.getMany();
  audit.disclose(rows.map((row) => row.id));
  return rows;
}

/** Records by id that the principal may see, one statement per batch; null for unknown, lapsed or hidden ids. */
export function disclosableRecordLoader<T extends ProvenanceColumns>(
  repository: Repository<T>,
  scope: LoaderScope,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await disclosableRows(repository, scope, 'r.id IN (:...ids)', { ids: [...ids] });
    return inKeyOrder(ids, rows, (row) => row.id);
  });
}
