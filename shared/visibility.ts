import type { SelectQueryBuilder } from 'typeorm';
import type { Principal, Role } from './auth';
import { forbidden } from './errors';
import { notLapsedSql } from './provenance';
import type { SqlParams } from './sql';

// SPEC 5.2 in SQL. Every path that reads records (search, detail, _entities, links, checks) filters with these
// conditions, so a record restricted to some jurisdictions never leaves its subgraph for the others, and a record its
// owner revoked or that lapsed (`notLapsedSql`, the one definition of "current") leaves it for no one.

/** The record is shared with the viewer's jurisdiction: owner, all jurisdictions, or listed. */
function sharedWith(alias: string, viewer: string): string {
  return `(${alias}.owner_jurisdiction = ${viewer} OR ${alias}.sharing = 'ALL_JURISDICTIONS'
           OR (${alias}.sharing = 'LISTED_JURISDICTIONS' AND ${viewer} = ANY(${alias}.shared_with)))`;
}

/**
 * Records whose content the viewer may see: shared with them, current (not revoked, not lapsed), not H3 unless owned.
 * Only the reading roles get any: partners and data protection read no record content, whatever path their request
 * takes (search, detail, `_entities`, links); they get checks and the audit log.
 */
export function disclosableSql(alias: string, principal: Principal, params: SqlParams): string {
  requireRole(principal, READ_ROLES, 'reading records');
  const viewer = `${params.add(principal.jurisdiction)}::varchar`;
  return `${notLapsedSql(alias)} AND ${sharedWith(alias, viewer)}
          AND (${alias}.handling_code <> 'H3' OR ${alias}.owner_jurisdiction = ${viewer})`;
}

/** Records a hit/no-hit check may answer with a reference: shared with the viewer, current (H3 included). */
export function checkableSql(alias: string, principal: Principal, params: SqlParams): string {
  const viewer = `${params.add(principal.jurisdiction)}::varchar`;
  return `${notLapsedSql(alias)} AND ${sharedWith(alias, viewer)}`;
}

/** The same rule as `disclosableSql` for a TypeORM query builder (named parameter `viewer`). */
export function whereDisclosable<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  principal: Principal,
): SelectQueryBuilder<T> {
  requireRole(principal, READ_ROLES, 'reading records');
  return query
    .andWhere(`${notLapsedSql(alias)}`)
    .andWhere(`${sharedWith(alias, 'CAST(:viewer AS varchar)')}`)
    .andWhere(`(${alias}.handling_code <> 'H3' OR ${alias}.owner_jurisdiction = CAST(:viewer AS varchar))`, {
      viewer: principal.jurisdiction,
    });
}

/** Refuses the operation unless the principal holds one of the roles (FORBIDDEN). */
export function requireRole(principal: Principal, roles: readonly Role[], what: string): void {
  if (!principal.roles.some((role) => roles.includes(role))) {
    throw forbidden(`${what} needs one of the roles ${roles.join(', ')}`);
  }
}

/** Roles that may search and read records; partners get hit/no-hit checks only. */
export const READ_ROLES: readonly Role[] = ['officer', 'analyst', 'admin'];
