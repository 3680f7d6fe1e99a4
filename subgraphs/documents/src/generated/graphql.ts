import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DocumentEntity } from '../entities';
import type { PersonReference } from '../../../../shared/references';
import type { RankedHit } from '../../../../shared/search';
import type { HitReportSource, AuditLogReportSource } from '../../../../shared/audit-queries';
import type { RecordVersionView } from '../../../../shared/versions';
import type { DocumentsContext } from '../context';
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

/** The answer of `auditLog` (persons subgraph); this subgraph adds the events of its own audit log. */
export type AuditLogReport = {
  __typename?: 'AuditLogReport';
  /** Events of the documents subgraph, newest first. Null, with an error, only when this subgraph is unavailable. */
  documents?: Maybe<AuditEventConnection>;
  id: Scalars['ID']['output'];
};


/** The answer of `auditLog` (persons subgraph); this subgraph adds the events of its own audit log. */
export type AuditLogReportDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A stolen, lost, revoked or invalidated travel or identity document. */
export type Document = {
  __typename?: 'Document';
  /** Accuracy of the information, 1 (known true) to 4 (cannot be judged). */
  accuracy: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When the record lapses; lapsed records are not returned. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  expiryDate?: Maybe<Scalars['Date']['output']>;
  handling: Handling;
  /**
   * The id of the person the document was issued to, for the persons subgraph only (`@inaccessible`: not in the public
   * schema), sealed for the caller as `Seizure.personIds`. The persons subgraph opens it, resolves `holder` and decides
   * whether the caller may see that person.
   */
  holderId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  issueDate?: Maybe<Scalars['Date']['output']>;
  /** ISO 3166-1 alpha-2 code of the issuing country. */
  issuingCountry: Scalars['String']['output'];
  /** When the document was lost or stolen. */
  lossDate?: Maybe<Scalars['Date']['output']>;
  lossPlace?: Maybe<Scalars['String']['output']>;
  /** The machine-readable zone, lines separated by newlines, when known. */
  mrz?: Maybe<Scalars['String']['output']>;
  /** The owner's own reference for the record. */
  nationalReference: Scalars['String']['output'];
  /** The document number as printed. */
  number: Scalars['String']['output'];
  ownerAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that owns the record. */
  ownerJurisdiction: Scalars['String']['output'];
  reliability: Reliability;
  /** When the owner must review the record. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owner's reason for revoking; as `revokedAt`. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the owner revoked the record. Set only in the answer of `revokeDocument`: revoked records are returned nowhere else. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DocumentStatus;
  type: DocumentType;
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Every version of the record, oldest first: who changed it, when, why, and its full state after the change. Only
   * the owning jurisdiction sees them; for everyone else the list is empty (not an error, so that a search selecting
   * `versions` answers records of other owners without errors).
   */
  versions: Array<RecordVersion>;
};

/** One document of a `checkDocuments` batch: the arguments of `checkDocument`. */
export type DocumentCheckInput = {
  /** The issuing country, ISO 3166-1 alpha-2. */
  issuingCountry: Scalars['String']['input'];
  /** The document number as printed (spaces, dashes and case ignored), at least 3 letters or digits. */
  number: Scalars['String']['input'];
  /** Only documents of this type; any type when left out. */
  type?: InputMaybe<DocumentType>;
};

/** Typed filters for `searchDocuments`. All given criteria must hold. */
export type DocumentCriteria = {
  /** ISO 3166-1 alpha-2 code of the issuing country. */
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DocumentStatus>;
  type?: InputMaybe<DocumentType>;
};

/**
 * A new document record: the fields of `Document` that its owner sets. Text is trimmed; dates may not lie in the
 * future where they record an event (issue, loss).
 */
export type DocumentInput = {
  /** 1 (known true) to 4 (cannot be judged); default 4. */
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  /** When the record lapses; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not before `issueDate`. */
  expiryDate?: InputMaybe<Scalars['Date']['input']>;
  /** Who may see the record; default H0 shared with all jurisdictions. */
  handling?: InputMaybe<HandlingInput>;
  /** The id of the person the document was issued to (a Person of the persons subgraph). None for blank documents. */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-1 alpha-2 code of the issuing country. */
  issuingCountry: Scalars['String']['input'];
  /** Not before `issueDate`. */
  lossDate?: InputMaybe<Scalars['Date']['input']>;
  lossPlace?: InputMaybe<Scalars['String']['input']>;
  /**
   * The machine-readable zone (TD1, TD2 or TD3; lines separated by newlines or spaces, or run together). Its check
   * digits must hold, and it must name this document: the same number and, when it names a country, the issuing
   * country.
   */
  mrz?: InputMaybe<Scalars['String']['input']>;
  /** The owner's own reference, unique within your jurisdiction: 1 to 64 letters, digits, spaces and . / : # _ -. */
  nationalReference: Scalars['String']['input'];
  /** The number as printed, at most 40 characters holding at least 3 letters or digits. */
  number: Scalars['String']['input'];
  /** Default `X` (cannot be assessed). */
  reliability?: InputMaybe<Reliability>;
  /** When the owner must review the record. */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  status: DocumentStatus;
  type: DocumentType;
};

export type DocumentSearchConnection = {
  __typename?: 'DocumentSearchConnection';
  edges: Array<DocumentSearchHit>;
  pageInfo: PageInfo;
  /** Number of hits over all pages, counted up to 1,000. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when the search had more than 1,000 candidates: `totalCount` then says 1,000, and only those were ranked.
   * A search costs the same whatever the size of the data; narrow it (a date of birth, a jurisdiction, criteria).
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A document found by a search, with the reasons it matched. */
export type DocumentSearchHit = {
  __typename?: 'DocumentSearchHit';
  cursor: Scalars['String']['output'];
  matchedOn: Array<MatchedField>;
  node: Document;
  /** Relevance from 0 to 1, comparable with the scores of the other search fields; 1.0 is an exact identifier match. */
  score: Scalars['Float']['output'];
};

export type DocumentStatus =
  | 'INVALIDATED'
  | 'LOST'
  | 'REVOKED'
  | 'STOLEN_BLANK'
  | 'STOLEN_FROM_HOLDER';

export type DocumentType =
  | 'BLANK_DOCUMENT'
  | 'DRIVING_LICENCE'
  | 'IDENTITY_CARD'
  | 'PASSPORT'
  | 'RESIDENCE_PERMIT'
  | 'VEHICLE_REGISTRATION_CERTIFICATE'
  | 'VISA';

/** Changes to a document: every field optional. Left out: unchanged; `null`: cleared (refused for required fields). */
export type DocumentUpdateInput = {
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  expiryDate?: InputMaybe<Scalars['Date']['input']>;
  handling?: InputMaybe<HandlingInput>;
  holderId?: InputMaybe<Scalars['ID']['input']>;
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  issuingCountry?: InputMaybe<Scalars['String']['input']>;
  lossDate?: InputMaybe<Scalars['Date']['input']>;
  lossPlace?: InputMaybe<Scalars['String']['input']>;
  mrz?: InputMaybe<Scalars['String']['input']>;
  nationalReference?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  reliability?: InputMaybe<Reliability>;
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<DocumentStatus>;
  type?: InputMaybe<DocumentType>;
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

/** A record of yours that a request disclosed: its id, its GraphQL type and your national reference for it. */
export type HitRecord = {
  __typename?: 'HitRecord';
  id: Scalars['ID']['output'];
  nationalReference: Scalars['String']['output'];
  /** `Person`, `Document`, `Vehicle` or `Seizure`. */
  type: Scalars['String']['output'];
};

/** The answer of `hitsOnMyRecords` (persons subgraph); this subgraph adds the hits on its records. */
export type HitReport = {
  __typename?: 'HitReport';
  /** Hits on your documents, newest first. Null, with an error, only when this subgraph is unavailable. */
  documents?: Maybe<HitConnection>;
  id: Scalars['ID']['output'];
};


/** The answer of `hitsOnMyRecords` (persons subgraph); this subgraph adds the hits on its records. */
export type HitReportDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.issuingCountry`). The same validation serves `npm run import`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a document, owned by your jurisdiction and agency (from your token, never from the input). `input.nationalReference`
   * must not be used yet by another document of your jurisdiction. Returns the new record, version 1.
   */
  createDocument: Document;
  /**
   * Revokes a document your jurisdiction owns: from now on it is returned nowhere (searches, `document`, links,
   * `_entities`, checks), and it cannot be changed or imported again. This answer is the last to show it, with
   * `revokedAt` and `revocationReason`; it stays in the version history. Errors as for `updateDocument`.
   */
  revokeDocument: Document;
  /**
   * Changes a document your jurisdiction owns: fields you leave out keep their value, `null` clears an optional field,
   * `handling` merges field by field. The result is validated as a whole, like a new record. An update that changes
   * nothing makes no version. A document another jurisdiction owns is FORBIDDEN to change; one that is unknown,
   * revoked or not visible to you is NOT_FOUND (the same answer for all three). Your own lapsed documents may be
   * changed, e.g. to extend `expiresAt`.
   */
  updateDocument: Document;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.issuingCountry`). The same validation serves `npm run import`.
 */
export type MutationCreateDocumentArgs = {
  input: DocumentInput;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.issuingCountry`). The same validation serves `npm run import`.
 */
export type MutationRevokeDocumentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.issuingCountry`). The same validation serves `npm run import`.
 */
export type MutationUpdateDocumentArgs = {
  id: Scalars['ID']['input'];
  input: DocumentUpdateInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Documents contribute the documents a person holds. */
export type Person = {
  __typename?: 'Person';
  /**
   * Documents issued to this person that are recorded as stolen, lost, revoked or invalidated; null, with an error whose
   * path names this field, when the documents subgraph cannot answer (the rest of the record still does).
   */
  documents?: Maybe<Array<Document>>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Hit/no-hit check of a document, the fast path for border lanes and partner systems: exact number (spaces, dashes
   * and case ignored) of the issuing country, optionally of one type. Answers with references and the action to take,
   * never personal data; records under handling code H3 answer too. Open to officers, analysts and partners; audited.
   */
  checkDocument: CheckResult;
  /**
   * Hit/no-hit checks of many documents at once, for border lanes and partner systems that check a batch:
   * 1 to 100 items, answered by one `CheckResult` per item, in item order, each exactly what `checkDocument` answers for
   * that item (same matching, H3 included, same roles), all items in one lookup. Too few or too many items, or an item
   * at fault, are refused with BAD_USER_INPUT naming it in `extensions.argument` (`items`, `items[3].issuingCountry`).
   * Audited per item: the audit row names every record disclosed and lists each item with the ids of the records it
   * hit, so `hitsOnMyRecords` shows each owner the hits on its records.
   */
  checkDocuments: Array<CheckResult>;
  /** One document by id, or null if unknown, lapsed, revoked or not visible to you. */
  document?: Maybe<Document>;
  /**
   * Search travel and identity documents by free text and typed criteria. Hits are ranked by `score`; lapsed and revoked records
   * are never returned. Null, with an error, only when the service holding these records is unavailable: the other
   * search fields of the same request still answer.
   *
   * How the text is read (each reading is searched, a record keeps its best score and every reason in `matchedOn`):
   *
   * - **MRZ**: a full machine-readable zone (ICAO Doc 9303 TD1 3 × 30, TD2 2 × 36 or TD3 2 × 44 characters, lines
   *   separated by newlines or spaces or run together) is parsed and its 7-3-1 check digits validated; the document is
   *   searched by the MRZ's number and issuing state (as its ISO 3166-1 country). `field: "mrz"`, score 1.0, kind
   *   `EXACT` (number as printed) or `NORMALIZED`. A wrong check digit is never ignored and never refuses the search:
   *   the hit scores 0.9 and `note` names the check digit, expected and found. An issuing state without an ISO
   *   country (an organisation, the ICAO specimen `UTO`) is matched on the number alone, with a note. The MRZ's lines
   *   are not also read as document numbers.
   * - **Document number**: every other token, every group of up to four adjacent tokens holding a digit (`X 1234 567`)
   *   and the whole text, compared without spaces, dashes and case: `field: "number"`, score 1.0, kind `EXACT` when
   *   typed as printed, `NORMALIZED` otherwise. Tokens shorter than 5 characters are not looked up.
   * - **O/0 and I/1 confusion**: a candidate holding a digit that matches a number only when O is read as 0 and I as
   *   1 scores 0.9, kind `FUZZY`, note `O/0 or I/1 read differently` (an MRZ number matched so loses 0.1). It never
   *   outranks an exact match, and a record matched exactly is not also reported as a confusion.
   * - **One typo**: a candidate of 6 characters or more holding a digit, for which no record you may see holds that
   *   number (as typed or with O/0, I/1 confused), finds the numbers one edit from it: one character wrong, missing or
   *   extra, or two neighbours swapped. Score 0.75, kind `FUZZY`, `note` saying where, positions counted without
   *   spaces and dashes: `one character differs: position 5, typed 8, recorded B`, `a character missing: position 5,
   *   recorded B`, `an extra character: position 5, typed B`, `neighbours swapped at 4–5: typed 81, recorded 18`.
   *   Hit/no-hit checks never read a typo.
   *
   * Text that holds nothing of this gives no hits, not an error.
   */
  searchDocuments?: Maybe<DocumentSearchConnection>;
};


export type QueryCheckDocumentArgs = {
  issuingCountry: Scalars['String']['input'];
  number: Scalars['String']['input'];
  type?: InputMaybe<DocumentType>;
};


export type QueryCheckDocumentsArgs = {
  items: Array<DocumentCheckInput>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<DocumentCriteria>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
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

/** Who may see a record beyond its owner. */
export type Sharing =
  /** Every jurisdiction connected to Liaison. */
  | 'ALL_JURISDICTIONS'
  /** Only the owner and the jurisdictions listed in `Handling.sharedWith`. */
  | 'LISTED_JURISDICTIONS'
  /** Only the owning jurisdiction. */
  | 'OWNER_ONLY';



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
  AuditLogReport: AuditLogReport;
  Document: Document;
  HitReport: HitReport;
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLogReport:
    ( { __typename: 'AuditLogReport' }
    & GraphQLRecursivePick<FederationTypes['AuditLogReport'], {"id":true}> );
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  HitReport:
    ( { __typename: 'HitReport' }
    & GraphQLRecursivePick<FederationTypes['HitReport'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditLogReport: ResolverTypeWrapper<AuditLogReportSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckMatch: ResolverTypeWrapper<CheckMatch>;
  CheckResult: ResolverTypeWrapper<CheckResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<DocumentEntity>;
  DocumentCheckInput: DocumentCheckInput;
  DocumentCriteria: DocumentCriteria;
  DocumentInput: DocumentInput;
  DocumentSearchConnection: ResolverTypeWrapper<Omit<DocumentSearchConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentSearchHit']> }>;
  DocumentSearchHit: ResolverTypeWrapper<RankedHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DocumentStatus: DocumentStatus;
  DocumentType: DocumentType;
  DocumentUpdateInput: DocumentUpdateInput;
  Handling: ResolverTypeWrapper<Handling>;
  HandlingCode: HandlingCode;
  HandlingInput: HandlingInput;
  Hit: ResolverTypeWrapper<Hit>;
  HitConnection: ResolverTypeWrapper<HitConnection>;
  HitEdge: ResolverTypeWrapper<HitEdge>;
  HitRecord: ResolverTypeWrapper<HitRecord>;
  HitReport: ResolverTypeWrapper<HitReportSource>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MatchKind: MatchKind;
  MatchedField: ResolverTypeWrapper<MatchedField>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: RecordChange;
  RecordVersion: ResolverTypeWrapper<RecordVersionView>;
  Reliability: Reliability;
  Requester: ResolverTypeWrapper<Requester>;
  Sharing: Sharing;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  String: Scalars['String']['output'];
  AuditEvent: AuditEvent;
  ID: Scalars['ID']['output'];
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditLogReport: AuditLogReportSource;
  Int: Scalars['Int']['output'];
  CheckMatch: CheckMatch;
  CheckResult: CheckResult;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentEntity;
  DocumentCheckInput: DocumentCheckInput;
  DocumentCriteria: DocumentCriteria;
  DocumentInput: DocumentInput;
  DocumentSearchConnection: Omit<DocumentSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentSearchHit']> };
  DocumentSearchHit: RankedHit;
  Float: Scalars['Float']['output'];
  DocumentUpdateInput: DocumentUpdateInput;
  Handling: Handling;
  HandlingInput: HandlingInput;
  Hit: Hit;
  HitConnection: HitConnection;
  HitEdge: HitEdge;
  HitRecord: HitRecord;
  HitReport: HitReportSource;
  JSON: Scalars['JSON']['output'];
  MatchedField: MatchedField;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RecordVersion: RecordVersionView;
  Requester: Requester;
};

export type AgencyResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLogReportResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['AuditLogReport'] = ResolversParentTypes['AuditLogReport'], FederationReferenceType extends FederationReferenceTypes['AuditLogReport'] = FederationReferenceTypes['AuditLogReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLogReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<AuditLogReportDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CheckMatchResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['CheckMatch'] = ResolversParentTypes['CheckMatch']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckResultResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['CheckResult'] = ResolversParentTypes['CheckResult']> = {
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CheckMatch']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accuracy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiryDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['Handling'], ParentType, ContextType>;
  holderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuingCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lossDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lossPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mrz?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  reviewAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
};

export type DocumentSearchConnectionResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['DocumentSearchConnection'] = ResolversParentTypes['DocumentSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DocumentSearchHitResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['DocumentSearchHit'] = ResolversParentTypes['DocumentSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HandlingResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['HitRecord'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
};

export type HitConnectionResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['HitConnection'] = ResolversParentTypes['HitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitEdgeResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['HitEdge'] = ResolversParentTypes['HitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hit'], ParentType, ContextType>;
};

export type HitRecordResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['HitRecord'] = ResolversParentTypes['HitRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HitReportResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['HitReport'] = ResolversParentTypes['HitReport'], FederationReferenceType extends FederationReferenceTypes['HitReport'] = FederationReferenceTypes['HitReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HitReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Maybe<ResolversTypes['HitConnection']>, ParentType, ContextType, RequireFields<HitReportDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchedFieldResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationCreateDocumentArgs, 'input'>>;
  revokeDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationRevokeDocumentArgs, 'id' | 'reason'>>;
  updateDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationUpdateDocumentArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Maybe<Array<ResolversTypes['Document']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkDocument?: Resolver<ResolversTypes['CheckResult'], ParentType, ContextType, RequireFields<QueryCheckDocumentArgs, 'issuingCountry' | 'number'>>;
  checkDocuments?: Resolver<Array<ResolversTypes['CheckResult']>, ParentType, ContextType, RequireFields<QueryCheckDocumentsArgs, 'items'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  searchDocuments?: Resolver<Maybe<ResolversTypes['DocumentSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchDocumentsArgs, 'first'>>;
};

export type RecordVersionResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = DocumentsContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditLogReport?: AuditLogReportResolvers<ContextType>;
  CheckMatch?: CheckMatchResolvers<ContextType>;
  CheckResult?: CheckResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentSearchConnection?: DocumentSearchConnectionResolvers<ContextType>;
  DocumentSearchHit?: DocumentSearchHitResolvers<ContextType>;
  Handling?: HandlingResolvers<ContextType>;
  Hit?: HitResolvers<ContextType>;
  HitConnection?: HitConnectionResolvers<ContextType>;
  HitEdge?: HitEdgeResolvers<ContextType>;
  HitRecord?: HitRecordResolvers<ContextType>;
  HitReport?: HitReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MatchedField?: MatchedFieldResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  Requester?: RequesterResolvers<ContextType>;
};

