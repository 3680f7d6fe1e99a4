import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VehicleEntity } from '../entities';
import type { PersonReference } from '../../../../shared/references';
import type { RankedHit } from '../../../../shared/search';
import type { HitReportSource, AuditLogReportSource } from '../../../../shared/audit-queries';
import type { RecordVersionView } from '../../../../shared/versions';
import type { VehiclesContext } from '../context';
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
  /** Events of the vehicles subgraph, newest first. Null, with an error, only when this subgraph is unavailable. */
  vehicles?: Maybe<AuditEventConnection>;
};


/** The answer of `auditLog` (persons subgraph); this subgraph adds the events of its own audit log. */
export type AuditLogReportVehiclesArgs = {
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
  /** Hits on your vehicles, newest first. Null, with an error, only when this subgraph is unavailable. */
  vehicles?: Maybe<HitConnection>;
};


/** The answer of `hitsOnMyRecords` (persons subgraph); this subgraph adds the hits on its records. */
export type HitReportVehiclesArgs = {
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
 * (e.g. `input.vin`). The same validation serves `npm run import`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a vehicle, owned by your jurisdiction and agency (from your token, never from the input). `input.nationalReference`
   * must not be used yet by another vehicle of your jurisdiction. Returns the new record, version 1.
   */
  createVehicle: Vehicle;
  /**
   * Revokes a vehicle your jurisdiction owns (e.g. recovered): from now on it is returned nowhere (searches, `vehicle`,
   * links, `_entities`, checks), and it cannot be changed or imported again. This answer is the last to show it, with
   * `revokedAt` and `revocationReason`; it stays in the version history. Errors as for `updateVehicle`.
   */
  revokeVehicle: Vehicle;
  /**
   * Changes a vehicle your jurisdiction owns: fields you leave out keep their value, `null` clears an optional field,
   * `handling` merges field by field. The result is validated as a whole, like a new record. An update that changes
   * nothing makes no version. A vehicle another jurisdiction owns is FORBIDDEN to change; one that is unknown, revoked
   * or not visible to you is NOT_FOUND (the same answer for all three). Your own lapsed vehicles may be changed, e.g.
   * to extend `expiresAt`.
   */
  updateVehicle: Vehicle;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.vin`). The same validation serves `npm run import`.
 */
export type MutationCreateVehicleArgs = {
  input: VehicleInput;
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.vin`). The same validation serves `npm run import`.
 */
export type MutationRevokeVehicleArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes by the owning jurisdiction (SPEC 4, 5.2). Each mutation needs the role `officer` or `admin` (FORBIDDEN
 * otherwise) and a purpose or case reference (header `x-liaison-purpose`), runs in one transaction (a refused change
 * writes nothing), keeps the record's state after the change as a new `RecordVersion` with who, when and why, and is
 * audited like a read. Bad input is refused with BAD_USER_INPUT naming the field in `extensions.argument`
 * (e.g. `input.vin`). The same validation serves `npm run import`.
 */
export type MutationUpdateVehicleArgs = {
  id: Scalars['ID']['input'];
  input: VehicleUpdateInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Vehicles contribute the vehicles a person is the registered holder of. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /**
   * Vehicles registered to this person that are recorded as stolen, sought or used in crime; null, with an error whose
   * path names this field, when the vehicles subgraph cannot answer (the rest of the record still does).
   */
  vehicles?: Maybe<Array<Vehicle>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Hit/no-hit check of a vehicle by VIN, or by registration plate and registration country (spaces, dashes and case
   * ignored). Answers with references and the action to take, never personal data; records under handling code H3
   * answer too. Open to officers, analysts and partners; audited.
   */
  checkVehicle: CheckResult;
  /**
   * `checkVehicle` for a batch of 1 to 100 vehicles (border lanes, partner systems), in one lookup: the answer holds
   * one `CheckResult` per item, in item order, each exactly what `checkVehicle` answers for that item. BAD_USER_INPUT
   * for an empty or longer list (`extensions.argument`: `items`) or an item at fault (`items[3].plate`). The audit row
   * lists each item with the ids of the records it hit.
   */
  checkVehicles: Array<CheckResult>;
  /**
   * Search vehicles by free text (a VIN, the end of a VIN or a registration plate, with or without spaces and dashes)
   * and typed criteria. Hits are ranked by `score`; lapsed and revoked records are never returned. Null, with an error, only when the
   * service holding these records is unavailable: the other search fields of the same request still answer.
   *
   * The text is read by recognizers, and every signal found is one branch of a single ranking; a vehicle found several
   * ways keeps its best score and lists every reason in `matchedOn`. Identifiers are compared ignoring case, spaces and
   * punctuation.
   *
   * - **VIN**: a run of up to 6 words that is 17 characters long matches `vin` with score 1.0 (`EXACT` when typed as
   *   recorded, else `NORMALIZED`). Its check digit (position 9, ISO 3779 / 49 CFR 565 weights) is verified. It is
   *   compulsory only for North American VINs (first character 1 to 5): there a check digit that does not compute lowers
   *   the score to 0.85, elsewhere the VIN still scores 1.0, being the identifier as recorded. Either way `note` says so.
   * - **I, O, Q**: they never occur in a VIN, so a 17-character run holding them is also read with I as 1 and O and Q
   *   as 0: `FUZZY`, score 0.9 (times 0.85 if it is then a North American VIN with a wrong check digit), note
   *   `I/O/Q read as 1/0/0`.
   * - **End of a VIN**: one word of 5 to 16 VIN characters whose last 4 are digits matches the end of `vin` of that
   *   length: `PARTIAL`, scored by length, 0.05 a character up to 8 (5: 0.65, 6: 0.7 the serial number, 8: 0.8 with model
   *   year and plant), then 0.01 a character up to 0.88 for 16, always below a full VIN. Names never qualify.
   * - **Plate**: a run of up to 3 words that is 2 to 10 letters and digits matches `registrationPlate` with score 1.0;
   *   Greek and Cyrillic plate letters match their Latin look-alikes. It must hold both letters and digits unless it is
   *   the whole text, so names and years around it (`Anna Eriksson 1974`) are not read as plates. With
   *   `criteria.registrationCountry`, only plates of that country match.
   * - **One typo**: a VIN (a run of 16 to 18 characters holding a digit, with I, O and Q also read as 1, 0, 0) or a
   *   plate of 6 characters or more that no record you may see holds finds the VINs and plates one edit from it: one
   *   character wrong, missing or extra, or two neighbours swapped. Score 0.75, kind `FUZZY`, `note` saying where,
   *   positions counted without spaces and dashes, e.g. `one character differs: position 5, typed 8, recorded B`,
   *   `a character missing: position 5, recorded B`, `an extra character: position 5, typed B`,
   *   `neighbours swapped at 4–5: typed 81, recorded 18`. Hit/no-hit checks never read a typo.
   *
   * Text holding none of these matches no vehicle. Without text, at least one criterion is required.
   */
  searchVehicles?: Maybe<VehicleSearchConnection>;
  /** One vehicle by id, or null if unknown, lapsed, revoked or not visible to you. */
  vehicle?: Maybe<Vehicle>;
  /**
   * Vehicles by id, 1 to 100 ids, in the order asked: null where `vehicle(id)` would answer null (unknown, lapsed, revoked or
   * not visible to you: the four alike). The writing subgraphs ask it, with the writer's token, before they link a record
   * to vehicles.
   */
  vehicles: Array<Maybe<Vehicle>>;
};


export type QueryCheckVehicleArgs = {
  plate?: InputMaybe<Scalars['String']['input']>;
  registrationCountry?: InputMaybe<Scalars['String']['input']>;
  vin?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckVehiclesArgs = {
  items: Array<VehicleCheckInput>;
};


export type QuerySearchVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<VehicleCriteria>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVehicleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVehiclesArgs = {
  ids: Array<Scalars['ID']['input']>;
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

/**
 * Vehicles resolve the vehicles linked to a seizure here, from the ids the substances subgraph keeps, so that the
 * vehicles subgraph applies its visibility rule to the link: not even the id of a hidden vehicle leaves.
 */
export type Seizure = {
  __typename?: 'Seizure';
  id: Scalars['ID']['output'];
  vehicleIds: Array<Scalars['ID']['output']>;
  /**
   * Vehicles linked to the seizure that you may see; links to vehicles hidden from you are left out; null, with an error
   * whose path names this field, when the vehicles subgraph cannot answer (the rest of the record still does).
   */
  vehicles?: Maybe<Array<Vehicle>>;
};

/** Who may see a record beyond its owner. */
export type Sharing =
  /** Every jurisdiction connected to Liaison. */
  | 'ALL_JURISDICTIONS'
  /** Only the owner and the jurisdictions listed in `Handling.sharedWith`. */
  | 'LISTED_JURISDICTIONS'
  /** Only the owning jurisdiction. */
  | 'OWNER_ONLY';

/** A stolen vehicle, or one sought for seizure or used in crime. */
export type Vehicle = {
  __typename?: 'Vehicle';
  /** Accuracy of the information, 1 (known true) to 4 (cannot be judged). */
  accuracy: Scalars['Int']['output'];
  colour?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When the record lapses; lapsed records are not returned. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  handling: Handling;
  /**
   * The id of the registered holder, for the persons subgraph only (`@inaccessible`: not in the public schema), sealed
   * for the caller as `Seizure.personIds`. The persons subgraph opens it, resolves `holder` and decides whether the
   * caller may see that person.
   */
  holderId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  make: Scalars['String']['output'];
  model?: Maybe<Scalars['String']['output']>;
  modelYear?: Maybe<Scalars['Int']['output']>;
  /** The owner's own reference for the record. */
  nationalReference: Scalars['String']['output'];
  ownerAgency: Agency;
  /** ISO 3166-1 alpha-2 code of the jurisdiction that owns the record. */
  ownerJurisdiction: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 code of the registration country. */
  registrationCountry?: Maybe<Scalars['String']['output']>;
  /** Registration plate as printed. */
  registrationPlate?: Maybe<Scalars['String']['output']>;
  reliability: Reliability;
  /** When the owner must review the record. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** The owner's reason for revoking; as `revokedAt`. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When the owner revoked the record. Set only in the answer of `revokeVehicle`: revoked records are returned nowhere else. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: VehicleStatus;
  theftDate?: Maybe<Scalars['Date']['output']>;
  theftPlace?: Maybe<Scalars['String']['output']>;
  type: VehicleType;
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Every version of the record, oldest first: who changed it, when, why, and its full state after the change. Only
   * the owning jurisdiction sees them; for everyone else the list is empty (not an error, so that a search selecting
   * `versions` answers records of other owners without errors).
   */
  versions: Array<RecordVersion>;
  /** Vehicle identification number (17 characters for road vehicles built since 1981); hull or serial number otherwise. */
  vin?: Maybe<Scalars['String']['output']>;
};

/**
 * One vehicle of a `checkVehicles` batch: the arguments of `checkVehicle`, a VIN or a plate with its registration
 * country.
 */
export type VehicleCheckInput = {
  /** The registration plate (spaces, dashes and case ignored), checked within `registrationCountry`. */
  plate?: InputMaybe<Scalars['String']['input']>;
  /** The country of registration, ISO 3166-1 alpha-2; required with a plate. */
  registrationCountry?: InputMaybe<Scalars['String']['input']>;
  /** The VIN (spaces, dashes and case ignored), at least 6 letters or digits. When given, the plate is not checked. */
  vin?: InputMaybe<Scalars['String']['input']>;
};

/** Typed filters for `searchVehicles`. All given criteria must hold. */
export type VehicleCriteria = {
  /** Make, compared without case, e.g. `Volkswagen`. */
  make?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code of the registration country; plates in the free text are matched in this country only. */
  registrationCountry?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VehicleStatus>;
  type?: InputMaybe<VehicleType>;
};

/**
 * A new vehicle record: the fields of `Vehicle` that its owner sets. A vehicle needs a `vin` or a `registrationPlate`
 * (with its `registrationCountry`). Text is trimmed; the theft date may not lie in the future.
 */
export type VehicleInput = {
  /** 1 (known true) to 4 (cannot be judged); default 4. */
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  colour?: InputMaybe<Scalars['String']['input']>;
  /** When the record lapses; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who may see the record; default H0 shared with all jurisdictions. */
  handling?: InputMaybe<HandlingInput>;
  /** The id of the registered holder (a Person of the persons subgraph). */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  make: Scalars['String']['input'];
  model?: InputMaybe<Scalars['String']['input']>;
  /** 1886 to next year. */
  modelYear?: InputMaybe<Scalars['Int']['input']>;
  /** The owner's own reference, unique within your jurisdiction: 1 to 64 letters, digits, spaces and . / : # _ -. */
  nationalReference: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 code of the registration country; required with a plate. */
  registrationCountry?: InputMaybe<Scalars['String']['input']>;
  /** The plate as printed, at most 20 characters. */
  registrationPlate?: InputMaybe<Scalars['String']['input']>;
  /** Default `X` (cannot be assessed). */
  reliability?: InputMaybe<Reliability>;
  /** When the owner must review the record. */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  status: VehicleStatus;
  theftDate?: InputMaybe<Scalars['Date']['input']>;
  theftPlace?: InputMaybe<Scalars['String']['input']>;
  type: VehicleType;
  /**
   * The VIN as the vehicle carries it, or a hull or serial number: at least 4 letters or digits. A 17-character VIN may
   * not hold I, O or Q; its check digit is not enforced (compulsory only for North American VINs; searches note it).
   */
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type VehicleSearchConnection = {
  __typename?: 'VehicleSearchConnection';
  edges: Array<VehicleSearchHit>;
  pageInfo: PageInfo;
  /** Number of hits over all pages, counted up to 1,000. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when the search had more than 1,000 candidates: `totalCount` then says 1,000, and only those were ranked.
   * A search costs the same whatever the size of the data; narrow it (a date of birth, a jurisdiction, criteria).
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A vehicle found by a search, with the reasons it matched. */
export type VehicleSearchHit = {
  __typename?: 'VehicleSearchHit';
  cursor: Scalars['String']['output'];
  matchedOn: Array<MatchedField>;
  node: Vehicle;
  /** Relevance from 0 to 1, comparable with the scores of the other search fields; 1.0 is an exact identifier match. */
  score: Scalars['Float']['output'];
};

export type VehicleStatus =
  | 'SOUGHT_FOR_SEIZURE'
  | 'STOLEN'
  | 'USED_IN_CRIME';

export type VehicleType =
  | 'BOAT'
  | 'BOAT_ENGINE'
  | 'CAR'
  | 'CARAVAN'
  | 'CONSTRUCTION_MACHINE'
  | 'CONTAINER'
  | 'MOTORCYCLE'
  | 'TRAILER'
  | 'TRUCK';

/** Changes to a vehicle: every field optional. Left out: unchanged; `null`: cleared (refused for required fields). */
export type VehicleUpdateInput = {
  accuracy?: InputMaybe<Scalars['Int']['input']>;
  colour?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  handling?: InputMaybe<HandlingInput>;
  holderId?: InputMaybe<Scalars['ID']['input']>;
  make?: InputMaybe<Scalars['String']['input']>;
  model?: InputMaybe<Scalars['String']['input']>;
  modelYear?: InputMaybe<Scalars['Int']['input']>;
  nationalReference?: InputMaybe<Scalars['String']['input']>;
  registrationCountry?: InputMaybe<Scalars['String']['input']>;
  registrationPlate?: InputMaybe<Scalars['String']['input']>;
  reliability?: InputMaybe<Reliability>;
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<VehicleStatus>;
  theftDate?: InputMaybe<Scalars['Date']['input']>;
  theftPlace?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<VehicleType>;
  vin?: InputMaybe<Scalars['String']['input']>;
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
    & GraphQLRecursivePick<FederationTypes['Seizure'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Seizure'], {"vehicleIds":true}> ) );
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChange: RecordChange;
  RecordVersion: ResolverTypeWrapper<RecordVersionView>;
  Reliability: Reliability;
  Requester: ResolverTypeWrapper<Requester>;
  Seizure: ResolverTypeWrapper<Omit<Seizure, 'vehicles'> & { vehicles?: Maybe<Array<ResolversTypes['Vehicle']>> }>;
  Sharing: Sharing;
  Vehicle: ResolverTypeWrapper<VehicleEntity>;
  VehicleCheckInput: VehicleCheckInput;
  VehicleCriteria: VehicleCriteria;
  VehicleInput: VehicleInput;
  VehicleSearchConnection: ResolverTypeWrapper<Omit<VehicleSearchConnection, 'edges'> & { edges: Array<ResolversTypes['VehicleSearchHit']> }>;
  VehicleSearchHit: ResolverTypeWrapper<RankedHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  VehicleStatus: VehicleStatus;
  VehicleType: VehicleType;
  VehicleUpdateInput: VehicleUpdateInput;
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
  Seizure: Omit<Seizure, 'vehicles'> & { vehicles?: Maybe<Array<ResolversParentTypes['Vehicle']>> } | FederationReferenceTypes['Seizure'];
  Vehicle: VehicleEntity;
  VehicleCheckInput: VehicleCheckInput;
  VehicleCriteria: VehicleCriteria;
  VehicleInput: VehicleInput;
  VehicleSearchConnection: Omit<VehicleSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['VehicleSearchHit']> };
  VehicleSearchHit: RankedHit;
  Float: Scalars['Float']['output'];
  VehicleUpdateInput: VehicleUpdateInput;
};

export type AgencyResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
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

export type AuditEventConnectionResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLogReportResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['AuditLogReport'] = ResolversParentTypes['AuditLogReport'], FederationReferenceType extends FederationReferenceTypes['AuditLogReport'] = FederationReferenceTypes['AuditLogReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLogReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vehicles?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, RequireFields<AuditLogReportVehiclesArgs, 'first'>>;
};

export type CheckMatchResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['CheckMatch'] = ResolversParentTypes['CheckMatch']> = {
  actionOnHit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CheckResultResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['CheckResult'] = ResolversParentTypes['CheckResult']> = {
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CheckMatch']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HandlingResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type HitResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Hit'] = ResolversParentTypes['Hit']> = {
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['HitRecord'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
};

export type HitConnectionResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['HitConnection'] = ResolversParentTypes['HitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HitEdgeResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['HitEdge'] = ResolversParentTypes['HitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hit'], ParentType, ContextType>;
};

export type HitRecordResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['HitRecord'] = ResolversParentTypes['HitRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HitReportResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['HitReport'] = ResolversParentTypes['HitReport'], FederationReferenceType extends FederationReferenceTypes['HitReport'] = FederationReferenceTypes['HitReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HitReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vehicles?: Resolver<Maybe<ResolversTypes['HitConnection']>, ParentType, ContextType, RequireFields<HitReportVehiclesArgs, 'first'>>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchedFieldResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createVehicle?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType, RequireFields<MutationCreateVehicleArgs, 'input'>>;
  revokeVehicle?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType, RequireFields<MutationRevokeVehicleArgs, 'id' | 'reason'>>;
  updateVehicle?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType, RequireFields<MutationUpdateVehicleArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vehicles?: Resolver<Maybe<Array<ResolversTypes['Vehicle']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkVehicle?: Resolver<ResolversTypes['CheckResult'], ParentType, ContextType, Partial<QueryCheckVehicleArgs>>;
  checkVehicles?: Resolver<Array<ResolversTypes['CheckResult']>, ParentType, ContextType, RequireFields<QueryCheckVehiclesArgs, 'items'>>;
  searchVehicles?: Resolver<Maybe<ResolversTypes['VehicleSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchVehiclesArgs, 'first'>>;
  vehicle?: Resolver<Maybe<ResolversTypes['Vehicle']>, ParentType, ContextType, RequireFields<QueryVehicleArgs, 'id'>>;
  vehicles?: Resolver<Array<Maybe<ResolversTypes['Vehicle']>>, ParentType, ContextType, RequireFields<QueryVehiclesArgs, 'ids'>>;
};

export type RecordVersionResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SeizureResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Seizure'] = ResolversParentTypes['Seizure'], FederationReferenceType extends FederationReferenceTypes['Seizure'] = FederationReferenceTypes['Seizure']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seizure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vehicles?: Resolver<Maybe<Array<ResolversTypes['Vehicle']>>, ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle'], FederationReferenceType extends FederationReferenceTypes['Vehicle'] = FederationReferenceTypes['Vehicle']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Vehicle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accuracy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  colour?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['Handling'], ParentType, ContextType>;
  holderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  make?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modelYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nationalReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ownerJurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationPlate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  reviewAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VehicleStatus'], ParentType, ContextType>;
  theftDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  theftPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VehicleType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VehicleSearchConnectionResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['VehicleSearchConnection'] = ResolversParentTypes['VehicleSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VehicleSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VehicleSearchHitResolvers<ContextType = VehiclesContext, ParentType extends ResolversParentTypes['VehicleSearchHit'] = ResolversParentTypes['VehicleSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = VehiclesContext> = {
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
  Seizure?: SeizureResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
  VehicleSearchConnection?: VehicleSearchConnectionResolvers<ContextType>;
  VehicleSearchHit?: VehicleSearchHitResolvers<ContextType>;
};

