// The exchange's rows as its statements return them (camel-cased by the statements' column lists).

export type RecordTypeName = 'Person' | 'Document' | 'Vehicle' | 'Seizure';
export const RECORD_TYPE_NAMES: readonly RecordTypeName[] = ['Person', 'Document', 'Vehicle', 'Seizure'];
export type RecordTypeEnum = 'PERSON' | 'DOCUMENT' | 'VEHICLE' | 'SEIZURE';

/** A record type as the schema's `RecordType` enum names it. */
export function recordTypeEnum(type: RecordTypeName): RecordTypeEnum {
  return type.toUpperCase() as RecordTypeEnum;
}

/** A `RecordType` enum value as the rows name it. */
export function recordTypeName(type: RecordTypeEnum): RecordTypeName {
  return RECORD_TYPE_NAMES.find((name) => recordTypeEnum(name) === type)!;
}

/** The record a notification or request is about, as `RecordReference` resolves it. */
export function recordReferenceOf(row: {
  recordType: RecordTypeName;
  recordId: string;
  nationalReference: string;
}): RecordReferenceSource {
  return { type: row.recordType, id: row.recordId, nationalReference: row.nationalReference };
}

/** A record of another subgraph as the exchange knows it: by type, id and the owner's national reference. */
export interface RecordReferenceSource {
  type: RecordTypeName;
  id: string;
  nationalReference: string;
}

export interface HitNotificationRow {
  /** Arrival order, the feed's cursor (bigint, as text). */
  sequence: string;
  id: string;
  recordType: RecordTypeName;
  recordId: string;
  ownerJurisdiction: string;
  ownerAgencyCode: string;
  ownerAgencyName: string;
  nationalReference: string;
  hitByAgency: string;
  hitByJurisdiction: string;
  hitAt: Date;
  operation: string;
  purpose: string | null;
  status: string | null;
  actionOnHit: string | null;
  receivedAt: Date;
}

export type UrgencyName = 'URGENT' | 'NORMAL' | 'ROUTINE';
export type StoredStatus = 'OPEN' | 'ANSWERED' | 'REFUSED' | 'CLOSED';
export type HandlingCodeName = 'H0' | 'H1' | 'H2' | 'H3';

export interface InformationRequestRow {
  id: string;
  recordType: RecordTypeName;
  recordId: string;
  nationalReference: string;
  question: string;
  urgency: UrgencyName;
  handlingCode: HandlingCodeName;
  purpose: string;
  /** As stored; an open request past its deadline is reported OVERDUE. */
  status: StoredStatus;
  deadline: Date;
  requestedAt: Date;
  requestedBy: string;
  requestingAgency: string;
  requestingJurisdiction: string;
  ownerJurisdiction: string;
  assignedAgency: string;
  answer: string | null;
  answerHandlingCode: HandlingCodeName | null;
  answeredAt: Date | null;
  refusalReason: string | null;
  version: number;
}

export type RequestChange = 'REQUESTED' | 'FORWARDED' | 'ANSWERED' | 'REFUSED' | 'CLOSED';

export interface InformationRequestVersionRow {
  requestId: string;
  version: number;
  change: RequestChange;
  changedAt: Date;
  changedBy: string;
  agency: string;
  jurisdiction: string;
  note: string | null;
}

/** Whether an open request's deadline has passed. */
export function isOverdue(request: Pick<InformationRequestRow, 'status' | 'deadline'>, now = Date.now()): boolean {
  return request.status === 'OPEN' && request.deadline.getTime() < now;
}
