import type { Principal, Role } from './auth';
import type { RequestContext } from './context';
import { badUserInput, forbidden } from './errors';
import { InputReader } from './input';
import { agencyByCode, JURISDICTION_CODES, type AgencyInfo } from './jurisdictions';
import { parseFirst } from './pagination';
import type { SubgraphName } from './schema';
import { SqlParams } from './sql';
import { requireRole } from './visibility';
import { inStoredRange } from './scalars';

// The read side of the audit log (SPEC 4): `hitsOnMyRecords` and `auditLog`. Each subgraph reads only its own
// `<schema>.audit_event`, so the answer is a federated report entity whose `id` encodes the filter; persons opens the
// report, every subgraph re-validates the filter from the id and answers its own field in one SQL statement.

/** Who may list the hits on their jurisdiction's records. Partners get hit/no-hit checks only. */
export const HIT_REPORT_ROLES: readonly Role[] = ['officer', 'analyst', 'data-protection', 'admin'];
/** Who may page through the audit log: the data-protection officer only, not even an admin. */
export const AUDIT_LOG_ROLES: readonly Role[] = ['data-protection'];

export interface HitFilter {
  since?: string;
  until?: string;
  requesterJurisdiction?: string;
  requesterAgency?: string;
  recordId?: string;
  includeOwnJurisdiction?: boolean;
}

export interface AuditLogFilter {
  since?: string;
  until?: string;
  userId?: string;
  agency?: string;
  jurisdiction?: string;
  operation?: string;
  purpose?: string;
  recordId?: string;
}

/** A report as the subgraphs pass it around: the opaque id and the filter it encodes, validated. */
export interface ReportSource<TFilter> {
  id: string;
  filter: TFilter;
}
export type HitReportSource = ReportSource<HitFilter>;
export type AuditLogReportSource = ReportSource<AuditLogFilter>;

type AuditContext = Pick<RequestContext<unknown>, 'dataSource' | 'principal' | 'audit'>;

const HIT_FILTER_FIELDS = [
  'since',
  'until',
  'requesterJurisdiction',
  'requesterAgency',
  'recordId',
  'includeOwnJurisdiction',
];
const AUDIT_LOG_FILTER_FIELDS = [
  'since',
  'until',
  'userId',
  'agency',
  'jurisdiction',
  'operation',
  'purpose',
  'recordId',
];
const MAX_REPORT_ID_LENGTH = 2000;

/** Only the fields that hold a value, so equal filters encode to equal ids. */
function compact<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value != null && value !== false)) as T;
}

function period(reader: InputReader): { since?: string; until?: string } {
  const since = reader.dateTime('since')?.toISOString();
  const until = reader.dateTime('until')?.toISOString();
  if (since && until && since >= until)
    throw badUserInput(`${reader.at('since')} must be before until`, reader.at('since'));
  return { since, until };
}

function jurisdiction(reader: InputReader, field: string): string | undefined {
  const code = reader.string(field, { max: 2 })?.toUpperCase();
  if (code !== undefined && !JURISDICTION_CODES.has(code)) {
    throw badUserInput(
      `${reader.at(field)} must be the code of a Liaison jurisdiction, got '${code}'`,
      reader.at(field),
    );
  }
  return code;
}

function agency(reader: InputReader, field: string): string | undefined {
  const code = reader.string(field, { max: 40 })?.toUpperCase();
  if (code !== undefined && !agencyByCode(code)) {
    throw badUserInput(
      `${reader.at(field)} must be a Liaison agency code such as SE-NOA, got '${code}'`,
      reader.at(field),
    );
  }
  return code;
}

function flag(reader: InputReader, field: string): boolean {
  const value = reader.input[field];
  if (value == null) return false;
  if (typeof value !== 'boolean') throw badUserInput(`${reader.at(field)} must be true or false`, reader.at(field));
  return value;
}

/** Reads a `HitFilter` (the argument, or the filter decoded from a report id); BAD_USER_INPUT names the field. */
export function parseHitFilter(raw: unknown, path: string): HitFilter {
  const reader = InputReader.of(raw ?? {}, path);
  reader.onlyFields(HIT_FILTER_FIELDS, 'HitFilter');
  return compact({
    ...period(reader),
    requesterJurisdiction: jurisdiction(reader, 'requesterJurisdiction'),
    requesterAgency: agency(reader, 'requesterAgency'),
    recordId: reader.id('recordId') ?? undefined,
    includeOwnJurisdiction: flag(reader, 'includeOwnJurisdiction'),
  });
}

/** Reads an `AuditLogFilter` (the argument, or the filter decoded from a report id). */
export function parseAuditLogFilter(raw: unknown, path: string): AuditLogFilter {
  const reader = InputReader.of(raw ?? {}, path);
  reader.onlyFields(AUDIT_LOG_FILTER_FIELDS, 'AuditLogFilter');
  return compact({
    ...period(reader),
    userId: reader.string('userId') ?? undefined,
    agency: agency(reader, 'agency'),
    jurisdiction: jurisdiction(reader, 'jurisdiction'),
    operation: reader.string('operation') ?? undefined,
    purpose: reader.string('purpose') ?? undefined,
    recordId: reader.id('recordId') ?? undefined,
  });
}

function encodeReportId(filter: object): string {
  return Buffer.from(JSON.stringify(filter)).toString('base64url');
}

/** The filter a report id encodes, re-validated: a representation is client data like any argument. */
function decodeReportId<TFilter>(id: unknown, type: string, parse: (raw: unknown, path: string) => TFilter): TFilter {
  const path = `${type}.id`;
  if (typeof id !== 'string' || id.length > MAX_REPORT_ID_LENGTH || !/^[A-Za-z0-9_-]*$/.test(id)) {
    throw badUserInput(`${path} is not the id of a ${type}`, path);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(`${path} is not the id of a ${type}`, path);
  }
  return parse(raw, path);
}

export const hitReportFromId = (id: unknown): HitReportSource => ({
  id: String(id),
  filter: decodeReportId(id, 'HitReport', parseHitFilter),
});

export const auditLogReportFromId = (id: unknown): AuditLogReportSource => ({
  id: String(id),
  filter: decodeReportId(id, 'AuditLogReport', parseAuditLogFilter),
});

/**
 * A data-protection officer supervises the requests of its own jurisdiction; foreign requests on its records are
 * what `hitsOnMyRecords` shows. A filter naming another jurisdiction is refused rather than answered empty.
 */
function requireOwnJurisdiction(principal: Principal, filter: AuditLogFilter): void {
  if (filter.jurisdiction && filter.jurisdiction !== principal.jurisdiction) {
    throw forbidden(
      `the audit log shows the requests of your own jurisdiction (${principal.jurisdiction}) only; ` +
        `use hitsOnMyRecords for other jurisdictions' requests on your records`,
    );
  }
}

/**
 * Colleagues' own requests are supervision, the data-protection officer's alone (as in `auditLog`): an officer
 * learns of foreign interest in the jurisdiction's records, not of what colleagues looked up and why.
 */
function requireOwnRequestsRole(principal: Principal, filter: HitFilter): void {
  if (filter.includeOwnJurisdiction) requireRole(principal, AUDIT_LOG_ROLES, 'filter.includeOwnJurisdiction');
}

/** `Query.hitsOnMyRecords`: checks the role and the filter, audits the request and opens the report. */
export function openHitReport({ principal, audit }: AuditContext, filter: unknown): HitReportSource {
  requireRole(principal, HIT_REPORT_ROLES, 'hitsOnMyRecords');
  const parsed = parseHitFilter(filter, 'filter');
  requireOwnRequestsRole(principal, parsed);
  audit.describe('hitsOnMyRecords', { filter: parsed });
  return { id: encodeReportId(parsed), filter: parsed };
}

/** `Query.auditLog`: data-protection role only; audits the request and opens the report. */
export function openAuditLogReport({ principal, audit }: AuditContext, filter: unknown): AuditLogReportSource {
  requireRole(principal, AUDIT_LOG_ROLES, 'auditLog');
  const parsed = parseAuditLogFilter(filter, 'filter');
  requireOwnJurisdiction(principal, parsed);
  audit.describe('auditLog', { filter: parsed });
  return { id: encodeReportId(parsed), filter: parsed };
}

// Keyset cursors: the position of the last row in the newest-first order, to microseconds.
const INSTANT = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HIT_CURSOR = new RegExp(`^hit:(${INSTANT}):(\\d{1,19}):(${UUID})$`);
const EVENT_CURSOR = new RegExp(`^event:(${INSTANT}):(\\d{1,19})$`);
const OCCURRED_KEY = `to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function cursor(parts: string[]): string {
  return Buffer.from(parts.join(':')).toString('base64url');
}

const MAX_BIGINT = 2n ** 63n - 1n;

/** The parts of a cursor of this list; a forged one (an impossible instant, an id beyond bigint) is bad input. */
function decodeCursor(after: string, pattern: RegExp): string[] {
  const match = pattern.exec(Buffer.from(after, 'base64url').toString('utf8'));
  const [instant, eventId] = match?.slice(1) ?? [];
  const time = new Date(instant === undefined ? NaN : Date.parse(instant));
  const validInstant = inStoredRange(time) && time.toISOString().slice(0, 19) === instant.slice(0, 19);
  if (!match || !validInstant || BigInt(eventId) > MAX_BIGINT) {
    throw badUserInput('after is not a cursor of this list', 'after');
  }
  return match.slice(1);
}

function periodSql(filter: { since?: string; until?: string }, params: SqlParams): string[] {
  return [
    filter.since ? `e.occurred_at >= ${params.add(filter.since)}::timestamptz` : '',
    filter.until ? `e.occurred_at < ${params.add(filter.until)}::timestamptz` : '',
  ];
}

function connection<TNode>(rows: { cursor: string; node: TNode }[], limit: number, after: string | null | undefined) {
  const edges = rows.slice(0, limit);
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      // Forward-only keyset paging: a page reached with a cursor has one before it.
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const agencyOf = (code: string): AgencyInfo => agencyByCode(code) ?? { code, name: code };

/** The table a subgraph's audited record ids point to, and the GraphQL type of those records. */
export interface AuditedRecords {
  schema: SubgraphName;
  table: string;
  type: string;
}

interface HitRow {
  event_id: string;
  occurred_key: string;
  occurred_at: Date;
  user_id: string;
  agency: string;
  jurisdiction: string;
  purpose: string | null;
  operation: string;
  record_id: string;
  national_reference: string;
}

/**
 * One page of `HitReport.<subgraph>`: the audit events of this subgraph that disclosed records the caller's
 * jurisdiction owns (revoked and lapsed ones included: the hit happened), one entry per event and record, newest
 * first. Requests of the caller's own jurisdiction are left out unless `includeOwnJurisdiction`. One statement.
 * The plan reads the log newest first (occurred_at index) until a page is found, or by the GIN index for a
 * `recordId`: 4 ms on 300,000 events for a busy owner, 0.3 s when nothing matches; `since` bounds the rest.
 */
export async function listHits(
  context: AuditContext,
  records: AuditedRecords,
  report: HitReportSource,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  requireRole(context.principal, HIT_REPORT_ROLES, 'hitsOnMyRecords');
  const { filter } = report;
  requireOwnRequestsRole(context.principal, filter);
  context.audit.describe(`HitReport.${records.schema}`, { filter, first, after });
  const limit = parseFirst(first);
  const params = new SqlParams();
  const owner = `${params.add(context.principal.jurisdiction)}::char(2)`;
  const recordId = filter.recordId ? `${params.add(filter.recordId)}::uuid` : '';
  const conditions = [
    `r.owner_jurisdiction = ${owner}`,
    filter.includeOwnJurisdiction ? '' : `e.jurisdiction <> ${owner}`,
    ...periodSql(filter, params),
    filter.requesterJurisdiction ? `e.jurisdiction = ${params.add(filter.requesterJurisdiction)}` : '',
    filter.requesterAgency ? `e.agency = ${params.add(filter.requesterAgency)}` : '',
    // The containment test lets the GIN index on record_ids find the events; the equality keeps that record only.
    recordId ? `e.record_ids @> ARRAY[${recordId}] AND r.id = ${recordId}` : '',
  ];
  if (after) {
    const [instant, eventId, afterRecord] = decodeCursor(after, HIT_CURSOR);
    const at = `${params.add(instant)}::timestamptz`;
    conditions.push(
      `e.occurred_at <= ${at}`,
      `(e.occurred_at, e.id, r.id) < (${at}, ${params.add(eventId)}::bigint, ${params.add(afterRecord)}::uuid)`,
    );
  }
  const rows: HitRow[] = await context.dataSource.query(
    `SELECT e.id::text AS event_id, ${OCCURRED_KEY} AS occurred_key, e.occurred_at, e.user_id, e.agency,
            e.jurisdiction, e.purpose, e.operation, r.id AS record_id, r.national_reference
       FROM ${records.schema}.audit_event e
       CROSS JOIN LATERAL unnest(e.record_ids) AS disclosed(record_id)
       JOIN ${records.table} r ON r.id = disclosed.record_id
      WHERE ${conditions.filter(Boolean).join(' AND ')}
      ORDER BY e.occurred_at DESC, e.id DESC, r.id DESC
      LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  return connection(
    rows.map((row) => ({
      cursor: cursor(['hit', row.occurred_key, row.event_id, row.record_id]),
      node: {
        occurredAt: row.occurred_at,
        requester: { userId: row.user_id, agency: agencyOf(row.agency), jurisdiction: row.jurisdiction },
        purpose: row.purpose,
        operation: row.operation,
        record: { id: row.record_id, type: records.type, nationalReference: row.national_reference },
      },
    })),
    limit,
    after,
  );
}

interface AuditEventRow {
  id: string;
  occurred_key: string;
  occurred_at: Date;
  request_id: string;
  client_request_id: string | null;
  user_id: string;
  agency: string;
  jurisdiction: string;
  purpose: string | null;
  operation: string;
  criteria: unknown;
  record_ids: string[];
}

/**
 * One page of `AuditLogReport.<subgraph>`: this subgraph's audit events of requesters of the data-protection
 * officer's own jurisdiction, newest first. One statement.
 */
export async function listAuditEvents(
  context: AuditContext,
  schema: SubgraphName,
  report: AuditLogReportSource,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  requireRole(context.principal, AUDIT_LOG_ROLES, 'auditLog');
  const { filter } = report;
  requireOwnJurisdiction(context.principal, filter);
  context.audit.describe(`AuditLogReport.${schema}`, { filter, first, after });
  const limit = parseFirst(first);
  const params = new SqlParams();
  const conditions = [
    `e.jurisdiction = ${params.add(context.principal.jurisdiction)}`,
    ...periodSql(filter, params),
    filter.userId ? `e.user_id = ${params.add(filter.userId)}` : '',
    filter.agency ? `e.agency = ${params.add(filter.agency)}` : '',
    // An operation is matched as a whole word of the label: its name or one of its root fields.
    filter.operation ? `${params.add(filter.operation)} = ANY(regexp_split_to_array(e.operation, '[ ,]+'))` : '',
    filter.purpose ? `e.purpose = ${params.add(filter.purpose)}` : '',
    filter.recordId ? `e.record_ids @> ARRAY[${params.add(filter.recordId)}::uuid]` : '',
  ];
  if (after) {
    const [instant, eventId] = decodeCursor(after, EVENT_CURSOR);
    const at = `${params.add(instant)}::timestamptz`;
    conditions.push(`e.occurred_at <= ${at}`, `(e.occurred_at, e.id) < (${at}, ${params.add(eventId)}::bigint)`);
  }
  const rows: AuditEventRow[] = await context.dataSource.query(
    `SELECT e.id::text AS id, ${OCCURRED_KEY} AS occurred_key, e.occurred_at, e.request_id, e.client_request_id,
            e.user_id, e.agency, e.jurisdiction, e.purpose, e.operation, e.criteria, e.record_ids::text[] AS record_ids
       FROM ${schema}.audit_event e
      WHERE ${conditions.filter(Boolean).join(' AND ')}
      ORDER BY e.occurred_at DESC, e.id DESC
      LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  return connection(
    rows.map((row) => ({
      cursor: cursor(['event', row.occurred_key, row.id]),
      node: {
        id: `${schema}:${row.id}`,
        occurredAt: row.occurred_at,
        requestId: row.request_id,
        clientRequestId: row.client_request_id,
        userId: row.user_id,
        agency: agencyOf(row.agency),
        jurisdiction: row.jurisdiction,
        purpose: row.purpose,
        operation: row.operation,
        criteria: row.criteria,
        recordIds: row.record_ids,
      },
    })),
    limit,
    after,
  );
}
