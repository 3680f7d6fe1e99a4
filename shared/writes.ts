// The write side of every record type (SPEC 4 and 5.2): create, update and revoke by the owning jurisdiction only,
// validated field by field, one transaction per change, and every change kept as a version. The GraphQL mutations
// and the bulk import (`npm run import`) both go through the functions here, so they accept, refuse and record
// exactly the same things. A subgraph describes its record type once, as a `RecordKind`.
import { randomUUID } from 'node:crypto';
import type pino from 'pino';
import type { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Principal, Role } from './auth';
import { writeAuditEvent, type AuditTrail } from './audit';
import { auditUnavailable, badUserInput, forbidden, notFound } from './errors';
import { InputReader, type InputObject } from './input';
import { agencyByCode } from './jurisdictions';
import type { HandlingCode, ProvenanceColumns, Reliability, Sharing } from './provenance';
import type { SubgraphName } from './schema';
import { isUuid, parseId } from './validation';
import { visibleLinkedIds, type LinkedType } from './linked-records';
import { requireRole, whereDisclosable } from './visibility';

/** Roles that may create, update and revoke their jurisdiction's records. */
export const WRITE_ROLES: readonly Role[] = ['officer', 'admin'];

export type RecordChange = 'CREATE' | 'UPDATE' | 'REVOKE';

/** What a write did: an identical record is left as it is, without a new version. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Who writes and why. The owner jurisdiction and agency of a new record are the principal's, never the input's:
 * from the verified token for a mutation, from `--agency` for a bulk import.
 */
export interface WriteActor {
  principal: Principal;
  /** The purpose or case reference, recorded with the version. */
  purpose?: string | null;
}

/**
 * Rows kept beside a record, as lists by input field, each list replaced as a whole: ids (a seizure's linked persons
 * and vehicles) or objects (a person's alerts, compared by value).
 */
export type Related = Record<string, RelatedRow[]>;
export type RelatedRow = string | InputObject;

/** A record's own columns (beside provenance) as validated from its input, and its related rows. */
export interface ParsedRecord<T> {
  columns: Partial<T>;
  related?: Related;
}

export interface ParseContext<T> {
  /** The transaction the write runs in, for lookups in the subgraph's own tables (the substance catalogue). */
  manager: EntityManager;
  /** The stored record an update starts from; undefined when creating. */
  current?: T;
}

/**
 * How a subgraph's record type is written. `parse` is the one validation of the type's own fields (provenance is
 * validated here, for every type alike); `toInput` is its inverse, so that an update is the stored record with the
 * changed fields applied, validated as a whole like a new record.
 */
export interface RecordKind<T extends ProvenanceColumns> {
  /** The GraphQL type, e.g. `Document`: names the mutations (`createDocument`) and appears in messages. */
  typeName: string;
  /** The `type` of a bulk-import line, e.g. `document`. */
  importType: string;
  /** The subgraph, whose schema holds the record table and `record_version`. */
  schema: SubgraphName;
  entity: new () => T;
  /** The type's own input fields, beside the provenance fields. */
  fields: readonly string[];
  /** Own input fields holding an object (e.g. `route`) that an update merges key by key, as `handling`. */
  nested?: readonly string[];
  /** Validates the own fields of `input` (errors name `input.<field>`) into columns and related rows. */
  parse(input: InputReader, context: ParseContext<T>): ParsedRecord<T> | Promise<ParsedRecord<T>>;
  /** The own fields of the input that describes the stored record: `parse(toInput(record))` changes nothing. */
  toInput(record: T, related: Related): InputObject;
  /** The related rows of a record, as `parse` returns them. */
  loadRelated?(manager: EntityManager, id: string): Promise<Related>;
  /** Replaces the related rows of a record. */
  saveRelated?(manager: EntityManager, id: string, related: Related): Promise<void>;
  /** Rewrites what is derived from the record's stored state (a person's search names), after every create and change. */
  afterWrite?(manager: EntityManager, record: T): Promise<void>;
  /** Input fields holding ids of records another subgraph owns: a mutation stores only those the writer may see. */
  links?: readonly { field: string; type: LinkedType }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Provenance: the part of every input the owner sets (SPEC 3).

/** The provenance fields of every create, update and import input. */
export const PROVENANCE_FIELDS = [
  'nationalReference',
  'handling',
  'reliability',
  'accuracy',
  'reviewAt',
  'expiresAt',
] as const;

const HANDLING_CODES: readonly HandlingCode[] = ['H0', 'H1', 'H2', 'H3'];
const SHARINGS: readonly Sharing[] = ['ALL_JURISDICTIONS', 'LISTED_JURISDICTIONS', 'OWNER_ONLY'];
const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'X'];
const NATIONAL_REFERENCE = /^[\p{L}\p{N}][\p{L}\p{N} ./:#_-]*$/u;
const MAX_REASON_LENGTH = 500;

type ProvenanceInputColumns = Pick<
  ProvenanceColumns,
  | 'nationalReference'
  | 'handlingCode'
  | 'sharing'
  | 'sharedWith'
  | 'reliability'
  | 'accuracy'
  | 'reviewAt'
  | 'expiresAt'
>;

/** The owner's reference for the record: unique within the owner jurisdiction, the key of idempotent imports. */
export function parseNationalReference(input: InputReader): string {
  return input.string('nationalReference', {
    required: true,
    max: 64,
    pattern: NATIONAL_REFERENCE,
    expected: 'letters, digits, spaces and . / : # _ - (starting with a letter or digit)',
  })!;
}

/**
 * Validates the provenance fields. Defaults: handling H0 shared with all jurisdictions, reliability X, accuracy 4.
 * `sharedWith` lists Liaison jurisdictions, only with sharing LISTED_JURISDICTIONS, and never the owner.
 */
export function parseProvenance(
  input: InputReader,
  owner: string,
  current?: ProvenanceColumns,
): ProvenanceInputColumns {
  const nationalReference = parseNationalReference(input);
  const handling = input.object('handling');
  handling?.onlyFields(['code', 'sharing', 'sharedWith'], 'handling');
  const handlingCode = handling?.enumOf('code', HANDLING_CODES, { fallback: 'H0' }) ?? 'H0';
  const sharing = handling?.enumOf('sharing', SHARINGS, { fallback: 'ALL_JURISDICTIONS' }) ?? 'ALL_JURISDICTIONS';
  const sharedWith = handling ? handling.countries('sharedWith', { jurisdictionsOnly: true }).sort() : [];
  if (handling && sharing === 'LISTED_JURISDICTIONS' && !sharedWith.length) {
    throw badUserInput(
      `${handling.at('sharedWith')} must name at least one jurisdiction when sharing is LISTED_JURISDICTIONS`,
      handling.at('sharedWith'),
    );
  }
  if (handling && sharing !== 'LISTED_JURISDICTIONS' && sharedWith.length) {
    throw badUserInput(
      `${handling.at('sharedWith')} is only for sharing LISTED_JURISDICTIONS (sharing is ${sharing})`,
      handling.at('sharedWith'),
    );
  }
  if (handling && sharedWith.includes(owner)) {
    throw badUserInput(
      `${handling.at('sharedWith')} must not name the owner ${owner}: the owner always sees its records`,
      handling.at('sharedWith'),
    );
  }
  const reviewAt = input.dateTime('reviewAt');
  const expiresAt = input.dateTime('expiresAt');
  const keepsExpiry = current?.expiresAt && expiresAt && current.expiresAt.getTime() === expiresAt.getTime();
  if (expiresAt && expiresAt.getTime() <= Date.now() && !keepsExpiry) {
    throw badUserInput(
      `${input.at('expiresAt')} must be in the future (to withdraw a record now, revoke it)`,
      input.at('expiresAt'),
    );
  }
  return {
    nationalReference,
    handlingCode,
    sharing,
    sharedWith,
    reliability: input.enumOf('reliability', RELIABILITIES, { fallback: 'X' })!,
    accuracy: input.integer('accuracy', { min: 1, max: 4, fallback: 4 })!,
    reviewAt,
    expiresAt,
  };
}

/** The provenance fields of the input that describes a stored record. */
export function provenanceInput(record: ProvenanceColumns): InputObject {
  return {
    nationalReference: record.nationalReference,
    handling: { code: record.handlingCode, sharing: record.sharing, sharedWith: record.sharedWith },
    reliability: record.reliability,
    accuracy: record.accuracy,
    reviewAt: record.reviewAt,
    expiresAt: record.expiresAt,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The changes, each inside the caller's transaction (`manager`): nothing is half-written.

/** Creates a record owned by the actor's jurisdiction and agency; version 1. `path` names the input in errors. */
export async function createRecord<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  input: unknown,
  path: string,
): Promise<T> {
  return insertRecord(kind, manager, actor, readerOf(kind, input, path), { referenceChecked: false });
}

/** Validates and inserts a new record; `referenceChecked` when the caller has just found its reference free. */
async function insertRecord<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  reader: InputReader,
  options: { referenceChecked: boolean },
): Promise<T> {
  const { principal } = actor;
  const provenance = parseProvenance(reader, principal.jurisdiction);
  const parsed = await kind.parse(reader, { manager });
  if (!options.referenceChecked) {
    await assertReferenceFree(kind, manager, principal.jurisdiction, provenance.nationalReference, reader);
  }
  const id = randomUUID();
  await insertOrExplain(kind, reader, () =>
    manager.insert(kind.entity, {
      id,
      ownerJurisdiction: principal.jurisdiction,
      ownerAgencyCode: principal.agency,
      ownerAgencyName: agencyByCode(principal.agency)?.name ?? principal.agency,
      ...provenance,
      ...parsed.columns,
    } as never),
  );
  if (kind.saveRelated) await kind.saveRelated(manager, id, parsed.related ?? {});
  return storedAfterChange(kind, manager, actor, id, 'CREATE');
}

/**
 * Applies `patch` to a record the actor's jurisdiction owns: fields left out (or undefined) keep their value, `null`
 * clears an optional field; `handling` and nested objects merge key by key. The result is validated as a whole. An
 * update that changes nothing writes nothing and adds no version.
 */
export async function updateRecord<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  id: string,
  patch: unknown,
  path: string,
): Promise<{ record: T; outcome: WriteOutcome }> {
  const reader = readerOf(kind, patch, path);
  const current = await findForWrite(kind, manager, actor.principal, id);
  const related = await relatedOf(kind, manager, id);
  const stored = { ...provenanceInput(current), ...kind.toInput(current, related) };
  const merged = InputReader.of(mergeInput(kind, stored, reader.input), path);
  return applyChange(kind, manager, actor, current, related, merged);
}

/** Revokes a record the actor's jurisdiction owns: from now on it is returned nowhere. */
export async function revokeRecord<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  id: string,
  reason: unknown,
  argument = 'reason',
): Promise<T> {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < 3 || text.length > MAX_REASON_LENGTH) {
    throw badUserInput(`${argument} must say why, in 3 to ${MAX_REASON_LENGTH} characters`, argument);
  }
  await findForWrite(kind, manager, actor.principal, id);
  await manager.update(
    kind.entity,
    { id } as never,
    {
      revokedAt: () => 'CURRENT_TIMESTAMP',
      revocationReason: text,
      updatedAt: () => 'CURRENT_TIMESTAMP',
    } as never,
  );
  return storedAfterChange(kind, manager, actor, id, 'REVOKE');
}

/**
 * The bulk import's write: the input is the record's complete state, keyed by (owner jurisdiction, national
 * reference). No such record: created. The same state: unchanged, no version. Another state: replaced (fields left
 * out take their defaults), a new version. A revoked record is not brought back.
 */
export async function importRecord<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  input: unknown,
  path: string,
): Promise<{ record: T; outcome: WriteOutcome }> {
  const reader = readerOf(kind, input, path);
  const reference = parseNationalReference(reader);
  const existing = await manager
    .createQueryBuilder(kind.entity, 'r')
    .setLock('pessimistic_write')
    .where('r.owner_jurisdiction = :owner AND r.national_reference = :reference', {
      owner: actor.principal.jurisdiction,
      reference,
    })
    .getOne();
  if (!existing) {
    // A concurrent insert of the same reference still fails on the unique key (insertOrExplain).
    const record = await insertRecord(kind, manager, actor, reader, { referenceChecked: true });
    return { record, outcome: 'created' };
  }
  if (existing.revokedAt) {
    throw badUserInput(
      `${reader.at('nationalReference')}: ${kind.typeName} '${reference}' was revoked on ` +
        `${existing.revokedAt.toISOString().slice(0, 10)}; a revoked record is not imported again`,
      reader.at('nationalReference'),
    );
  }
  return applyChange(kind, manager, actor, existing, await relatedOf(kind, manager, existing.id), reader);
}

/**
 * The record `id` for a change by `principal`, locked until the transaction ends. Owned by the principal's
 * jurisdiction and not revoked: returned (also when lapsed, so that the owner can extend it). Visible to the
 * principal but owned by another jurisdiction: FORBIDDEN. Unknown, revoked or not visible: NOT_FOUND, the same
 * answer for all three, so that the error reveals nothing about records the principal may not see.
 */
export async function findForWrite<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  principal: Principal,
  id: string,
  argument = 'id',
): Promise<T> {
  const record = await manager
    .createQueryBuilder(kind.entity, 'r')
    .setLock('pessimistic_write')
    .where('r.id = :id AND r.revoked_at IS NULL', { id })
    .getOne();
  const missing = () =>
    notFound(`no ${kind.typeName} ${id} that you may change: it is unknown, revoked or not visible to you`, argument);
  if (!record) throw missing();
  if (record.ownerJurisdiction === principal.jurisdiction) return record;
  const visible = await whereDisclosable(
    manager.createQueryBuilder(kind.entity, 'r').where('r.id = :id', { id }),
    'r',
    principal,
  ).getCount();
  if (!visible) throw missing();
  throw forbidden(
    `only the owning jurisdiction (${record.ownerJurisdiction}) may change or revoke ${kind.typeName} ${id}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The GraphQL side: roles, one transaction per mutation, audit.

/** What a mutation needs of the request context. */
export interface WriteContext {
  requestId: string;
  /** The writer's bearer token: the links a change stores are checked with it. */
  token: string;
  /** The request's trail: a refused change is described there, for the row written before the response leaves. */
  audit: AuditTrail;
  log: pino.Logger;
  dataSource: DataSource;
  principal: Principal;
  purpose?: string;
}

/**
 * The create, update and revoke mutations of a record type. Each needs a write role (FORBIDDEN otherwise), runs in
 * one transaction, and is audited like a read (its arguments as the criteria, the record as disclosed) by a row
 * written in that same transaction: a change whose audit row cannot be written is not made.
 */
export function recordMutations<T extends ProvenanceColumns>(kind: RecordKind<T>) {
  async function run(
    field: string,
    args: Record<string, unknown>,
    context: WriteContext,
    change: (manager: EntityManager, actor: WriteActor) => Promise<T>,
  ): Promise<T> {
    const actor = { principal: context.principal, purpose: context.purpose };
    try {
      requireRole(context.principal, WRITE_ROLES, 'changing records');
      // Before the transaction: the owning subgraph is asked over the network.
      if ('input' in args) await requireVisibleLinks(kind, args.input, 'input', context);
      return await context.dataSource.transaction(async (manager) => {
        const record = await change(manager, actor);
        try {
          await writeAuditEvent(manager, kind.schema, context, {
            operation: field,
            criteria: { [field]: args },
            recordIds: [record.id],
          });
        } catch (error) {
          context.log.error({ err: error }, 'audit write failed: change rolled back');
          throw auditUnavailable('Nothing was changed');
        }
        return record;
      });
    } catch (error) {
      // A refused or failed change is audited too (its own row rolled back with it): the attempt, by whom, why.
      context.audit.describe(field, args);
      throw error;
    }
  }
  return {
    create: (input: unknown, context: WriteContext) =>
      run(`create${kind.typeName}`, { input }, context, (manager, actor) =>
        createRecord(kind, manager, actor, input, 'input'),
      ),
    update: (id: string, input: unknown, context: WriteContext) =>
      run(`update${kind.typeName}`, { id, input }, context, async (manager, actor) => {
        return (await updateRecord(kind, manager, actor, parseId(id), input, 'input')).record;
      }),
    revoke: (id: string, reason: string, context: WriteContext) =>
      run(`revoke${kind.typeName}`, { id, reason }, context, (manager, actor) =>
        revokeRecord(kind, manager, actor, parseId(id), reason),
      ),
  };
}

/**
 * Refuses an input that links to a record the writer may not see, with the answer an unknown id gets (the owning
 * subgraph decides: shared/linked-records.ts). Ids that are no UUIDs are left to the record's own validation.
 */
async function requireVisibleLinks<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  input: unknown,
  path: string,
  context: WriteContext,
): Promise<void> {
  if (!kind.links || typeof input !== 'object' || input === null) return;
  for (const link of kind.links) {
    const value = (input as Record<string, unknown>)[link.field];
    const ids = (Array.isArray(value) ? value : [value]).filter(
      (id): id is string => typeof id === 'string' && isUuid(id),
    );
    if (!ids.length || ids.length > 100) continue;
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    const visible = await visibleLinkedIds(link.type, wanted, context);
    const unknown = wanted.find((id) => !visible.has(id));
    if (unknown) {
      const argument = `${path}.${link.field}`;
      throw badUserInput(`${argument} names no ${link.type.toLowerCase()} you may see: ${unknown}`, argument);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

function readerOf<T extends ProvenanceColumns>(kind: RecordKind<T>, input: unknown, path: string): InputReader {
  const reader = InputReader.of(input, path);
  reader.onlyFields([...PROVENANCE_FIELDS, ...kind.fields], `a ${kind.importType} record`);
  return reader;
}

async function relatedOf<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  id: string,
): Promise<Related> {
  return kind.loadRelated ? kind.loadRelated(manager, id) : {};
}

/** Validates `input` as the record's new state and writes what differs from `current`, with a version. */
async function applyChange<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  current: T,
  currentRelated: Related,
  input: InputReader,
): Promise<{ record: T; outcome: WriteOutcome }> {
  const provenance = parseProvenance(input, current.ownerJurisdiction, current);
  const parsed = await kind.parse(input, { manager, current });
  const changed: Record<string, unknown> = {};
  for (const [column, value] of Object.entries({ ...provenance, ...parsed.columns })) {
    if (!sameValue(current[column as keyof T], value)) changed[column] = value;
  }
  const related = parsed.related ?? {};
  const relatedChanged = Boolean(kind.saveRelated) && !sameValue(sortedRelated(currentRelated), sortedRelated(related));
  if (!Object.keys(changed).length && !relatedChanged) return { record: current, outcome: 'unchanged' };
  if ('nationalReference' in changed) {
    await assertReferenceFree(
      kind,
      manager,
      current.ownerJurisdiction,
      provenance.nationalReference,
      input,
      current.id,
    );
  }
  await insertOrExplain(kind, input, () =>
    manager.update(
      kind.entity,
      { id: current.id } as never,
      {
        ...changed,
        updatedAt: () => 'CURRENT_TIMESTAMP',
      } as never,
    ),
  );
  if (relatedChanged) await kind.saveRelated!(manager, current.id, related);
  return { record: await storedAfterChange(kind, manager, actor, current.id, 'UPDATE'), outcome: 'updated' };
}

/**
 * Reads the record back once, in the same transaction: rewrites what is derived from it (`afterWrite`, on create and
 * update; a revoked record is found nowhere, so nothing derived from it is read again) and keeps its full state as
 * the next version.
 */
async function storedAfterChange<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  actor: WriteActor,
  id: string,
  change: RecordChange,
): Promise<T> {
  const record = await manager.findOneByOrFail(kind.entity, { id } as never);
  if (change !== 'REVOKE') await kind.afterWrite?.(manager, record);
  const data = JSON.stringify({ ...record, ...(await relatedOf(kind, manager, id)) });
  // The record is locked (or new) for the rest of the transaction, so the next version number cannot race.
  await manager.query(
    `INSERT INTO ${kind.schema}.record_version (record_id, version, change, user_id, agency, purpose, data)
     SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6::jsonb
       FROM ${kind.schema}.record_version WHERE record_id = $1`,
    [id, change, actor.principal.userId, actor.principal.agency, actor.purpose ?? null, data],
  );
  return record;
}

async function assertReferenceFree<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  manager: EntityManager,
  owner: string,
  reference: string,
  input: InputReader,
  exceptId?: string,
): Promise<void> {
  const existing = await manager
    .createQueryBuilder(kind.entity, 'r')
    .where('r.owner_jurisdiction = :owner AND r.national_reference = :reference', { owner, reference })
    .getOne();
  if (existing && existing.id !== exceptId) throw referenceTaken(kind, input, reference, Boolean(existing.revokedAt));
}

/** A concurrent writer can take the reference between the check and the write: the unique key then says so. */
async function insertOrExplain<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  input: InputReader,
  write: () => Promise<unknown>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if ((error as QueryFailedError & { code?: string }).code === '23505') {
      throw referenceTaken(kind, input, String(input.input.nationalReference ?? ''), false);
    }
    throw error;
  }
}

function referenceTaken<T extends ProvenanceColumns>(
  kind: RecordKind<T>,
  input: InputReader,
  reference: string,
  revoked: boolean,
) {
  return badUserInput(
    `${input.at('nationalReference')}: your jurisdiction already has a ${kind.typeName} with national reference ` +
      `'${reference}'${revoked ? ' (revoked)' : ''}`,
    input.at('nationalReference'),
  );
}

function mergeInput<T extends ProvenanceColumns>(kind: RecordKind<T>, stored: InputObject, patch: InputObject) {
  const merged: InputObject = { ...stored };
  const nested = ['handling', ...(kind.nested ?? [])];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (nested.includes(field) && isObject(value) && isObject(stored[field])) {
      const inner = Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
      merged[field] = { ...stored[field], ...inner };
      // Leaving a list of jurisdictions behind would only make the new sharing invalid.
      if (field === 'handling' && 'sharing' in inner && !('sharedWith' in inner)) {
        (merged[field] as InputObject).sharedWith = [];
      }
    } else {
      merged[field] = value;
    }
  }
  return merged;
}

function isObject(value: unknown): value is InputObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** A related row as a string, so that lists compare regardless of order: an id as it is, an object as JSON. */
function relatedKey(row: RelatedRow): string {
  return typeof row === 'string' ? row : JSON.stringify(row);
}

function sortedRelated(related: Related): Related {
  return Object.fromEntries(
    Object.entries(related)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, rows]) => [field, rows.map(relatedKey).sort()]),
  );
}

/** Equality of a stored column value and a validated input value (dates, numbers, arrays, null/undefined). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) {
    return (a === undefined || a === null) && (b === undefined || b === null);
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}
