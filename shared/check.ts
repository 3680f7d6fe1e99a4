import { GraphQLError } from 'graphql';
import type { Role } from './auth';
import type { RequestContext } from './context';
import { badUserInput, ErrorCode } from './errors';
import { checkableSql } from './visibility';
import { queryPrepared, SqlParams } from './sql';

/** Roles that may run hit/no-hit checks: partners integrate through these only. */
export const CHECK_ROLES: readonly Role[] = ['officer', 'analyst', 'partner', 'admin'];

/** Items a batch check takes at most: a border lane's or a partner system's batch, answered by one statement. */
export const MAX_CHECK_ITEMS = 100;

/** Matches one checked item answers with at most. */
const MAX_MATCHES_PER_ITEM = 20;

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

/** How a subgraph checks its records: one item's reading and the SQL that matches it. */
export interface CheckDefinition<TInput> {
  /** The table checked, aliased `r`. */
  table: string;
  /** An item's values as the SQL sees them (`item.<name>`) with their PostgreSQL types: one parameter array each. */
  itemColumns: readonly (readonly [name: string, type: string])[];
  /**
   * Validates one item and gives its values in `itemColumns` order. Errors name the field as `argument(field)`
   * (`number` for a single check, `items[3].number` in a batch).
   */
  readItem: (input: TInput, argument: (field: string) => string) => unknown[];
  /** Whether record `r` matches `item`: a fixed text, the values are the item's columns. */
  condition: string;
  statusSql?: CheckStatusSql;
  actionOnHit: (status: string) => string;
}

/** A single check (`checkDocument`, ...): the batch of one, with errors naming the argument alone. */
export async function runCheck<TInput>(
  context: Pick<RequestContext<unknown>, 'checkDataSource' | 'principal' | 'audit'>,
  check: CheckDefinition<TInput>,
  input: TInput,
) {
  const [matches] = await matchItems(context, check, [check.readItem(input, (field) => field)]);
  return checkResult(check, matches);
}

/**
 * A batch check (`checkDocuments`, ...): 1 to MAX_CHECK_ITEMS items, each answered as its single check would be, in
 * item order, by one SQL statement. The audit criteria list every item with the ids of the records it hit.
 */
export async function runChecks<TInput extends object>(
  context: Pick<RequestContext<unknown>, 'checkDataSource' | 'principal' | 'audit'>,
  field: string,
  check: CheckDefinition<TInput>,
  inputs: readonly TInput[],
) {
  context.audit.describe(field, { items: inputs });
  if (inputs.length < 1 || inputs.length > MAX_CHECK_ITEMS) {
    throw badUserInput(`items must hold 1 to ${MAX_CHECK_ITEMS} items, got ${inputs.length}`, 'items');
  }
  const items = inputs.map((input, index) => readBatchItem(check, input, index));
  const matches = await matchItems(context, check, items);
  context.audit.describe(field, {
    items: inputs.map((input, index) => ({ ...input, recordIds: matches[index].map((row) => row.id) })),
  });
  return matches.map((rows) => checkResult(check, rows));
}

/** One item of a batch, its errors naming it: `items[3]: ...`, argument `items[3].issuingCountry`. */
function readBatchItem<TInput>(check: CheckDefinition<TInput>, input: TInput, index: number): unknown[] {
  try {
    return check.readItem(input, (field) => `items[${index}].${field}`);
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BAD_USER_INPUT) throw error;
    throw badUserInput(`items[${index}]: ${error.message}`, error.extensions.argument as string | undefined);
  }
}

/**
 * Runs a check's one statement for all items, with the visibility rule for checks (H3 included), logs the
 * disclosure, and gives each item's matching rows in item order.
 */
async function matchItems<TInput>(
  context: Pick<RequestContext<unknown>, 'checkDataSource' | 'principal' | 'audit'>,
  check: CheckDefinition<TInput>,
  items: unknown[][],
): Promise<CheckMatchRow[][]> {
  const params = new SqlParams();
  const columns = check.itemColumns.map(
    ([, type], column) => `${params.add(items.map((item) => item[column]))}::${type}[]`,
  );
  const names = check.itemColumns.map(([name]) => name);
  const { statusSql } = check;
  const status = statusSql ? `${statusSql.status} AS status, ${statusSql.actionOnHit} AS action_on_hit` : 'r.status';
  // Each item is matched on its own (LATERAL, its own LIMIT), so the statement's shape does not depend on the items.
  const rows = await queryPrepared<CheckMatchRow & { ordinal: string }>(
    context.checkDataSource,
    `SELECT item.ordinal, m.*
       FROM unnest(${columns.join(', ')}) WITH ORDINALITY AS item(${names.join(', ')}, ordinal)
       CROSS JOIN LATERAL (
         SELECT r.id, r.national_reference AS reference, r.owner_jurisdiction, r.owner_agency_code,
                r.owner_agency_name, ${status}
           FROM ${check.table} r ${statusSql?.join ?? ''}
          WHERE ${check.condition} AND ${checkableSql('r', context.principal, params)}
          ORDER BY r.owner_jurisdiction, r.national_reference, r.id
          LIMIT ${MAX_MATCHES_PER_ITEM}) m
      ORDER BY item.ordinal, m.owner_jurisdiction, m.reference, m.id`,
    params.values,
  );
  const matches = items.map((): CheckMatchRow[] => []);
  for (const row of rows) matches[Number(row.ordinal) - 1].push(row);
  context.audit.disclose(rows.map((row) => row.id));
  return matches;
}

/** The answer to one item: references, owners, status and the action to take, nothing personal. */
function checkResult<TInput>(check: CheckDefinition<TInput>, rows: CheckMatchRow[]) {
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
