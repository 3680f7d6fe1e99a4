// Information requests between the bureau that hit a record and the bureau that owns it. Every statement is scoped
// to the caller's jurisdiction as one of the two parties: a request is invisible to everyone else, by any path.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { writeAuditEvent, type AuditRowContext } from '../../../../shared/audit';
import { auditUnavailable, badUserInput, forbidden, notFound } from '../../../../shared/errors';
import { queryPrepared } from '../../../../shared/sql';
import type {
  HandlingCodeName,
  InformationRequestRow,
  InformationRequestVersionRow,
  RecordTypeName,
  RequestChange,
  StoredStatus,
  UrgencyName,
} from '../rows';
import { latestHitBy } from './notifications';

const COLUMNS = `r.id, r.record_type AS "recordType", r.record_id AS "recordId",
       r.national_reference AS "nationalReference", r.question, r.urgency, r.handling_code AS "handlingCode",
       r.purpose, r.status, r.deadline, r.requested_at AS "requestedAt", r.requested_by AS "requestedBy",
       r.requesting_agency AS "requestingAgency", r.requesting_jurisdiction AS "requestingJurisdiction",
       r.owner_jurisdiction AS "ownerJurisdiction", r.assigned_agency AS "assignedAgency", r.answer,
       r.answer_handling_code AS "answerHandlingCode", r.answered_at AS "answeredAt",
       r.refusal_reason AS "refusalReason", r.version`;

/** The reported status in SQL: an open request past its deadline is OVERDUE. */
const REPORTED_STATUS = `CASE WHEN r.status = 'OPEN' AND r.deadline < now() THEN 'OVERDUE' ELSE r.status END`;

/** One side of the exchange: which column names the caller's jurisdiction. */
export type Side = 'owner' | 'requester';
const SIDE_COLUMN: Record<Side, string> = { owner: 'owner_jurisdiction', requester: 'requesting_jurisdiction' };

/**
 * A page of the caller's inbox (owner side, deadline first; index `information_request_inbox`) or sent requests
 * (requester side, newest first; index `information_request_sent`), filtered by reported status.
 */
export function listRequests(
  dataSource: DataSource,
  side: Side,
  jurisdiction: string,
  statuses: readonly string[] | null,
  page: { limit: number; offset: number },
): Promise<InformationRequestRow[]> {
  const order = side === 'owner' ? 'r.deadline, r.id' : 'r.requested_at DESC, r.id';
  return queryPrepared<InformationRequestRow>(
    dataSource,
    `SELECT ${COLUMNS} FROM exchange.information_request r
      WHERE r.${SIDE_COLUMN[side]} = $1 AND ($2::text[] IS NULL OR ${REPORTED_STATUS} = ANY ($2::text[]))
      ORDER BY ${order} LIMIT $3 OFFSET $4`,
    [jurisdiction, statuses, page.limit, page.offset],
  );
}

/** Requests by id that the caller's jurisdiction is a party to, in key order (null where not). */
export async function requestsByIds(
  dataSource: DataSource,
  ids: readonly string[],
  jurisdiction: string,
): Promise<(InformationRequestRow | null)[]> {
  const rows = await queryPrepared<InformationRequestRow>(
    dataSource,
    `SELECT ${COLUMNS} FROM exchange.information_request r
      WHERE r.id = ANY ($1::uuid[]) AND $2 IN (r.owner_jurisdiction, r.requesting_jurisdiction)`,
    [ids, jurisdiction],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The requests about each record that the caller's jurisdiction is a party to, newest first. Index `information_request_record`. */
export async function requestsByRecords(
  dataSource: DataSource,
  recordIds: readonly string[],
  jurisdiction: string,
): Promise<InformationRequestRow[][]> {
  const rows = await queryPrepared<InformationRequestRow>(
    dataSource,
    `SELECT ${COLUMNS} FROM exchange.information_request r
      WHERE r.record_id = ANY ($1::uuid[]) AND $2 IN (r.owner_jurisdiction, r.requesting_jurisdiction)
      ORDER BY r.requested_at DESC, r.id`,
    [recordIds, jurisdiction],
  );
  return recordIds.map((id) => rows.filter((row) => row.recordId === id));
}

/** Every version of each request, oldest first, in key order. Primary key of `information_request_version`. */
export async function versionsByRequests(
  dataSource: DataSource,
  requestIds: readonly string[],
): Promise<InformationRequestVersionRow[][]> {
  const rows = await queryPrepared<InformationRequestVersionRow>(
    dataSource,
    `SELECT v.request_id AS "requestId", v.version, v.change, v.changed_at AS "changedAt", v.changed_by AS "changedBy",
            v.agency, v.jurisdiction, v.note
       FROM exchange.information_request_version v
      WHERE v.request_id = ANY ($1::uuid[]) ORDER BY v.request_id, v.version`,
    [requestIds],
  );
  return requestIds.map((id) => rows.filter((row) => row.requestId === id));
}

/** Who changes a request, and why: the audit row's and the version's source. */
export interface RequestActor extends AuditRowContext {
  purpose?: string;
}

const HANDLING_ORDER: readonly HandlingCodeName[] = ['H0', 'H1', 'H2', 'H3'];

export interface NewRequest {
  record: { type: RecordTypeName; id: string };
  question: string;
  urgency: UrgencyName;
  handling: HandlingCodeName;
}

/**
 * Creates a request about a record the caller's jurisdiction has hit, addressed to the hit's owner, with its first
 * version and its audit row, in one transaction.
 */
export function createRequest(
  dataSource: DataSource,
  actor: RequestActor,
  request: NewRequest,
  deadlineMs: number,
): Promise<InformationRequestRow> {
  return inTransaction(dataSource, actor, 'requestInformation', { requestInformation: request }, async (manager) => {
    const { principal } = actor;
    const hit = await latestHitBy(manager, request.record, principal.jurisdiction);
    if (!hit) {
      throw notFound(
        `your jurisdiction has no hit on ${request.record.type} ${request.record.id}: ask its owner after a hit`,
        'input.record',
      );
    }
    const id = randomUUID();
    await manager.query(
      `INSERT INTO exchange.information_request (id, record_type, record_id, national_reference, question, urgency,
              handling_code, purpose, status, deadline, requested_by, requesting_agency, requesting_jurisdiction,
              owner_jurisdiction, assigned_agency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', now() + $9 * interval '1 millisecond', $10, $11, $12, $13, $14)`,
      [
        id,
        hit.recordType,
        hit.recordId,
        hit.nationalReference,
        request.question,
        request.urgency,
        request.handling,
        actor.purpose,
        deadlineMs,
        principal.userId,
        principal.agency,
        principal.jurisdiction,
        hit.ownerJurisdiction,
        hit.ownerAgencyCode,
      ],
    );
    return addVersion(manager, actor, id, 'REQUESTED', null);
  });
}

/** A change by the owner's side: the request must be open (or overdue). */
export function answerRequest(
  dataSource: DataSource,
  actor: RequestActor,
  id: string,
  answer: string,
  handling: HandlingCodeName | null,
): Promise<InformationRequestRow> {
  const args = { answerInformationRequest: { id, answer, handling } };
  return inTransaction(dataSource, actor, 'answerInformationRequest', args, async (manager) => {
    const request = await lockForChange(manager, actor, id, 'owner', 'answer');
    const answerHandling = handling ?? request.handlingCode;
    if (HANDLING_ORDER.indexOf(answerHandling) < HANDLING_ORDER.indexOf(request.handlingCode)) {
      throw badUserInput(
        `handling may keep the request's ${request.handlingCode} or tighten it, not loosen it to ${answerHandling}`,
        'handling',
      );
    }
    await manager.query(
      `UPDATE exchange.information_request
          SET status = 'ANSWERED', answer = $2, answer_handling_code = $3, answered_at = now(), version = version + 1
        WHERE id = $1`,
      [id, answer, answerHandling],
    );
    return addVersion(manager, actor, id, 'ANSWERED', null);
  });
}

export function refuseRequest(
  dataSource: DataSource,
  actor: RequestActor,
  id: string,
  reason: string,
): Promise<InformationRequestRow> {
  const args = { refuseInformationRequest: { id, reason } };
  return inTransaction(dataSource, actor, 'refuseInformationRequest', args, async (manager) => {
    await lockForChange(manager, actor, id, 'owner', 'refuse');
    await manager.query(
      `UPDATE exchange.information_request
          SET status = 'REFUSED', refusal_reason = $2, answered_at = now(), version = version + 1
        WHERE id = $1`,
      [id, reason],
    );
    return addVersion(manager, actor, id, 'REFUSED', reason);
  });
}

export function forwardRequest(
  dataSource: DataSource,
  actor: RequestActor,
  id: string,
  agency: string,
  note: string | null,
): Promise<InformationRequestRow> {
  const args = { forwardInformationRequest: { id, agency, note } };
  return inTransaction(dataSource, actor, 'forwardInformationRequest', args, async (manager) => {
    const request = await lockForChange(manager, actor, id, 'owner', 'forward');
    if (request.assignedAgency === agency) throw badUserInput(`the request is already with ${agency}`, 'agency');
    await manager.query(
      'UPDATE exchange.information_request SET assigned_agency = $2, version = version + 1 WHERE id = $1',
      [id, agency],
    );
    return addVersion(manager, actor, id, 'FORWARDED', note ? `to ${agency}: ${note}` : `to ${agency}`);
  });
}

export function closeRequest(dataSource: DataSource, actor: RequestActor, id: string): Promise<InformationRequestRow> {
  return inTransaction(
    dataSource,
    actor,
    'closeInformationRequest',
    { closeInformationRequest: { id } },
    async (manager) => {
      await lockForChange(manager, actor, id, 'requester', 'close');
      await manager.query(
        `UPDATE exchange.information_request SET status = 'CLOSED', version = version + 1 WHERE id = $1`,
        [id],
      );
      return addVersion(manager, actor, id, 'CLOSED', null);
    },
  );
}

/** What each change may start from. */
const CHANGEABLE: Record<'answer' | 'refuse' | 'forward' | 'close', readonly StoredStatus[]> = {
  answer: ['OPEN'],
  refuse: ['OPEN'],
  forward: ['OPEN'],
  close: ['OPEN', 'ANSWERED', 'REFUSED'],
};

/**
 * The request, locked for the change, if the caller's jurisdiction is a party: NOT_FOUND for anyone else (the same
 * answer as for an unknown id), FORBIDDEN for the other party, BAD_USER_INPUT when its status does not allow the change.
 */
async function lockForChange(
  manager: EntityManager,
  actor: RequestActor,
  id: string,
  side: Side,
  action: keyof typeof CHANGEABLE,
): Promise<InformationRequestRow> {
  const [request]: InformationRequestRow[] = await manager.query(
    `SELECT ${COLUMNS} FROM exchange.information_request r
      WHERE r.id = $1 AND $2 IN (r.owner_jurisdiction, r.requesting_jurisdiction) FOR UPDATE`,
    [id, actor.principal.jurisdiction],
  );
  if (!request) throw notFound(`no information request ${id} of your jurisdiction`, 'id');
  const mine = side === 'owner' ? request.ownerJurisdiction : request.requestingJurisdiction;
  if (mine !== actor.principal.jurisdiction) {
    throw forbidden(
      `only the ${side === 'owner' ? "record owner's" : "requester's"} bureau may ${action} this request`,
    );
  }
  if (!CHANGEABLE[action].includes(request.status)) {
    throw badUserInput(
      `the request is ${request.status}: it can no longer be ${action === 'close' ? 'closed' : `${action}ed`}`,
      'id',
    );
  }
  return request;
}

/** Writes the request's state after a change as its next version, and returns that state. */
async function addVersion(
  manager: EntityManager,
  actor: RequestActor,
  id: string,
  change: RequestChange,
  note: string | null,
): Promise<InformationRequestRow> {
  const [request]: InformationRequestRow[] = await manager.query(
    `SELECT ${COLUMNS} FROM exchange.information_request r WHERE r.id = $1`,
    [id],
  );
  await manager.query(
    `INSERT INTO exchange.information_request_version (request_id, version, change, changed_by, agency, jurisdiction,
            purpose, note, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      request.version,
      change,
      actor.principal.userId,
      actor.principal.agency,
      actor.principal.jurisdiction,
      actor.purpose ?? null,
      note,
      JSON.stringify(request),
    ],
  );
  return request;
}

/** One transaction for a change and its audit row: a change whose audit row cannot be written is not made. */
async function inTransaction(
  dataSource: DataSource,
  actor: RequestActor,
  operation: string,
  criteria: Record<string, unknown>,
  change: (manager: EntityManager) => Promise<InformationRequestRow>,
): Promise<InformationRequestRow> {
  return dataSource.transaction(async (manager) => {
    const request = await change(manager);
    try {
      await writeAuditEvent(manager, 'exchange', actor, { operation, criteria, recordIds: [request.id] });
    } catch {
      throw auditUnavailable('Nothing was changed');
    }
    return request;
  });
}
