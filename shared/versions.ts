import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from './auth';
import { agencyByCode, type AgencyInfo } from './jurisdictions';
import { groupedInKeyOrder } from './loaders';
import type { ProvenanceColumns } from './provenance';
import type { SubgraphName } from './schema';
import type { RecordChange } from './writes';

/** One version of a record as GraphQL's `RecordVersion` shows it. */
export interface RecordVersionView {
  version: number;
  change: RecordChange;
  changedAt: Date;
  userId: string;
  agency: AgencyInfo;
  purpose: string | null;
  /** The full state of the record after the change (its columns, camelCase, and related ids). */
  data: unknown;
}

interface RecordVersionRow {
  record_id: string;
  version: number;
  change: RecordChange;
  changed_at: Date;
  user_id: string;
  agency: string;
  purpose: string | null;
  data: unknown;
}

/** Versions by record id, oldest first, from `<schema>.record_version`: one statement per batch. */
export function recordVersionLoader(
  dataSource: DataSource,
  schema: SubgraphName,
): DataLoader<string, RecordVersionView[]> {
  return new DataLoader(async (ids) => {
    const rows: RecordVersionRow[] = await dataSource.query(
      `SELECT record_id, version, change, changed_at, user_id, agency, purpose, data
         FROM ${schema}.record_version WHERE record_id = ANY($1::uuid[]) ORDER BY record_id, version`,
      [[...ids]],
    );
    return groupedInKeyOrder(ids, rows, (row) => row.record_id).map((versions) =>
      versions.map((row) => ({
        version: row.version,
        change: row.change,
        changedAt: row.changed_at,
        userId: row.user_id,
        agency: agencyByCode(row.agency) ?? { code: row.agency, name: row.agency },
        purpose: row.purpose,
        data: row.data,
      })),
    );
  });
}

/**
 * `versions` of a record: its history for the owning jurisdiction, an empty list for everyone else. A record's
 * history holds earlier states the owner has since corrected or restricted, so it is the owner's alone; an empty list
 * rather than FORBIDDEN keeps a search that selects `versions` free of errors for records of other owners.
 */
export async function versionsForOwner(
  record: ProvenanceColumns,
  principal: Principal,
  loader: DataLoader<string, RecordVersionView[]>,
): Promise<RecordVersionView[]> {
  if (record.ownerJurisdiction !== principal.jurisdiction) return [];
  return loader.load(record.id);
}
