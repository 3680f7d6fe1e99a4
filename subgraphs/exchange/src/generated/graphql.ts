import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HitNotificationRow, InformationRequestRow, InformationRequestVersionRow, RecordReferenceSource } from '../rows';
import type { PersonReference, DocumentReference, VehicleReference, SeizureReference } from '../../../../shared/references';
import type { ExchangeContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with time zone, e.g. `2026-11-24T08:15:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value. Output only: the state of a record in `RecordVersion.data`, the criteria of an `AuditEvent`. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A national unit that entered or owns a record, e.g. `DE-BKA` (Bundeskriminalamt). */
export type Agency = {
  __typename?: 'Agency';
  /** Stable agency code: the owner's ISO 3166-1 alpha-2 country code, a dash and the unit's acronym. */
  code: Scalars['String']['output'];
  /** The agency's name in its own language. */
  name: Scalars['String']['output'];
};

/** One row of a subgraph's append-only audit log: one request, as that subgraph saw it. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  agency: Agency;
  /** The client's own `x-request-id` (1 to 64 letters, digits or `_ . : -`), when it sent one: for its correlation only. */
  clientRequestId?: Maybe<Scalars['String']['output']>;
  /** What was asked: the arguments of each search, check or report, by field. */
  criteria: Scalars['JSON']['output'];
  /** Unique across Liaison: the subgraph and its row number, e.g. `documents:42`. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code of the requester's jurisdiction. */
  jurisdiction: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The request's operation name and root fields, e.g. `UnifiedSearch searchPersons,searchDocuments`. */
  operation: Scalars['String']['output'];
  purpose?: Maybe<Scalars['String']['output']>;
  /** Every record this subgraph returned to the request. */
  recordIds: Array<Scalars['ID']['output']>;
  /**
   * The request's id, made by the gateway (never the client's); the same request has one row in each subgraph it
   * reached.
   */
  requestId: Scalars['String']['output'];
  userId: Scalars['String']['output'];
};

/**
 * Audit events, newest first. Keyset pagination: `after` takes the `endCursor` of the previous page; there is no
 * total count.
 */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** One record a check hit. Follow-up goes through the owner, quoting `reference`. */
export type CheckMatch = {
  __typename?: 'CheckMatch';
  /** What to do on a hit, e.g. `Seize the document and contact the owner`. */
  actionOnHit: Scalars['String']['output'];
  ownerAgency: Agency;
  ownerJurisdiction: Scalars['String']['output'];
  /** The owner's national reference for the record. */
  reference: Scalars['String']['output'];
  /** The record's status, e.g. `STOLEN_FROM_HOLDER` or `WANTED_FOR_ARREST`. */
  status: Scalars['String']['output'];
};

/**
 * The answer of a hit/no-hit check: whether Liaison holds matching records and, for each, only what a hit needs
 * (whom to contact and what to do), no personal data.
 */
export type CheckResult = {
  __typename?: 'CheckResult';
  hit: Scalars['Boolean']['output'];
  matches: Array<CheckMatch>;
};

/** Documents are owned by the documents subgraph; the exchange adds their information requests. */
export type Document = {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
  /** Information requests about this document that your jurisdiction sent or received, newest first. Audited as read. */
  informationRequests: Array<InformationRequest>;
};

/** How a record may be used and by whom. */
export type Handling = {
  __typename?: 'Handling';
  code: HandlingCode;
  /** ISO 3166-1 alpha-2 codes the record is shared with when `sharing` is `LISTED_JURISDICTIONS`. */
  sharedWith: Array<Scalars['String']['output']>;
  sharing: Sharing;
};

/** Handling codes after Europol's SIENA. */
export type HandlingCode =
  /** Police use only. */
  | 'H0'
  /** Not to be used in court without the owner's permission. */
  | 'H1'
  /** Not to be passed on to third parties. */
  | 'H2'
  /** Other restrictions: non-owners get only a hit/no-hit reference. */
  | 'H3';

/**
 * How the owner set who may see a record (see `Handling`). On create, fields left out take their defaults; on update,
 * fields left out keep their value, and changing `sharing` without `sharedWith` empties `sharedWith`.
 */
export type HandlingInput = {
  /** Default `H0`. */
  code?: InputMaybe<HandlingCode>;
  /**
   * ISO 3166-1 alpha-2 codes of Liaison jurisdictions, required (at least one) with `LISTED_JURISDICTIONS` and refused
   * with any other sharing. Never the owner's own jurisdiction: the owner always sees its records.
   */
  sharedWith?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default `ALL_JURISDICTIONS`. */
  sharing?: InputMaybe<Sharing>;
};

/**
 * One record of your jurisdiction that one audited request disclosed (a search hit, a detail lookup, a link, a
 * check): who asked, when and why.
 */
export type Hit = {
  __typename?: 'Hit';
  occurredAt: Scalars['DateTime']['output'];
  /** The request's operation name and root fields, e.g. `UnifiedSearch searchPersons,searchDocuments`. */
  operation: Scalars['String']['output'];
  /** The purpose or case reference the requester sent. */
  purpose?: Maybe<Scalars['String']['output']>;
  record: HitRecord;
  requester: Requester;
};

/** Hits, newest first. Keyset pagination: `after` takes the `endCursor` of the previous page; there is no total count. */
export type HitConnection = {
  __typename?: 'HitConnection';
  edges: Array<HitEdge>;
  pageInfo: PageInfo;
};

export type HitEdge = {
  __typename?: 'HitEdge';
  cursor: Scalars['String']['output'];
  node: Hit;
};

/**
 * One hit on a record of your jurisdiction by another jurisdiction. `id` is stable: the same notification delivered
 * twice (a broker's redelivery, a resumed feed) carries the same id.
 */
export type HitNotification = {
  __typename?: 'HitNotification';
  /** The action the record asks for on a hit (a person's alert in force, a document's or vehicle's status). */
  actionOnHit?: Maybe<Scalars['String']['output']>;
  /** Where this notification is in your feed: resume after it with `hitNotifications(after:)` or `Last-Event-ID`. */
  cursor: Scalars['String']['output'];
  /** When the hit was made (the audit row's time). */
  hitAt: Scalars['DateTime']['output'];
  /** The agency that hit the record. */
  hitByAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that hit the record. */
  hitByJurisdiction: Scalars['String']['output'];
  /** Stable id: the broker's message id too, so that a consumer drops a copy it has seen. */
  id: Scalars['ID']['output'];
  /** The operation that disclosed the record, e.g. `CheckDocument checkDocument` or `UnifiedSearch searchPersons`. */
  operation: Scalars['String']['output'];
  /** The agency of your jurisdiction that owns the record. */
  ownerAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the record's owner: your jurisdiction. */
  ownerJurisdiction: Scalars['String']['output'];
  /** The purpose or case reference the searching officer gave. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** When the exchange received the notification. */
  receivedAt: Scalars['DateTime']['output'];
  /** The record that was hit. */
  record: RecordReference;
  /** The record's status at the hit, e.g. `STOLEN_FROM_HOLDER` or `WANTED_FOR_ARREST`. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A page of hit notifications, oldest first. */
export type HitNotificationConnection = {
  __typename?: 'HitNotificationConnection';
  edges: Array<HitNotificationEdge>;
  /** `hasNextPage`: more notifications after this page; `endCursor`: where the next page starts. */
  pageInfo: PageInfo;
};

/** One notification in a page, with its cursor. */
export type HitNotificationEdge = {
  __typename?: 'HitNotificationEdge';
  /** The notification's `cursor`: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  node: HitNotification;
};

/** A record of yours that a request disclosed: its id, its GraphQL type and your national reference for it. */
export type HitRecord = {
  __typename?: 'HitRecord';
  id: Scalars['ID']['output'];
  nationalReference: Scalars['String']['output'];
  /** `Person`, `Document`, `Vehicle` or `Seizure`. */
  type: Scalars['String']['output'];
};

/**
 * A request for more information about a record, from the bureau whose jurisdiction hit it to the bureau that owns
 * it. Visible to those two jurisdictions only; every read is audited.
 */
export type InformationRequest = {
  __typename?: 'InformationRequest';
  /** The owner's answer, once `ANSWERED`. */
  answer?: Maybe<Scalars['String']['output']>;
  /** Handling code of the answer: the request's or tighter. */
  answerHandling?: Maybe<HandlingCode>;
  /** When it was answered or refused. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owner's agency the request is with now (changed by a forward). */
  assignedAgency: Agency;
  /** When an answer is due: `requestedAt` plus the urgency's deadline. */
  deadline: Scalars['DateTime']['output'];
  /** Handling code of the request (SIENA). */
  handling: HandlingCode;
  id: Scalars['ID']['output'];
  /** Whether the deadline has passed with no answer or refusal. */
  overdue: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2 code of the record's owner, to whom the request is addressed. */
  ownerJurisdiction: Scalars['String']['output'];
  /** The requester's purpose or case reference. */
  purpose: Scalars['String']['output'];
  /** What the requester wants to know. */
  question: Scalars['String']['output'];
  /** The record asked about. */
  record: RecordReference;
  /** Why the owner refused, once `REFUSED`. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** The user who asked. */
  requestedBy: Scalars['String']['output'];
  /** The agency that asked. */
  requestingAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that asked (the one that hit the record). */
  requestingJurisdiction: Scalars['String']['output'];
  /** Where the request stands; an open request past its deadline is `OVERDUE`. */
  status: InformationRequestStatus;
  /** How soon an answer is expected; sets `deadline`. */
  urgency: Urgency;
  /** Every state the request has had, oldest first: who changed it, when and how. */
  versions: Array<InformationRequestVersion>;
};

/** A page of information requests. */
export type InformationRequestConnection = {
  __typename?: 'InformationRequestConnection';
  edges: Array<InformationRequestEdge>;
  /** `hasNextPage`: more requests after this page; `endCursor`: where the next page starts. */
  pageInfo: PageInfo;
};

/** One information request in a page, with its cursor. */
export type InformationRequestEdge = {
  __typename?: 'InformationRequestEdge';
  /** Pass as `after` to read the page after this request. */
  cursor: Scalars['String']['output'];
  node: InformationRequest;
};

/** A request for more information about a record your jurisdiction hit. */
export type InformationRequestInput = {
  /** Handling code of your request; default H0. */
  handling?: InputMaybe<HandlingCode>;
  /** What you want to know, 3 to 4,000 characters. */
  question: Scalars['String']['input'];
  /** The record you hit and ask about. */
  record: RecordReferenceInput;
  /** How soon you need the answer; sets the deadline. */
  urgency: Urgency;
};

/** Where an information request stands. */
export type InformationRequestStatus =
  /** The owner's bureau answered (`answer`). */
  | 'ANSWERED'
  /** Closed by the requester: withdrawn, or done with. */
  | 'CLOSED'
  /** Waiting for the owner's answer, within its deadline. */
  | 'OPEN'
  /** Still waiting for the owner's answer, past its deadline. */
  | 'OVERDUE'
  /** The owner's bureau refused (`refusalReason`). */
  | 'REFUSED';

/** One state of an information request, kept after each change. */
export type InformationRequestVersion = {
  __typename?: 'InformationRequestVersion';
  /** The user's agency. */
  agency: Agency;
  /** REQUESTED, FORWARDED, ANSWERED, REFUSED or CLOSED. */
  change: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  /** The user who made the change. */
  changedBy: Scalars['String']['output'];
  /** The user's jurisdiction: the requester's or the owner's. */
  jurisdiction: Scalars['String']['output'];
  /** The note of a forward, the reason of a refusal. */
  note?: Maybe<Scalars['String']['output']>;
  /** 1 for the request as made, then one more per change. */
  version: Scalars['Int']['output'];
};

/** How a search hit matched a field of the record. */
export type MatchKind =
  /** Matched an alias or the name at birth. */
  | 'ALIAS'
  /** The record satisfies the typed criteria; no free text was matched. */
  | 'CRITERIA'
  /** Identical to the stored value as written. */
  | 'EXACT'
  /** Similar spelling (typo tolerance). */
  | 'FUZZY'
  /** Identical after folding case, diacritics, spaces and punctuation. */
  | 'NORMALIZED'
  /** A part of the stored value (e.g. the last characters of a VIN). */
  | 'PARTIAL'
  /** Sounds alike. */
  | 'PHONETIC'
  /** Matched a synonym or street name. */
  | 'SYNONYM'
  /** Identical after transliteration from another script. */
  | 'TRANSLITERATED';

/** One reason a record came back from a search: which field matched and how. */
export type MatchedField = {
  __typename?: 'MatchedField';
  /** The field that matched, e.g. `familyName`, `vin`, `number`, `substance.synonyms`. */
  field: Scalars['String']['output'];
  kind: MatchKind;
  /** What the officer should know about this match, e.g. `MRZ check digit of the document number is wrong (expected 6, found 5)`. */
  note?: Maybe<Scalars['String']['output']>;
  /** The stored value that matched, when it may be shown. */
  value?: Maybe<Scalars['String']['output']>;
};

/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Answers a request addressed to your jurisdiction that is open or overdue. `handling` may keep the request's code
   * or tighten it (H0 < H1 < H2 < H3), never loosen it. FORBIDDEN for the requester's side; NOT_FOUND for others.
   */
  answerInformationRequest: InformationRequest;
  /**
   * Closes a request your jurisdiction sent: withdrawn while open, or done once answered or refused. FORBIDDEN for the
   * owner's side; NOT_FOUND for others.
   */
  closeInformationRequest: InformationRequest;
  /**
   * Hands a request addressed to your jurisdiction to another agency of your jurisdiction (e.g. from the national
   * bureau to the border police), which then answers it. The deadline stays. Errors as for `answerInformationRequest`;
   * BAD_USER_INPUT for an agency that is not one of your jurisdiction's.
   */
  forwardInformationRequest: InformationRequest;
  /**
   * Refuses a request addressed to your jurisdiction that is open or overdue, saying why (e.g. `the record is
   * restricted to national use`). Errors as for `answerInformationRequest`.
   */
  refuseInformationRequest: InformationRequest;
  /**
   * Asks the owner of a record for more information. You can ask only about a record your jurisdiction has hit (it
   * came to you through a search, a link, a lookup or a check): its owner is the hit's owner, never what the client says.
   * NOT_FOUND when your jurisdiction has no hit on the record. The deadline follows `urgency` (by default 12 hours
   * urgent, 48 hours normal, 7 days routine; the operator sets them).
   */
  requestInformation: InformationRequest;
};


/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type MutationAnswerInformationRequestArgs = {
  answer: Scalars['String']['input'];
  handling?: InputMaybe<HandlingCode>;
  id: Scalars['ID']['input'];
};


/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type MutationCloseInformationRequestArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type MutationForwardInformationRequestArgs = {
  agency: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type MutationRefuseInformationRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * The exchange between two national bureaus after a hit (SIRENE, Prüm follow-up). Each mutation needs the role
 * `officer` or `admin` and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction, keeps
 * the request's state after the change as a new version, and is audited. BAD_USER_INPUT names the argument at fault in
 * `extensions.argument`; a request that is not yours to change is NOT_FOUND or FORBIDDEN as each mutation says.
 */
export type MutationRequestInformationArgs = {
  input: InformationRequestInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Persons are owned by the persons subgraph. The exchange adds the information requests about a person, for the two
 * jurisdictions of each request only.
 */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** Information requests about this person that your jurisdiction sent or received, newest first. Audited as read. */
  informationRequests: Array<InformationRequest>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Hits on your jurisdiction's records by other jurisdictions, oldest first from `after` (resume with the last
   * `cursor` you saw; without it, from the beginning of the kept notifications). Every disclosure of one of your records
   * to another jurisdiction (a search hit, a detail lookup, a link, a hit/no-hit check) is one notification, made in
   * the same transaction as the audit row that records it. The same notifications arrive live on the gateway's
   * server-sent-event feed `GET /notifications` and, when one is configured, on the message broker.
   *
   * Open to the roles `officer`, `analyst` and `admin` (FORBIDDEN for partners and data protection, who read the audit
   * log instead); you see only the notifications of your own jurisdiction's records. Audited.
   */
  hitNotifications: HitNotificationConnection;
  /**
   * One information request, or null when it does not exist or your jurisdiction is neither the requester nor the
   * owner of the record (the two answers are the same). Audited as read.
   */
  informationRequest?: Maybe<InformationRequest>;
  /**
   * Information requests addressed to your jurisdiction (your bureau's inbox), deadline first. `status` filters; an
   * open request whose deadline has passed has status `OVERDUE`. Open to `officer`, `analyst` and `admin`. Every
   * request returned is audited as read.
   */
  informationRequestInbox: InformationRequestConnection;
  /**
   * Information requests your jurisdiction has sent, newest first, with their answers. `status` filters as in
   * `informationRequestInbox`. Audited as read.
   */
  sentInformationRequests: InformationRequestConnection;
};


export type QueryHitNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInformationRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationRequestInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InformationRequestStatus>>;
};


export type QuerySentInformationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<InformationRequestStatus>>;
};

/** What a version records: the change that made it. */
export type RecordChange =
  /** The record was created (version 1). */
  | 'CREATE'
  /** The owner revoked the record; it is returned nowhere since. */
  | 'REVOKE'
  /** Fields of the record were changed. An update that changes nothing makes no version. */
  | 'UPDATE';

/**
 * A record of another subgraph, by type and id. The record itself (`person`, `document`, ...) is resolved by the
 * subgraph that owns it, with your visibility: it may be null for you even where the reference is shown.
 */
export type RecordReference = {
  __typename?: 'RecordReference';
  /** The document, when the record is one and you may see it. */
  document?: Maybe<Document>;
  /** The record's id in its subgraph. */
  id: Scalars['ID']['output'];
  /** The owner's national reference for the record, to quote in any exchange. */
  nationalReference: Scalars['String']['output'];
  /** The person, when the record is one and you may see it. */
  person?: Maybe<Person>;
  /** The seizure, when the record is one and you may see it. */
  seizure?: Maybe<Seizure>;
  /** Which subgraph's record: persons, documents, vehicles or substances (a seizure). */
  type: RecordType;
  /** The vehicle, when the record is one and you may see it. */
  vehicle?: Maybe<Vehicle>;
};

/** A record of another subgraph, by type and id (from the hit: a search, a check, a link). */
export type RecordReferenceInput = {
  id: Scalars['ID']['input'];
  type: RecordType;
};

/** The kind of record a notification or request is about. */
export type RecordType =
  | 'DOCUMENT'
  | 'PERSON'
  | 'SEIZURE'
  | 'VEHICLE';

/**
 * One version of a record: every create, update and revoke is kept, append-only, with who made it, when and why.
 * Written in the same transaction as the change. Only the owning jurisdiction sees a record's versions.
 */
export type RecordVersion = {
  __typename?: 'RecordVersion';
  /** The agency the user acted for. */
  agency: Agency;
  change: RecordChange;
  changedAt: Scalars['DateTime']['output'];
  /**
   * The full state of the record after the change: its fields as stored (`ownerJurisdiction`, `nationalReference`,
   * `handlingCode`, ... and the record's own fields in camelCase, normalized forms included), with linked ids.
   */
  data: Scalars['JSON']['output'];
  /** The purpose or case reference sent with the change. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The user who made the change (the token's subject, or the `--user` of a bulk import). */
  userId: Scalars['String']['output'];
  /** 1 for the creation, then one more for each change. */
  version: Scalars['Int']['output'];
};

/** Source reliability, Europol 4x4 evaluation: A (no doubt), B (mostly reliable), C (not reliable), X (cannot be assessed). */
export type Reliability =
  | 'A'
  | 'B'
  | 'C'
  | 'X';

/** Who made an audited request, as their token named them. */
export type Requester = {
  __typename?: 'Requester';
  agency: Agency;
  /** ISO 3166-1 alpha-2 code of the requester's jurisdiction. */
  jurisdiction: Scalars['String']['output'];
  /** The user (the token's subject). */
  userId: Scalars['String']['output'];
};

/** Seizures are owned by the substances subgraph; the exchange adds their information requests. */
export type Seizure = {
  __typename?: 'Seizure';
  id: Scalars['ID']['output'];
  /** Information requests about this seizure that your jurisdiction sent or received, newest first. Audited as read. */
  informationRequests: Array<InformationRequest>;
};

/** Who may see a record beyond its owner. */
export type Sharing =
  /** Every jurisdiction connected to Liaison. */
  | 'ALL_JURISDICTIONS'
  /** Only the owner and the jurisdictions listed in `Handling.sharedWith`. */
  | 'LISTED_JURISDICTIONS'
  /** Only the owning jurisdiction. */
  | 'OWNER_ONLY';

/**
 * Live deliveries, served as GraphQL over server-sent events (the `graphql-sse` protocol): POST the operation to the
 * gateway's `/graphql` with `Accept: text/event-stream`; each result arrives as an `event: next`. A subscription is
 * answered by the exchange subgraph alone: select the notification's own fields and `record { type id
 * nationalReference }`, then read the record with `person(id:)`, `document(id:)`, `vehicle(id:)` or `seizure(id:)`.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each hit on your jurisdiction's records by another jurisdiction, as it is stored: first those after `after` (resume
   * with the last `cursor` you saw), then every new one, live, until you close the stream. The same notifications as
   * the query `hitNotifications` and the feed `GET /notifications`; every batch sent is audited before it leaves.
   *
   * Open to the roles `officer`, `analyst` and `admin`; partners and data protection get FORBIDDEN. Needs a purpose or
   * case reference (header `x-liaison-purpose`). The stream ends when the service stops: subscribe again with `after`.
   */
  hitNotifications: HitNotification;
};


/**
 * Live deliveries, served as GraphQL over server-sent events (the `graphql-sse` protocol): POST the operation to the
 * gateway's `/graphql` with `Accept: text/event-stream`; each result arrives as an `event: next`. A subscription is
 * answered by the exchange subgraph alone: select the notification's own fields and `record { type id
 * nationalReference }`, then read the record with `person(id:)`, `document(id:)`, `vehicle(id:)` or `seizure(id:)`.
 */
export type SubscriptionHitNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** How soon an answer is expected; each has a deadline the operator sets. */
export type Urgency =
  /** Default 48 hours (Prüm follow-up). */
  | 'NORMAL'
  /** Default 7 days. */
  | 'ROUTINE'
  /** Default 12 hours (SIRENE's urgent requests). */
  | 'URGENT';

/** Vehicles are owned by the vehicles subgraph; the exchange adds their information requests. */
export type Vehicle = {
  __typename?: 'Vehicle';
  id: Scalars['ID']['output'];
  /** Information requests about this vehicle that your jurisdiction sent or received, newest first. Audited as read. */
  informationRequests: Array<InformationRequest>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Document: Document;
  Person: Person;
  Seizure: Seizure;
  Vehicle: Vehicle;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Seizure:
    ( { __typename: 'Seizure' }
    & GraphQLRecursivePick<FederationTypes['Seizure'], {"id":true}> );
  Vehicle:
    ( { __typename: 'Vehicle' }
    & GraphQLRecursivePick<FederationTypes['Vehicle'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  CheckMatch: ResolverTypeWrapper<CheckMatch>;
  CheckResult: ResolverTypeWrapper<CheckResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<DocumentReference>;
  Handling: ResolverTypeWrapper<Handling>;
  HandlingCode: HandlingCode;
  HandlingInput: HandlingInput;
  Hit: ResolverTypeWrapper<Hit>;
  HitConnection: ResolverTypeWrapper<HitConnection>;
  HitEdge: ResolverTypeWrapper<HitEdge>;
  HitNotification: ResolverTypeWrapper<HitNotificationRow>;
  HitNotificationConnection: ResolverTypeWrapper<Omit<HitNotificationConnection, 'edges'> & { edges: Array<ResolversTypes['HitNotificationEdge']> }>;
  HitNotificationEdge: ResolverTypeWrapper<Omit<HitNotificationEdge, 'node'> & { node: ResolversTypes['HitNotification'] }>;
  HitRecord: ResolverTypeWrapper<HitRecord>;
  InformationRequest: ResolverTypeWrapper<InformationRequestRow>;
  InformationRequestConnection: ResolverTypeWrapper<Omit<InformationRequestConnection, 'edges'> & { edges: Array<ResolversTypes['InformationRequestEdge']> }>;
  InformationRequestEdge: ResolverTypeWrapper<Omit<InformationRequestEdge, 'node'> & { node: ResolversTypes['InformationRequest'] }>;
  InformationRequestInput: InformationRequestInput;
  InformationRequestStatus: InformationRequestStatus;
  InformationRequestVersion: ResolverTypeWrapper<InformationRequestVersionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MatchKind: MatchKind;
  MatchedField: ResolverTypeWrapper<MatchedField>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: RecordChange;
  RecordReference: ResolverTypeWrapper<RecordReferenceSource>;
  RecordReferenceInput: RecordReferenceInput;
  RecordType: RecordType;
  RecordVersion: ResolverTypeWrapper<RecordVersion>;
  Reliability: Reliability;
  Requester: ResolverTypeWrapper<Requester>;
  Seizure: ResolverTypeWrapper<SeizureReference>;
  Sharing: Sharing;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Urgency: Urgency;
  Vehicle: ResolverTypeWrapper<VehicleReference>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  String: Scalars['String']['output'];
  AuditEvent: AuditEvent;
  ID: Scalars['ID']['output'];
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  CheckMatch: CheckMatch;
  CheckResult: CheckResult;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentReference;
  Handling: Handling;
  HandlingInput: HandlingInput;
  Hit: Hit;
  HitConnection: HitConnection;
  HitEdge: HitEdge;
  HitNotification: HitNotificationRow;
  HitNotificationConnection: Omit<HitNotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['HitNotificationEdge']> };
  HitNotificationEdge: Omit<HitNotificationEdge, 'node'> & { node: ResolversParentTypes['HitNotification'] };
  HitRecord: HitRecord;
  InformationRequest: InformationRequestRow;
  InformationRequestConnection: Omit<InformationRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['InformationRequestEdge']> };
  InformationRequestEdge: Omit<InformationRequestEdge, 'node'> & { node: ResolversParentTypes['InformationRequest'] };
  InformationRequestInput: InformationRequestInput;
  InformationRequestVersion: InformationRequestVersionRow;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MatchedField: MatchedField;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RecordReference: RecordReferenceSource;
  RecordReferenceInput: RecordReferenceInput;
  RecordVersion: RecordVersion;
  Requester: Requester;
  Seizure: SeizureReference;
  Subscription: Record<PropertyKey, never>;
  Vehicle: VehicleReference;
};

export type AgencyResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  clientRequestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criteria?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type CheckMatchResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['CheckMatch'] = ResolversParentTypes['CheckMatch']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckResultResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['CheckResult'] = ResolversParentTypes['CheckResult']> = {
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CheckMatch']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationRequests?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
};

export type HandlingResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['HitRecord'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
};

export type HitConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitConnection'] = ResolversParentTypes['HitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitEdge'] = ResolversParentTypes['HitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hit'], ParentType, ContextType>;
};

export type HitNotificationResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitNotification'] = ResolversParentTypes['HitNotification']> = {
  actionOnHit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hitAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hitByAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  hitByJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['RecordReference'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HitNotificationConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitNotificationConnection'] = ResolversParentTypes['HitNotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitNotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitNotificationEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitNotificationEdge'] = ResolversParentTypes['HitNotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HitNotification'], ParentType, ContextType>;
};

export type HitRecordResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['HitRecord'] = ResolversParentTypes['HitRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InformationRequestResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['InformationRequest'] = ResolversParentTypes['InformationRequest']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answerHandling?: Resolver<Maybe<ResolversTypes['HandlingCode']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['RecordReference'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestingAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  requestingJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InformationRequestStatus'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['InformationRequestVersion']>, ParentType, ContextType>;
};

export type InformationRequestConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['InformationRequestConnection'] = ResolversParentTypes['InformationRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InformationRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InformationRequestEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['InformationRequestEdge'] = ResolversParentTypes['InformationRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType>;
};

export type InformationRequestVersionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['InformationRequestVersion'] = ResolversParentTypes['InformationRequestVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchedFieldResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  answerInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<MutationAnswerInformationRequestArgs, 'answer' | 'id'>>;
  closeInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<MutationCloseInformationRequestArgs, 'id'>>;
  forwardInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<MutationForwardInformationRequestArgs, 'agency' | 'id'>>;
  refuseInformationRequest?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<MutationRefuseInformationRequestArgs, 'id' | 'reason'>>;
  requestInformation?: Resolver<ResolversTypes['InformationRequest'], ParentType, ContextType, RequireFields<MutationRequestInformationArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationRequests?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  hitNotifications?: Resolver<ResolversTypes['HitNotificationConnection'], ParentType, ContextType, RequireFields<QueryHitNotificationsArgs, 'first'>>;
  informationRequest?: Resolver<Maybe<ResolversTypes['InformationRequest']>, ParentType, ContextType, RequireFields<QueryInformationRequestArgs, 'id'>>;
  informationRequestInbox?: Resolver<ResolversTypes['InformationRequestConnection'], ParentType, ContextType, RequireFields<QueryInformationRequestInboxArgs, 'first'>>;
  sentInformationRequests?: Resolver<ResolversTypes['InformationRequestConnection'], ParentType, ContextType, RequireFields<QuerySentInformationRequestsArgs, 'first'>>;
};

export type RecordReferenceResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['RecordReference'] = ResolversParentTypes['RecordReference']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  seizure?: Resolver<Maybe<ResolversTypes['Seizure']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecordType'], ParentType, ContextType>;
  vehicle?: Resolver<Maybe<ResolversTypes['Vehicle']>, ParentType, ContextType>;
};

export type RecordVersionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeizureResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Seizure'] = ResolversParentTypes['Seizure'], FederationReferenceType extends FederationReferenceTypes['Seizure'] = FederationReferenceTypes['Seizure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seizure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationRequests?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  hitNotifications?: SubscriptionResolver<ResolversTypes['HitNotification'], "hitNotifications", ParentType, ContextType, Partial<SubscriptionHitNotificationsArgs>>;
};

export type VehicleResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle'], FederationReferenceType extends FederationReferenceTypes['Vehicle'] = FederationReferenceTypes['Vehicle']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vehicle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationRequests?: Resolver<Array<ResolversTypes['InformationRequest']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ExchangeContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  CheckMatch?: CheckMatchResolvers<ContextType>;
  CheckResult?: CheckResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Handling?: HandlingResolvers<ContextType>;
  Hit?: HitResolvers<ContextType>;
  HitConnection?: HitConnectionResolvers<ContextType>;
  HitEdge?: HitEdgeResolvers<ContextType>;
  HitNotification?: HitNotificationResolvers<ContextType>;
  HitNotificationConnection?: HitNotificationConnectionResolvers<ContextType>;
  HitNotificationEdge?: HitNotificationEdgeResolvers<ContextType>;
  HitRecord?: HitRecordResolvers<ContextType>;
  InformationRequest?: InformationRequestResolvers<ContextType>;
  InformationRequestConnection?: InformationRequestConnectionResolvers<ContextType>;
  InformationRequestEdge?: InformationRequestEdgeResolvers<ContextType>;
  InformationRequestVersion?: InformationRequestVersionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MatchedField?: MatchedFieldResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordReference?: RecordReferenceResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  Requester?: RequesterResolvers<ContextType>;
  Seizure?: SeizureResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
};

