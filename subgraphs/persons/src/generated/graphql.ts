import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonEntity, AlertEntity } from '../entities';
import type { RankedHit } from '../../../../shared/search';
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

export type AlertKind =
  | 'DISCREET_CHECK'
  | 'INQUIRY_CHECK'
  | 'MISSING'
  | 'UNKNOWN_WANTED'
  | 'WANTED_FOR_ARREST'
  | 'WITNESS_SOUGHT';

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
  script: Script;
  sex: Sex;
  updatedAt: Scalars['DateTime']['output'];
  warningMarkers: Array<WarningMarker>;
};

/** Typed filters for `searchPersons`. All given criteria must hold. */
export type PersonCriteria = {
  /** Only persons with an alert of this kind. */
  alertKind?: InputMaybe<AlertKind>;
  /** Date of birth, full (`1974-03-21`) or partial (`1974`, `1974-03`). */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** A nationality (ISO 3166-1 alpha-2). */
  nationality?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

export type PersonSearchConnection = {
  __typename?: 'PersonSearchConnection';
  edges: Array<PersonSearchHit>;
  pageInfo: PageInfo;
  /** Number of hits over all pages. */
  totalCount: Scalars['Int']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** One person by id, or null if unknown or lapsed. */
  person?: Maybe<Person>;
  /**
   * Search persons by free text (names in any script, optionally with a date of birth) and typed criteria.
   * Hits are ranked by `score`; lapsed records are never returned. Null, with an error, only when the service
   * holding these records is unavailable: the other search fields of the same request still answer.
   */
  searchPersons?: Maybe<PersonSearchConnection>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  criteria?: InputMaybe<PersonCriteria>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Source reliability, Europol 4x4 evaluation: A (no doubt), B (mostly reliable), C (not reliable), X (cannot be assessed). */
export type Reliability =
  | 'A'
  | 'B'
  | 'C'
  | 'X';

/** The script a name was originally written in. */
export type Script =
  | 'ARABIC'
  | 'CYRILLIC'
  | 'GREEK'
  | 'LATIN';

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
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<Agency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Alert: ResolverTypeWrapper<AlertEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AlertKind: AlertKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Handling: ResolverTypeWrapper<Handling>;
  HandlingCode: HandlingCode;
  MatchKind: MatchKind;
  MatchedField: ResolverTypeWrapper<MatchedField>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Person: ResolverTypeWrapper<PersonEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PersonCriteria: PersonCriteria;
  PersonSearchConnection: ResolverTypeWrapper<Omit<PersonSearchConnection, 'edges'> & { edges: Array<ResolversTypes['PersonSearchHit']> }>;
  PersonSearchHit: ResolverTypeWrapper<RankedHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reliability: Reliability;
  Script: Script;
  Sex: Sex;
  Sharing: Sharing;
  WarningMarker: WarningMarker;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: Agency;
  String: Scalars['String']['output'];
  Alert: AlertEntity;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Handling: Handling;
  MatchedField: MatchedField;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Person: PersonEntity;
  Int: Scalars['Int']['output'];
  PersonCriteria: PersonCriteria;
  PersonSearchConnection: Omit<PersonSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonSearchHit']> };
  PersonSearchHit: RankedHit;
  Float: Scalars['Float']['output'];
  Query: Record<PropertyKey, never>;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HandlingResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Handling'] = ResolversParentTypes['Handling']> = {
  code?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharing?: Resolver<ResolversTypes['Sharing'], ParentType, ContextType>;
};

export type MatchedFieldResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  script?: Resolver<ResolversTypes['Script'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warningMarkers?: Resolver<Array<ResolversTypes['WarningMarker']>, ParentType, ContextType>;
};

export type PersonSearchConnectionResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['PersonSearchConnection'] = ResolversParentTypes['PersonSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonSearchHitResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['PersonSearchHit'] = ResolversParentTypes['PersonSearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PersonsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  searchPersons?: Resolver<Maybe<ResolversTypes['PersonSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchPersonsArgs, 'first'>>;
};

export type Resolvers<ContextType = PersonsContext> = {
  Agency?: AgencyResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Handling?: HandlingResolvers<ContextType>;
  MatchedField?: MatchedFieldResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonSearchConnection?: PersonSearchConnectionResolvers<ContextType>;
  PersonSearchHit?: PersonSearchHitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

