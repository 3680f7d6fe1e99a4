import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonEntity, AlertEntity } from '../entities';
import type { RankedHit } from '../../../../shared/search';
import type { HitReportSource, AuditLogReportSource } from '../../../../shared/audit-queries';
import type { RecordVersionView } from '../../../../shared/versions';
import type { PersonsContext } from '../context';
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

/** An alert on a person: why they are sought and what to do on a hit. */
export type Alert = {
  __typename?: 'Alert';
  /** What the officer must do on a hit, e.g. `Arrest and contact the SIRENE bureau`. */
  actionOnHit: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code of the jurisdiction that issued the alert. */
  issuingJurisdiction: Scalars['String']['output'];
  kind: AlertKind;
  offence?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['Date']['output'];
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** An alert on a person, as its owner records it. */
export type AlertInput = {
  /** What the officer must do on a hit, 1 to 500 characters; returned by `checkPerson`. */
  actionOnHit: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 code of the jurisdiction that issued the alert. */
  issuingJurisdiction: Scalars['String']['input'];
  kind: AlertKind;
  offence?: InputMaybe<Scalars['String']['input']>;
  /** First day the alert is in force. */
  validFrom: Scalars['Date']['input'];
  /** Last day the alert is in force, not before `validFrom`; none: until withdrawn. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type AlertKind =
  | 'DISCREET_CHECK'
  | 'INQUIRY_CHECK'
  | 'MISSING'
  | 'UNKNOWN_WANTED'
  | 'WANTED_FOR_ARREST'
  | 'WITNESS_SOUGHT';

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

/** Which events `auditLog` lists. All given filters must hold. */
export type AuditLogFilter = {
  /** Only requests by users of this agency, e.g. `SE-NOA`. */
  agency?: InputMaybe<Scalars['String']['input']>;
  /** Only requests by users of this jurisdiction: your own (another is FORBIDDEN; see `hitsOnMyRecords`). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only requests whose operation name or one of whose root fields is this, e.g. `searchPersons` or `UnifiedSearch`. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Only requests sent with exactly this purpose or case reference. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Only requests that disclosed this record. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Events at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events before this instant; must be after `since`. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only requests of this user (the token's subject). */
  userId?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The answer of `auditLog`: one field per subgraph, each listing that subgraph's audit events.
 * `id` encodes the filter; each subgraph checks it again.
 */
export type AuditLogReport = {
  __typename?: 'AuditLogReport';
  id: Scalars['ID']['output'];
  /** Events of the persons subgraph, newest first. Null, with an error, only when this subgraph is unavailable. */
  persons?: Maybe<AuditEventConnection>;
};


/**
 * The answer of `auditLog`: one field per subgraph, each listing that subgraph's audit events.
 * `id` encodes the filter; each subgraph checks it again.
 */
export type AuditLogReportPersonsArgs = {
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

/**
 * Persons resolve the holder of a document here, from the id the documents subgraph keeps, so that the persons
 * subgraph applies its visibility rule to every link: a holder you may not see is null, and not even its id leaves.
 */
export type Document = {
  __typename?: 'Document';
  /** The person the document was issued to; null for blank documents or when not visible to you. */
  holder?: Maybe<Person>;
  holderId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
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

/** Which hits `hitsOnMyRecords` lists. All given filters must hold. */
export type HitFilter = {
  /** Also list requests made by users of your own jurisdiction. Default false. */
  includeOwnJurisdiction?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only hits on this record. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests by users of this agency, e.g. `DE-BKA`. */
  requesterAgency?: InputMaybe<Scalars['String']['input']>;
  /** Only requests by users of this jurisdiction (ISO 3166-1 alpha-2). */
  requesterJurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Hits at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hits before this instant; must be after `since`. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
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
 * The answer of `hitsOnMyRecords`: one field per subgraph, each listing the hits on records that subgraph holds.
 * `id` encodes the filter; each subgraph checks it again.
 */
export type HitReport = {
  __typename?: 'HitReport';
  id: Scalars['ID']['output'];
  /** Hits on your persons, newest first. Null, with an error, only when this subgraph is unavailable. */
  persons?: Maybe<HitConnection>;
};


/**
 * The answer of `hitsOnMyRecords`: one field per subgraph, each listing the hits on records that subgraph holds.
 * `id` encodes the filter; each subgraph checks it again.
 */
export type HitReportPersonsArgs = {
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
 * (e.g. `input.dateOfBirth`, `input.alerts[0].validUntil`). The same validation serves `npm run import`. The person's
 * search names are rewritten in the same transaction: a created or renamed person is found at once, in any script.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a person, owned by your jurisdiction and agency (from your token, never from the input).
   * `input.nationalReference` must not be used yet by another person of your jurisdiction. Returns the new record,
   * version 1.
   */
  createPerson: Person;
  /**
   * Revokes a person your jurisdiction owns: from now on it is returned nowhere (searches, `person`, links,
   * `_entities`, checks), and it cannot be changed or imported again. This answer is the last to show it, with
   * `revokedAt` and `revocationReason`; it stays in the version history. Errors as for `updatePerson`.
   */
  revokePerson: Person;
  /**
   * Changes a person your jurisdiction owns: fields you leave out keep their value, `null` clears an optional field,
   * `handling` merges field by field, and `alerts`, when given, replaces all the person's alerts. The result is
   * validated as a whole, like a new record. An update that changes nothing makes no version. A person another
   * jurisdiction owns is FORBIDDEN to change; one that is unknown, revoked or not visible to you is NOT_FOUND (the same
   * answer for all three). Your own lapsed persons may be changed, e.g. to extend `expiresAt`.
   */
  updatePerson: Person;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.dateOfBirth`, `input.alerts[0].validUntil`). The same validation serves `npm run import`. The person's
 * search names are rewritten in the same transaction: a created or renamed person is found at once, in any script.
 */
export type MutationCreatePersonArgs = {
  input: PersonInput;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.dateOfBirth`, `input.alerts[0].validUntil`). The same validation serves `npm run import`. The person's
 * search names are rewritten in the same transaction: a created or renamed person is found at once, in any script.
 */
export type MutationRevokePersonArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.dateOfBirth`, `input.alerts[0].validUntil`). The same validation serves `npm run import`. The person's
 * search names are rewritten in the same transaction: a created or renamed person is found at once, in any script.
 */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: PersonUpdateInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person known to one jurisdiction: a suspect, a missing person, a witness sought. */
export type Person = {
  __typename?: 'Person';
  /** Accuracy of the information, 1 (known true) to 4 (cannot be judged). */
  accuracy: Scalars['Int']['output'];
  /** Alerts issued on this person, valid ones first. */
  alerts: Array<Alert>;
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  countryOfBirth?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Full (`1974-03-21`) or partial (`1974`, `1974-03`) date of birth. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** When the record lapses; lapsed records are not returned. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Family name(s) as written in the original script. */
  familyName: Scalars['String']['output'];
  /** Family name in Latin letters (ICAO 9303 transliteration when the original is not Latin). */
  familyNameLatin: Scalars['String']['output'];
  /** Given name(s) as written in the original script. */
  givenNames?: Maybe<Scalars['String']['output']>;
  /** Given names in Latin letters. */
  givenNamesLatin?: Maybe<Scalars['String']['output']>;
  handling: Handling;
  id: Scalars['ID']['output'];
  nameAtBirth?: Maybe<Scalars['String']['output']>;
  /** The owner's own reference for the record. */
  nationalReference: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: Array<Scalars['String']['output']>;
  ownerAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that owns the record. */
  ownerJurisdiction: Scalars['String']['output'];
  placeOfBirth?: Maybe<Scalars['String']['output']>;
  reliability: Reliability;
  /** When the owner must review the record. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owner's reason for revoking; as `revokedAt`. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the owner revoked the record. Set only in the answer of `revokePerson`: revoked records are returned nowhere else. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  script: Script;
  sex: Sex;
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Every version of the record, oldest first: who changed it, when, why, and its full state after the change (with
   * its alerts). Only the owning jurisdiction sees them; for everyone else the list is empty (not an error, so that a
   * search selecting `versions` answers records of other owners without errors).
   */
  versions: Array<RecordVersion>;
  warningMarkers: Array<WarningMarker>;
};

/** One person of a `checkPersons` batch: the arguments of `checkPerson`. */
export type PersonCheckInput = {
  /** Date of birth, full or partial: `1974`, `1974-03` or `1974-03-21`. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** The whole name, e.g. `Oleksandr Shevchenko` or `Шевченко Олександр`: 1 to 200 characters holding letters. */
  name: Scalars['String']['input'];
};

/** Typed filters for `searchPersons`. All given criteria must hold. */
export type PersonCriteria = {
  /** Only persons with an alert of this kind. */
  alertKind?: InputMaybe<AlertKind>;
  /**
   * Date of birth, full (`1974-03-21`) or partial (`1974`, `1974-03`). A partial date fits every date within it; a
   * partial recorded date fits every searched date within it.
   */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /**
   * Accept recorded dates of birth up to this many days before or after `dateOfBirth` (or the date in the text),
   * 0 to 3660. Such hits are reported as FUZZY on `dateOfBirth`.
   */
  dateOfBirthToleranceDays?: InputMaybe<Scalars['Int']['input']>;
  /** A nationality (ISO 3166-1 alpha-2). */
  nationality?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

/**
 * A new person record: the fields of `Person` that its owner sets. Text is trimmed. Names are 1 to 100 characters:
 * letters, with spaces, apostrophes, hyphens and dots between them.
 */
export type PersonInput = {
  /** 1 (known true) to 4 (cannot be judged); default 4. */
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  /** Alerts on the person, up to 20. */
  alerts?: InputMaybe<Array<AlertInput>>;
  /** Other names the person uses or used, up to 20, each a whole name (given and family), in any script. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2. */
  countryOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Full (`1974-03-21`) or partial (`1974`, `1974-03`): a calendar date from 1900, not in the future. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** When the record lapses; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Family name(s) as written in the original script: Latin, Cyrillic, Greek or Arabic (one script besides Latin). */
  familyName: Scalars['String']['input'];
  /**
   * Family name in Latin letters. Default: `familyName` itself when it is Latin, else its ICAO 9303 transliteration
   * (Cyrillic in the language the letters show, Greek by ELOT 743, Arabic by the search's transcription, which writes
   * no short vowels: give Arabic names in Latin yourself), in title case. A Latin name equal to this default follows
   * later changes of `familyName`; one you wrote differently stays until you change it.
   */
  familyNameLatin?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s) as written in the original script. */
  givenNames?: InputMaybe<Scalars['String']['input']>;
  /** Given names in Latin letters; default as for `familyNameLatin`. Only with `givenNames`. */
  givenNamesLatin?: InputMaybe<Scalars['String']['input']>;
  /** Who may see the record; default H0 shared with all jurisdictions. */
  handling?: InputMaybe<HandlingInput>;
  /** Family name at birth, in any of the four scripts. */
  nameAtBirth?: InputMaybe<Scalars['String']['input']>;
  /** The owner's own reference, unique within your jurisdiction: 1 to 64 letters, digits, spaces and . / : # _ -. */
  nationalReference: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 codes, up to 10, the main nationality first. */
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  placeOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Default `X` (cannot be assessed). */
  reliability?: InputMaybe<Reliability>;
  /** When the owner must review the record. */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The script of `familyName` and `givenNames`: detected from their letters; when given, it must agree. */
  script?: InputMaybe<Script>;
  /** Default `UNKNOWN`. */
  sex?: InputMaybe<Sex>;
  warningMarkers?: InputMaybe<Array<WarningMarker>>;
};

export type PersonSearchConnection = {
  __typename?: 'PersonSearchConnection';
  edges: Array<PersonSearchHit>;
  pageInfo: PageInfo;
  /** Number of hits over all pages, counted up to 1,000. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when the search had more than 1,000 candidates: `totalCount` then says 1,000, and only those were ranked.
   * A search costs the same whatever the size of the data; narrow it (a date of birth, a jurisdiction, criteria).
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A person found by a search, with the reasons it matched. */
export type PersonSearchHit = {
  __typename?: 'PersonSearchHit';
  cursor: Scalars['String']['output'];
  matchedOn: Array<MatchedField>;
  node: Person;
  /** Relevance from 0 to 1, comparable with the scores of the other search fields; 1.0 is an exact identifier match. */
  score: Scalars['Float']['output'];
};

/**
 * Changes to a person: every field optional. Left out: unchanged; `null`: cleared (refused for required fields).
 * `alerts`, when given, is the person's complete list of alerts (`[]` removes them all).
 */
export type PersonUpdateInput = {
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  alerts?: InputMaybe<Array<AlertInput>>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  countryOfBirth?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  familyNameLatin?: InputMaybe<Scalars['String']['input']>;
  givenNames?: InputMaybe<Scalars['String']['input']>;
  givenNamesLatin?: InputMaybe<Scalars['String']['input']>;
  handling?: InputMaybe<HandlingInput>;
  nameAtBirth?: InputMaybe<Scalars['String']['input']>;
  nationalReference?: InputMaybe<Scalars['String']['input']>;
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  placeOfBirth?: InputMaybe<Scalars['String']['input']>;
  reliability?: InputMaybe<Reliability>;
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  script?: InputMaybe<Script>;
  sex?: InputMaybe<Sex>;
  warningMarkers?: InputMaybe<Array<WarningMarker>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The audit log, for the data-protection role only (FORBIDDEN otherwise, admins included): every request made by
   * users of your own jurisdiction (national supervision), from each subgraph's log (`persons`, `documents`,
   * `vehicles`, `substances`). Foreign requests on your jurisdiction's records are what `hitsOnMyRecords` shows.
   * Audited, as a request that discloses no records.
   */
  auditLog: AuditLogReport;
  /**
   * Hit/no-hit check of a person, the fast path for border lanes and partner systems. `name` is the whole name as on
   * the document (family and given names, in any order, in any script or Latin spelling); it hits a person one of
   * whose names (the name as recorded, in its original script, an alias, the name at birth) is the same name: the
   * same words after folding case and diacritics and transliterating (ICAO 9303, ELOT 743, the common spellings), a
   * spelling difference the transliteration systems make (Sergei/Serhii, Mohammed/Muhammad) counting as the same
   * word. No sound-alike, typo or partial matches: a check gives no false hits, so a name with a word more or less is
   * no hit. `dateOfBirth` (`1974`, `1974-03`, `1974-03-21`), when given, must fit the recorded one as in
   * `searchPersons` (a partial date fits every date within it; a person without a recorded date of birth still hits).
   *
   * Each match gives the owner's reference, the owner, `status` (the kind of the alert in force on the person, the
   * most urgent first: WANTED_FOR_ARREST, UNKNOWN_WANTED, MISSING, DISCREET_CHECK, INQUIRY_CHECK, WITNESS_SOUGHT; or
   * `RECORDED` when no alert is in force) and that alert's action on hit; never personal data. Records under handling
   * code H3 answer too. Open to officers, analysts and partners; audited.
   */
  checkPerson: CheckResult;
  /**
   * Checks up to 100 persons in one request and one lookup, as border lanes and partner systems do: item `i` of the
   * answer is what `checkPerson` answers for item `i` of `items` (1 to 100 items, else BAD_USER_INPUT on `items`; an
   * item at fault is named, e.g. `items[3].dateOfBirth`). Audited per item, with the ids each item hit.
   */
  checkPersons: Array<CheckResult>;
  /**
   * Who searched and hit records your jurisdiction owns (hit notifications, SPEC 4): every audited request that
   * disclosed one of them, in any subgraph, with who asked, when, why and which record. Each subgraph answers its own
   * field of the report from its own audit log (`persons`, `documents`, `vehicles`, `substances`). Requests of your
   * own jurisdiction are left out unless `filter.includeOwnJurisdiction`: the point is to learn of foreign interest.
   * Needs the role officer, analyst, data-protection or admin (FORBIDDEN otherwise). Audited, as a request that
   * discloses no records.
   */
  hitsOnMyRecords: HitReport;
  /** One person by id, or null if unknown, lapsed, revoked or not visible to you. */
  person?: Maybe<Person>;
  /**
   * Persons by id, 1 to 100 ids, in the order asked: null where `person(id)` would answer null (unknown, lapsed, revoked or
   * not visible to you: the four alike). The writing subgraphs ask it, with the writer's token, before they link a record
   * to persons.
   */
  persons: Array<Maybe<Person>>;
  /**
   * Search persons by free text (names in any script, optionally with a date of birth) and typed criteria.
   * Hits are ranked by `score`; lapsed records are never returned. Null, with an error, only when the service
   * holding these records is unavailable: the other search fields of the same request still answer.
   *
   * The text is read as name words plus, optionally, one date of birth (`1974`, `1974-03`, `1974-03-21`,
   * `21.03.1974`); tokens with other digits are left to the other search fields. Names are compared with every
   * name a record holds (the Latin name as recorded, the name in its original script, aliases, the name at birth),
   * each in all its Latin spellings, and the name typed is spelt every way its script allows: case and diacritics
   * folded, ICAO Doc 9303 Latin letters both ways (Ä as AE and as A, Ö, Ü, Å, Ø likewise, ß as SS), Cyrillic by the
   * ICAO 9303 Russian, Ukrainian and Bulgarian tables, the Serbian Latin alphabet and the common spellings (Yuriy,
   * Sergey), Greek by ELOT 743 and the common spellings (Hristos), Arabic by a practical transcription. Word order
   * never matters (given and family names may be swapped). Each hit keeps its best reason in `matchedOn` (`field` is
   * `name`, `aliases` or `nameAtBirth`), plus one on `dateOfBirth` when a date was searched and fits:
   *
   * - NORMALIZED 0.95: every word, spelt as the record's Latin name after folding.
   * - TRANSLITERATED 0.95: the same against another spelling of the record's names (original script, ICAO
   *   variant, common spelling), or a name typed in another script; 0.86 to 0.90 (the closer the spelling, the
   *   higher) when some word is another spelling of the same name in another transliteration or East Slavic
   *   language (Sergei/Serhii, Mohammed/Muhammad, Aleksandr/Oleksandr); the note says which spelling matched.
   * - ALIAS 0.93: an alias or the name at birth (every match against those is 0.02 lower than against the name).
   * - PARTIAL: every word searched is in a longer stored name (`Anna Eriksson` finds ERIKSSON ANNA MARIA), 0.90
   *   less 0.03 per extra stored word, down to 0.80; or, when three to six words are searched, a stored name of
   *   two words or more holds only some of them: 0.85 less 0.05 per word not found, down to 0.70.
   * - PHONETIC 0.60 to 0.82: every searched word sounds like a word of the stored name (double metaphone, or
   *   consonant skeletons, which reach names written without short vowels: `Hosni Mubarak` finds a record held in
   *   Arabic script alone, MBARK HSNI; a sun-letter article written apart, as- or az-, need not be in the record);
   *   0.70 plus up to 0.05 for the words spelt as stored and up to 0.07 for the spelling similarity; a record
   *   written without short vowels whose every word is a searched word with only vowels left out (MBARK HSNI for
   *   Hosni Mubarak, not MBARK HSN) counts as spelt as stored: 0.82. A lone searched word matches by its longer
   *   codes only.
   * - FUZZY up to 0.80: a similar spelling of the whole name (typo tolerance, trigram similarity), for two words or
   *   more; sharing one word, such as a common family name, is not a similar spelling.
   *
   * A date of birth (criteria or text) that fits raises a name match's score towards 1.0 (never to it): a full
   * date equal by 60 % of the gap, year-month 40 %, year or a partial fit 25 %, within the tolerance 20 %. A date
   * in `criteria` is a filter: records whose recorded date contradicts it are left out (records without a date of
   * birth stay, unraised). A date in the text that the record contradicts halves the score and is said in the note.
   * `sex`, `nationality` and `alertKind` are filters. Criteria alone (no name) select records at 0.50 (0.45 when a
   * searched date fits only partly, 0.40 when within the tolerance).
   */
  searchPersons?: Maybe<PersonSearchConnection>;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
};


export type QueryCheckPersonArgs = {
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type QueryCheckPersonsArgs = {
  items: Array<PersonCheckInput>;
};


export type QueryHitsOnMyRecordsArgs = {
  filter?: InputMaybe<HitFilter>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySearchPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<PersonCriteria>;
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

/** The script a name was originally written in. */
export type Script =
  | 'ARABIC'
  | 'CYRILLIC'
  | 'GREEK'
  | 'LATIN';

/** Persons resolve the persons linked to a seizure here; as `Document.holder`. */
export type Seizure = {
  __typename?: 'Seizure';
  id: Scalars['ID']['output'];
  personIds: Array<Scalars['ID']['output']>;
  /**
   * Persons linked to the seizure that you may see; links to persons hidden from you are left out; null, with an error
   * whose path names this field, when the persons subgraph cannot answer (the rest of the record still does).
   */
  persons?: Maybe<Array<Person>>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** Who may see a record beyond its owner. */
export type Sharing =
  /** Every jurisdiction connected to Liaison. */
  | 'ALL_JURISDICTIONS'
  /** Only the owner and the jurisdictions listed in `Handling.sharedWith`. */
  | 'LISTED_JURISDICTIONS'
  /** Only the owning jurisdiction. */
  | 'OWNER_ONLY';

/** Persons resolve the registered holder of a vehicle here; as `Document.holder`. */
export type Vehicle = {
  __typename?: 'Vehicle';
  /** The registered holder; null when unknown or not visible to you. */
  holder?: Maybe<Person>;
  holderId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
};

/** Warning markers shown to an officer before contact. */
export type WarningMarker =
  | 'ARMED'
  | 'ESCAPE_RISK'
  | 'PUBLIC_HEALTH_RISK'
  | 'SUICIDE_RISK'
  | 'TERRORISM'
  | 'VIOLENT';



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
  Seizure: Seizure;
  Vehicle: Vehicle;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLogReport:
    ( { __typename: 'AuditLogReport' }
    & GraphQLRecursivePick<FederationTypes['AuditLogReport'], {"id":true}> );
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Document'], {"holderId":true}> ) );
  HitReport:
    ( { __typename: 'HitReport' }
    & GraphQLRecursivePick<FederationTypes['HitReport'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Seizure:
    ( { __typename: 'Seizure' }
    & GraphQLRecursivePick<FederationTypes['Seizure'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Seizure'], {"personIds":true}> ) );
  Vehicle:
    ( { __typename: 'Vehicle' }
    & GraphQLRecursivePick<FederationTypes['Vehicle'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Vehicle'], {"holderId":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Alert: ResolverTypeWrapper<AlertEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AlertInput: AlertInput;
  AlertKind: AlertKind;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditLogFilter: AuditLogFilter;
  AuditLogReport: ResolverTypeWrapper<AuditLogReportSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckMatch: ResolverTypeWrapper<CheckMatch>;
  CheckResult: ResolverTypeWrapper<CheckResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<Omit<Document, 'holder'> & { holder?: Maybe<ResolversTypes['Person']> }>;
  Handling: ResolverTypeWrapper<Handling>;
  HandlingCode: HandlingCode;
  HandlingInput: HandlingInput;
  Hit: ResolverTypeWrapper<Hit>;
  HitConnection: ResolverTypeWrapper<HitConnection>;
  HitEdge: ResolverTypeWrapper<HitEdge>;
  HitFilter: HitFilter;
  HitRecord: ResolverTypeWrapper<HitRecord>;
  HitReport: ResolverTypeWrapper<HitReportSource>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MatchKind: MatchKind;
  MatchedField: ResolverTypeWrapper<MatchedField>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonEntity>;
  PersonCheckInput: PersonCheckInput;
  PersonCriteria: PersonCriteria;
  PersonInput: PersonInput;
  PersonSearchConnection: ResolverTypeWrapper<Omit<PersonSearchConnection, 'edges'> & { edges: Array<ResolversTypes['PersonSearchHit']> }>;
  PersonSearchHit: ResolverTypeWrapper<RankedHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PersonUpdateInput: PersonUpdateInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: RecordChange;
  RecordVersion: ResolverTypeWrapper<RecordVersionView>;
  Reliability: Reliability;
  Requester: ResolverTypeWrapper<Requester>;
  Script: Script;
  Seizure: ResolverTypeWrapper<Omit<Seizure, 'persons'> & { persons?: Maybe<Array<ResolversTypes['Person']>> }>;
  Sex: Sex;
  Sharing: Sharing;
  Vehicle: ResolverTypeWrapper<Omit<Vehicle, 'holder'> & { holder?: Maybe<ResolversTypes['Person']> }>;
  WarningMarker: WarningMarker;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  String: Scalars['String']['output'];
  Alert: AlertEntity;
  ID: Scalars['ID']['output'];
  AlertInput: AlertInput;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditLogFilter: AuditLogFilter;
  AuditLogReport: AuditLogReportSource;
  Int: Scalars['Int']['output'];
  CheckMatch: CheckMatch;
  CheckResult: CheckResult;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: Omit<Document, 'holder'> & { holder?: Maybe<ResolversParentTypes['Person']> } | FederationReferenceTypes['Document'];
  Handling: Handling;
  HandlingInput: HandlingInput;
  Hit: Hit;
  HitConnection: HitConnection;
  HitEdge: HitEdge;
  HitFilter: HitFilter;
  HitRecord: HitRecord;
  HitReport: HitReportSource;
  JSON: Scalars['JSON']['output'];
  MatchedField: MatchedField;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonEntity;
  PersonCheckInput: PersonCheckInput;
  PersonCriteria: PersonCriteria;
  PersonInput: PersonInput;
  PersonSearchConnection: Omit<PersonSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonSearchHit']> };
  PersonSearchHit: RankedHit;
  Float: Scalars['Float']['output'];
  PersonUpdateInput: PersonUpdateInput;
  Query: Record<PropertyKey, never>;
  RecordVersion: RecordVersionView;
  Requester: Requester;
  Seizure: Omit<Seizure, 'persons'> & { persons?: Maybe<Array<ResolversParentTypes['Person']>> } | FederationReferenceTypes['Seizure'];
  Vehicle: Omit<Vehicle, 'holder'> & { holder?: Maybe<ResolversParentTypes['Person']> } | FederationReferenceTypes['Vehicle'];
};

export type AgencyResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AlertResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuingJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  offence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLogReportResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['AuditLogReport'] = ResolversParentTypes['AuditLogReport'], FederationReferenceType extends FederationReferenceTypes['AuditLogReport'] = FederationReferenceTypes['AuditLogReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLogReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  persons?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<AuditLogReportPersonsArgs, 'first'>>;
};

export type CheckMatchResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['CheckMatch'] = ResolversParentTypes['CheckMatch']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckResultResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['CheckResult'] = ResolversParentTypes['CheckResult']> = {
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CheckMatch']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HandlingResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['HitRecord'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
};

export type HitConnectionResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['HitConnection'] = ResolversParentTypes['HitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitEdgeResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['HitEdge'] = ResolversParentTypes['HitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hit'], ParentType, ContextType>;
};

export type HitRecordResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['HitRecord'] = ResolversParentTypes['HitRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HitReportResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['HitReport'] = ResolversParentTypes['HitReport'], FederationReferenceType extends FederationReferenceTypes['HitReport'] = FederationReferenceTypes['HitReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HitReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  persons?: Resolver<Maybe<ResolversTypes['HitConnection']>, ParentType, ContextType, RequireFields<HitReportPersonsArgs, 'first'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchedFieldResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  revokePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRevokePersonArgs, 'id' | 'reason'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accuracy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countryOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyNameLatin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenNames?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenNamesLatin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['Handling'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameAtBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationalities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  reviewAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  script?: Resolver<ResolversTypes['Script'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  warningMarkers?: Resolver<Array<ResolversTypes['WarningMarker']>, ParentType, ContextType>;
};

export type PersonSearchConnectionResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['PersonSearchConnection'] = ResolversParentTypes['PersonSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonSearchHitResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['PersonSearchHit'] = ResolversParentTypes['PersonSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditLogReport'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  checkPerson?: Resolver<ResolversTypes['CheckResult'], ParentType, ContextType, RequireFields<QueryCheckPersonArgs, 'name'>>;
  checkPersons?: Resolver<Array<ResolversTypes['CheckResult']>, ParentType, ContextType, RequireFields<QueryCheckPersonsArgs, 'items'>>;
  hitsOnMyRecords?: Resolver<ResolversTypes['HitReport'], ParentType, ContextType, Partial<QueryHitsOnMyRecordsArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'ids'>>;
  searchPersons?: Resolver<Maybe<ResolversTypes['PersonSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchPersonsArgs, 'first'>>;
};

export type RecordVersionResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeizureResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Seizure'] = ResolversParentTypes['Seizure'], FederationReferenceType extends FederationReferenceTypes['Seizure'] = FederationReferenceTypes['Seizure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seizure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  persons?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle'], FederationReferenceType extends FederationReferenceTypes['Vehicle'] = FederationReferenceTypes['Vehicle']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vehicle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PersonsContext> = {
  Agency?: AgencyResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditLogReport?: AuditLogReportResolvers<ContextType>;
  CheckMatch?: CheckMatchResolvers<ContextType>;
  CheckResult?: CheckResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
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
  PersonSearchConnection?: PersonSearchConnectionResolvers<ContextType>;
  PersonSearchHit?: PersonSearchHitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  Requester?: RequesterResolvers<ContextType>;
  Seizure?: SeizureResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
};

