// What the leakage suites share: the viewers, the provenance columns their records are inserted with, and how a
// probe reads what came back and what the audit log says of it.
import type { GraphQLResponse } from './client';
import { sql } from './sql';
import type { Principal } from '../shared/auth';

export const SE: Principal = { userId: 'se-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
export const DE: Principal = { userId: 'de-officer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
export const FI: Principal = { userId: 'fi-officer', agency: 'FI-KRP', jurisdiction: 'FI', roles: ['officer'] };

/** The provenance columns a probe's records are inserted with, after their id. */
export const PROVENANCE = `owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference, handling_code, sharing, shared_with`;

/** The ids of every `"id"` in a response, which must hold no errors; a probe passes or fails on them. */
export function idsIn(response: GraphQLResponse): Set<string> {
  expect(response.errors).toBeUndefined();
  const seen = new Set<string>();
  JSON.stringify(response.data ?? null).replace(/"id":"([0-9a-f-]{36})"/g, (_m, id) => (seen.add(id), ''));
  return seen;
}

/** The record ids a subgraph logged for the requests sent with `purpose`. */
export async function auditedIds(schema: string, purpose: string): Promise<string[]> {
  const { rows } = await sql(`SELECT record_ids FROM ${schema}.audit_event WHERE purpose = $1`, [purpose]);
  return rows.flatMap((row) => row.record_ids);
}
