import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SeizureEntity, SubstanceEntity } from '../entities';
import type { PersonReference, VehicleReference } from '../../../../shared/references';
import type { RankedHit } from '../../../../shared/search';
import type { HitReportSource, AuditLogReportSource } from '../../../../shared/audit-queries';
import type { RecordVersionView } from '../../../../shared/versions';
import type { SubstancesContext } from '../context';
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
  id: Scalars['ID']['output'];
  /** Events of the substances subgraph, newest first. Null, with an error, only when this subgraph is unavailable. */
  substances?: Maybe<AuditEventConnection>;
};


/** The answer of `auditLog` (persons subgraph); this subgraph adds the events of its own audit log. */
export type AuditLogReportSubstancesArgs = {
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

/** The international drug control conventions. */
export type Convention =
  /** Single Convention on Narcotic Drugs, 1961. */
  | 'UN_1961'
  /** Convention on Psychotropic Substances, 1971. */
  | 'UN_1971';

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
  id: Scalars['ID']['output'];
  /** Hits on your seizures, newest first. Null, with an error, only when this subgraph is unavailable. */
  substances?: Maybe<HitConnection>;
};


/** The answer of `hitsOnMyRecords` (persons subgraph); this subgraph adds the hits on its records. */
export type HitReportSubstancesArgs = {
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
 * (e.g. `input.quantity`). The same validation serves `npm run import`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a seizure, owned by your jurisdiction and agency (from your token, never from the input).
   * `input.nationalReference` must not be used yet by another seizure of your jurisdiction. `quantityKg` is computed
   * from `quantity`, `unit` and the substance's typical unit mass. Returns the new record, version 1.
   */
  createSeizure: Seizure;
  /**
   * Revokes a seizure your jurisdiction owns: from now on it is returned nowhere (searches, `seizure`, links such as
   * `Person.seizures`, `_entities`), and it cannot be changed or imported again. This answer is the last to show it,
   * with `revokedAt` and `revocationReason`; it stays in the version history. Errors as for `updateSeizure`.
   */
  revokeSeizure: Seizure;
  /**
   * Changes a seizure your jurisdiction owns: fields you leave out keep their value, `null` clears an optional field,
   * `handling` and `route` merge field by field, `personIds` and `vehicleIds` replace the links when given. The result
   * is validated as a whole, like a new record. An update that changes nothing makes no version. A seizure another
   * jurisdiction owns is FORBIDDEN to change; one that is unknown, revoked or not visible to you is NOT_FOUND (the same
   * answer for all three). Your own lapsed seizures may be changed, e.g. to extend `expiresAt`.
   */
  updateSeizure: Seizure;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.quantity`). The same validation serves `npm run import`.
 */
export type MutationCreateSeizureArgs = {
  input: SeizureInput;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.quantity`). The same validation serves `npm run import`.
 */
export type MutationRevokeSeizureArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.quantity`). The same validation serves `npm run import`.
 */
export type MutationUpdateSeizureArgs = {
  id: Scalars['ID']['input'];
  input: SeizureUpdateInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Substances contribute the seizures a person is linked to. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /**
   * Seizures this person is linked to; null, with an error whose path names this field, when the substances subgraph
   * cannot answer (the rest of the record still does).
   */
  seizures?: Maybe<Array<Seizure>>;
};

export type QuantityUnit =
  | 'G'
  | 'KG'
  | 'L'
  | 'TABLETS'
  | 'UNITS';

export type Query = {
  __typename?: 'Query';
  /**
   * Search drug seizures by free text (a substance name, synonym or street name in any supported language,
   * or a CAS number) and typed criteria. Hits are ranked by `score`; lapsed and revoked records are never returned. Null, with an error, only when the service
   * holding these records is unavailable: the other search fields of the same request still answer.
   *
   * A seizure scores as its substance matched, after folding case, diacritics and script: 1.0 for a CAS number or the
   * substance's name in any language (`EXACT`, `matchedOn.field` `substance.casNumber` or `substance.name`), 0.95 for a
   * chemical synonym and 0.85 for a street name (`SYNONYM`, `substance.names`: street names are everyday words), and
   * for a similar spelling the trigram similarity times 0.9 times that weight (`FUZZY`). Text that names no substance gives no hits. Without
   * text, the criteria select (score 1.0, `CRITERIA`). Quantities compare on the kilogram equivalent.
   */
  searchSeizures?: Maybe<SeizureSearchConnection>;
  /** One seizure by id, or null if unknown, lapsed, revoked or not visible to you. */
  seizure?: Maybe<Seizure>;
  /** One controlled substance from the catalogue, or null if unknown. */
  substance?: Maybe<Substance>;
};


export type QuerySearchSeizuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<SeizureCriteria>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySeizureArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubstanceArgs = {
  id: Scalars['ID']['input'];
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

/** A schedule of a convention under which a substance is controlled. */
export type Schedule = {
  __typename?: 'Schedule';
  convention: Convention;
  /** Schedule number in Roman numerals, e.g. `I`. */
  schedule: Scalars['String']['output'];
};

/** A seizure of a controlled substance. */
export type Seizure = {
  __typename?: 'Seizure';
  /** Accuracy of the information, 1 (known true) to 4 (cannot be judged). */
  accuracy: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 code of the country where the seizure was made. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When the record lapses; lapsed records are not returned. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  form?: Maybe<SubstanceForm>;
  handling: Handling;
  id: Scalars['ID']['output'];
  /** The owner's own reference for the record. */
  nationalReference: Scalars['String']['output'];
  ownerAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that owns the record. */
  ownerJurisdiction: Scalars['String']['output'];
  /**
   * Ids of the persons linked to the seizure, for the persons subgraph only (`@inaccessible`: not in the public
   * schema), each sealed for the caller (encrypted, bound to the user, a fresh nonce each time). The persons subgraph
   * opens them, resolves `Seizure.persons` and decides which the caller may see, so that not even the id of a hidden
   * person leaves Liaison, not to a caller holding a gateway credential either.
   */
  personIds: Array<Scalars['ID']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  /** Purity as a fraction from 0 to 1, when analysed. */
  purity?: Maybe<Scalars['Float']['output']>;
  quantity: Scalars['Float']['output'];
  /** The quantity in kilograms equivalent (tablets and units at the substance's typical mass). */
  quantityKg: Scalars['Float']['output'];
  reliability: Reliability;
  /** When the owner must review the record. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owner's reason for revoking; as `revokedAt`. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the owner revoked the record. Set only in the answer of `revokeSeizure`: revoked records are returned nowhere else. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  route: TraffickingRoute;
  seizedOn: Scalars['Date']['output'];
  substance: Substance;
  unit: QuantityUnit;
  updatedAt: Scalars['DateTime']['output'];
  /** Ids of the vehicles linked to the seizure, for the vehicles subgraph only; as `personIds`. */
  vehicleIds: Array<Scalars['ID']['output']>;
  /**
   * Every version of the record, oldest first: who changed it, when, why, and its full state after the change. Only
   * the owning jurisdiction sees them; for everyone else the list is empty (not an error, so that a search selecting
   * `versions` answers records of other owners without errors).
   */
  versions: Array<RecordVersion>;
};

/** Typed filters for `searchSeizures`. All given criteria must hold. */
export type SeizureCriteria = {
  /** ISO 3166-1 alpha-2 code of the country where the seizure was made. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Largest quantity, in kilograms equivalent. */
  maxQuantityKg?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest quantity, in kilograms equivalent. */
  minQuantityKg?: InputMaybe<Scalars['Float']['input']>;
  seizedFrom?: InputMaybe<Scalars['Date']['input']>;
  seizedTo?: InputMaybe<Scalars['Date']['input']>;
  substanceId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A new seizure record: the fields of `Seizure` that its owner sets. Text is trimmed; `seizedOn` may not lie in the
 * future.
 */
export type SeizureInput = {
  /** 1 (known true) to 4 (cannot be judged); default 4. */
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2 code of the country where the seizure was made. */
  country: Scalars['String']['input'];
  /** When the record lapses; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  form?: InputMaybe<SubstanceForm>;
  /** Who may see the record; default H0 shared with all jurisdictions. */
  handling?: InputMaybe<HandlingInput>;
  /** The owner's own reference, unique within your jurisdiction: 1 to 64 letters, digits, spaces and . / : # _ -. */
  nationalReference: Scalars['String']['input'];
  /**
   * Ids of the persons linked to the seizure (Persons of the persons subgraph), at most 100. Checked to be ids only:
   * the persons subgraph decides on every read whether the caller sees them.
   */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** Purity as a fraction from 0 to 1, when analysed. */
  purity?: InputMaybe<Scalars['Float']['input']>;
  /** More than 0, in `unit`. */
  quantity: Scalars['Float']['input'];
  /** Default `X` (cannot be assessed). */
  reliability?: InputMaybe<Reliability>;
  /** When the owner must review the record. */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  route?: InputMaybe<TraffickingRouteInput>;
  seizedOn: Scalars['Date']['input'];
  /** The id of a substance of the catalogue (`substance(id)`, `Seizure.substance`). */
  substanceId: Scalars['ID']['input'];
  unit: QuantityUnit;
  /** Ids of the vehicles linked to the seizure (Vehicles of the vehicles subgraph), at most 100; as `personIds`. */
  vehicleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type SeizureSearchConnection = {
  __typename?: 'SeizureSearchConnection';
  edges: Array<SeizureSearchHit>;
  pageInfo: PageInfo;
  /** Number of hits over all pages, counted up to 1,000. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when the search had more than 1,000 candidates: `totalCount` then says 1,000, and only those were ranked.
   * A search costs the same whatever the size of the data; narrow it (a date of birth, a jurisdiction, criteria).
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A seizure found by a search, with the reasons it matched. */
export type SeizureSearchHit = {
  __typename?: 'SeizureSearchHit';
  cursor: Scalars['String']['output'];
  matchedOn: Array<MatchedField>;
  node: Seizure;
  /** Relevance from 0 to 1, comparable with the scores of the other search fields; 1.0 is an exact identifier match. */
  score: Scalars['Float']['output'];
};

/** Changes to a seizure: every field optional. Left out: unchanged; `null`: cleared (refused for required fields). */
export type SeizureUpdateInput = {
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  form?: InputMaybe<SubstanceForm>;
  handling?: InputMaybe<HandlingInput>;
  nationalReference?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the linked persons when given (`[]` removes them all). */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  purity?: InputMaybe<Scalars['Float']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  reliability?: InputMaybe<Reliability>;
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  route?: InputMaybe<TraffickingRouteInput>;
  seizedOn?: InputMaybe<Scalars['Date']['input']>;
  substanceId?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<QuantityUnit>;
  /** Replaces the linked vehicles when given (`[]` removes them all). */
  vehicleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Who may see a record beyond its owner. */
export type Sharing =
  /** Every jurisdiction connected to Liaison. */
  | 'ALL_JURISDICTIONS'
  /** Only the owner and the jurisdictions listed in `Handling.sharedWith`. */
  | 'LISTED_JURISDICTIONS'
  /** Only the owning jurisdiction. */
  | 'OWNER_ONLY';

/** A controlled substance from the catalogue. */
export type Substance = {
  __typename?: 'Substance';
  /** CAS registry number, e.g. `50-36-2`. */
  casNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Common English name. */
  name: Scalars['String']['output'];
  /** Synonyms and street names in several languages. */
  names: Array<SubstanceName>;
  schedules: Array<Schedule>;
};

export type SubstanceForm =
  | 'BLOTTER'
  | 'CRYSTAL'
  | 'LIQUID'
  | 'PASTE'
  | 'PLANT'
  | 'POWDER'
  | 'RESIN'
  | 'TABLET';

/** A name of a substance in one language. */
export type SubstanceName = {
  __typename?: 'SubstanceName';
  kind: SubstanceNameKind;
  /** ISO 639-1 language code. */
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type SubstanceNameKind =
  /** The international non-proprietary or common name. */
  | 'NAME'
  /** A street or slang name. */
  | 'STREET_NAME'
  /** A chemical or pharmaceutical synonym. */
  | 'SYNONYM';

/** Where a consignment came from, passed through and was going to (ISO 3166-1 alpha-2 codes). */
export type TraffickingRoute = {
  __typename?: 'TraffickingRoute';
  destination: Array<Scalars['String']['output']>;
  origin: Array<Scalars['String']['output']>;
  transit: Array<Scalars['String']['output']>;
};

/** Where a consignment came from, passed through and was going to: ISO 3166-1 alpha-2 codes, at most 20 a leg. */
export type TraffickingRouteInput = {
  destination?: InputMaybe<Array<Scalars['String']['input']>>;
  origin?: InputMaybe<Array<Scalars['String']['input']>>;
  transit?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Substances contribute the seizures a vehicle is linked to. */
export type Vehicle = {
  __typename?: 'Vehicle';
  id: Scalars['ID']['output'];
  /**
   * Seizures this vehicle is linked to; null, with an error whose path names this field, when the substances subgraph
   * cannot answer (the rest of the record still does).
   */
  seizures?: Maybe<Array<Seizure>>;
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
  AuditLogReport: AuditLogReport;
  HitReport: HitReport;
  Person: Person;
  Seizure: Seizure;
  Substance: Substance;
  Vehicle: Vehicle;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLogReport:
    ( { __typename: 'AuditLogReport' }
    & GraphQLRecursivePick<FederationTypes['AuditLogReport'], {"id":true}> );
  HitReport:
    ( { __typename: 'HitReport' }
    & GraphQLRecursivePick<FederationTypes['HitReport'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Seizure:
    ( { __typename: 'Seizure' }
    & GraphQLRecursivePick<FederationTypes['Seizure'], {"id":true}> );
  Substance:
    ( { __typename: 'Substance' }
    & GraphQLRecursivePick<FederationTypes['Substance'], {"id":true}> );
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
  AuditLogReport: ResolverTypeWrapper<AuditLogReportSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckMatch: ResolverTypeWrapper<CheckMatch>;
  CheckResult: ResolverTypeWrapper<CheckResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Convention: Convention;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
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
  QuantityUnit: QuantityUnit;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: RecordChange;
  RecordVersion: ResolverTypeWrapper<RecordVersionView>;
  Reliability: Reliability;
  Requester: ResolverTypeWrapper<Requester>;
  Schedule: ResolverTypeWrapper<Schedule>;
  Seizure: ResolverTypeWrapper<SeizureEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SeizureCriteria: SeizureCriteria;
  SeizureInput: SeizureInput;
  SeizureSearchConnection: ResolverTypeWrapper<Omit<SeizureSearchConnection, 'edges'> & { edges: Array<ResolversTypes['SeizureSearchHit']> }>;
  SeizureSearchHit: ResolverTypeWrapper<RankedHit>;
  SeizureUpdateInput: SeizureUpdateInput;
  Sharing: Sharing;
  Substance: ResolverTypeWrapper<SubstanceEntity>;
  SubstanceForm: SubstanceForm;
  SubstanceName: ResolverTypeWrapper<SubstanceName>;
  SubstanceNameKind: SubstanceNameKind;
  TraffickingRoute: ResolverTypeWrapper<TraffickingRoute>;
  TraffickingRouteInput: TraffickingRouteInput;
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
  AuditLogReport: AuditLogReportSource;
  Int: Scalars['Int']['output'];
  CheckMatch: CheckMatch;
  CheckResult: CheckResult;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
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
  Schedule: Schedule;
  Seizure: SeizureEntity;
  Float: Scalars['Float']['output'];
  SeizureCriteria: SeizureCriteria;
  SeizureInput: SeizureInput;
  SeizureSearchConnection: Omit<SeizureSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SeizureSearchHit']> };
  SeizureSearchHit: RankedHit;
  SeizureUpdateInput: SeizureUpdateInput;
  Substance: SubstanceEntity;
  SubstanceName: SubstanceName;
  TraffickingRoute: TraffickingRoute;
  TraffickingRouteInput: TraffickingRouteInput;
  Vehicle: VehicleReference;
};

export type AgencyResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLogReportResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['AuditLogReport'] = ResolversParentTypes['AuditLogReport'], FederationReferenceType extends FederationReferenceTypes['AuditLogReport'] = FederationReferenceTypes['AuditLogReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLogReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  substances?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<AuditLogReportSubstancesArgs, 'first'>>;
};

export type CheckMatchResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['CheckMatch'] = ResolversParentTypes['CheckMatch']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckResultResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['CheckResult'] = ResolversParentTypes['CheckResult']> = {
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CheckMatch']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HandlingResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['HitRecord'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
};

export type HitConnectionResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['HitConnection'] = ResolversParentTypes['HitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitEdgeResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['HitEdge'] = ResolversParentTypes['HitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hit'], ParentType, ContextType>;
};

export type HitRecordResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['HitRecord'] = ResolversParentTypes['HitRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HitReportResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['HitReport'] = ResolversParentTypes['HitReport'], FederationReferenceType extends FederationReferenceTypes['HitReport'] = FederationReferenceTypes['HitReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HitReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  substances?: Resolver<Maybe<ResolversTypes['HitConnection']>, ParentType, ContextType, RequireFields<HitReportSubstancesArgs, 'first'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchedFieldResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSeizure?: Resolver<ResolversTypes['Seizure'], ParentType, ContextType, RequireFields<MutationCreateSeizureArgs, 'input'>>;
  revokeSeizure?: Resolver<ResolversTypes['Seizure'], ParentType, ContextType, RequireFields<MutationRevokeSeizureArgs, 'id' | 'reason'>>;
  updateSeizure?: Resolver<ResolversTypes['Seizure'], ParentType, ContextType, RequireFields<MutationUpdateSeizureArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seizures?: Resolver<Maybe<Array<ResolversTypes['Seizure']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  searchSeizures?: Resolver<Maybe<ResolversTypes['SeizureSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchSeizuresArgs, 'first'>>;
  seizure?: Resolver<Maybe<ResolversTypes['Seizure']>, ParentType, ContextType, RequireFields<QuerySeizureArgs, 'id'>>;
  substance?: Resolver<Maybe<ResolversTypes['Substance']>, ParentType, ContextType, RequireFields<QuerySubstanceArgs, 'id'>>;
};

export type RecordVersionResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScheduleResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Schedule'] = ResolversParentTypes['Schedule']> = {
  convention?: Resolver<ResolversTypes['Convention'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeizureResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Seizure'] = ResolversParentTypes['Seizure'], FederationReferenceType extends FederationReferenceTypes['Seizure'] = FederationReferenceTypes['Seizure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seizure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accuracy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['SubstanceForm']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['Handling'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quantityKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  reviewAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['TraffickingRoute'], ParentType, ContextType>;
  seizedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  substance?: Resolver<ResolversTypes['Substance'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['QuantityUnit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vehicleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
};

export type SeizureSearchConnectionResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['SeizureSearchConnection'] = ResolversParentTypes['SeizureSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SeizureSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SeizureSearchHitResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['SeizureSearchHit'] = ResolversParentTypes['SeizureSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Seizure'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubstanceResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Substance'] = ResolversParentTypes['Substance'], FederationReferenceType extends FederationReferenceTypes['Substance'] = FederationReferenceTypes['Substance']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Substance']> | FederationReferenceType, FederationReferenceType, ContextType>;
  casNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['SubstanceName']>, ParentType, ContextType>;
  schedules?: Resolver<Array<ResolversTypes['Schedule']>, ParentType, ContextType>;
};

export type SubstanceNameResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['SubstanceName'] = ResolversParentTypes['SubstanceName']> = {
  kind?: Resolver<ResolversTypes['SubstanceNameKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TraffickingRouteResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['TraffickingRoute'] = ResolversParentTypes['TraffickingRoute']> = {
  destination?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transit?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = SubstancesContext, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle'], FederationReferenceType extends FederationReferenceTypes['Vehicle'] = FederationReferenceTypes['Vehicle']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vehicle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seizures?: Resolver<Maybe<Array<ResolversTypes['Seizure']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SubstancesContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditLogReport?: AuditLogReportResolvers<ContextType>;
  CheckMatch?: CheckMatchResolvers<ContextType>;
  CheckResult?: CheckResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
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
  Schedule?: ScheduleResolvers<ContextType>;
  Seizure?: SeizureResolvers<ContextType>;
  SeizureSearchConnection?: SeizureSearchConnectionResolvers<ContextType>;
  SeizureSearchHit?: SeizureSearchHitResolvers<ContextType>;
  Substance?: SubstanceResolvers<ContextType>;
  SubstanceName?: SubstanceNameResolvers<ContextType>;
  TraffickingRoute?: TraffickingRouteResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
};

