import type { DataSource } from 'typeorm';
import type { Role } from './auth';
import type { RequestContext } from './context';
import { checkableSql } from './visibility';
import { SqlParams } from './sql';

/** Roles that may run hit/no-hit checks: partners integrate through these only. */
export const CHECK_ROLES: readonly Role[] = ['officer', 'analyst', 'partner', 'admin'];

export interface CheckMatchRow {
  id: string;
  reference: string;
  owner_jurisdiction: string;
  owner_agency_code: string;
  owner_agency_name: string;
  status: string;
  /** Set when the record itself says what to do (a person's alert); else `actionOnHit(status)`. */
  action_on_hit?: string | null;
}

/** For a table without a `status` column: where a match's status and action come from (a person's alert). */
export interface CheckStatusSql {
  /** Joined after `FROM <table> r`, e.g. a LATERAL subquery. */
  join: string;
  /** SQL of the status, e.g. the kind of the alert in force. */
  status: string;
  /** SQL of the action on hit; null falls back to `actionOnHit(status)`. */
  actionOnHit: string;
}

/**
 * Runs a check's one statement on `table` (alias `r`) with `condition` and the visibility rule for checks, logs the
 * disclosure, and shapes the answer: references, owners, status and the action to take, nothing personal.
 */
export async function runCheck(
  context: Pick<RequestContext<unknown>, 'dataSource' | 'principal' | 'audit'>,
  check: {
    table: string;
    condition: (params: SqlParams) => string;
    actionOnHit: (status: string) => string;
    statusSql?: CheckStatusSql;
  },
) {
  const params = new SqlParams();
  const where = `${check.condition(params)} AND ${checkableSql('r', context.principal, params)}`;
  const { statusSql } = check;
  const status = statusSql ? `${statusSql.status} AS status, ${statusSql.actionOnHit} AS action_on_hit` : 'r.status';
  const rows: CheckMatchRow[] = await (context.dataSource as DataSource).query(
    `SELECT r.id, r.national_reference AS reference, r.owner_jurisdiction, r.owner_agency_code, r.owner_agency_name,
            ${status}
       FROM ${check.table} r ${statusSql?.join ?? ''}
      WHERE ${where} ORDER BY r.owner_jurisdiction, r.national_reference LIMIT 20`,
    params.values,
  );
  context.audit.disclose(rows.map((row) => row.id));
  return {
    hit: rows.length > 0,
    matches: rows.map((row) => ({
      reference: row.reference,
      ownerJurisdiction: row.owner_jurisdiction,
      ownerAgency: { code: row.owner_agency_code, name: row.owner_agency_name },
      status: row.status,
      actionOnHit: row.action_on_hit ?? check.actionOnHit(row.status),
    })),
  };
}
