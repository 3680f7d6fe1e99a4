import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';
import { auditUnavailable } from './errors';
import { queryPrepared } from './sql';
import { auditInserts } from './metrics';

/**
 * What one request disclosed in one subgraph: the records its loaders returned and, for a search or check, the
 * criteria. Written as one append-only audit row before the response leaves (SPEC 5.2).
 */
export class AuditTrail {
  readonly recordIds = new Set<string>();
  readonly criteria: Record<string, unknown> = {};
  /** Searches of the request the gateway answered without sending them (gateway/src/search-routing.ts). */
  readonly searchesNotSent: string[] = [];

  /** Records returned to the caller, whatever the path (search, detail, _entities, link, check). */
  disclose(ids: Iterable<string>): void {
    for (const id of ids) this.recordIds.add(id);
  }

  /** The arguments of a search or check, so the log says what was asked as well as what was returned. */
  describe(field: string, args: unknown): void {
    this.criteria[field] = args;
  }

  /** Searches of the same arguments the gateway answered unsent: asked all the same, in the criteria and the label. */
  describeNotSent(fields: readonly string[]): void {
    this.searchesNotSent.push(...fields);
    this.criteria.searchesNotSent = this.searchesNotSent;
  }

  get isEmpty(): boolean {
    return this.recordIds.size === 0 && Object.keys(this.criteria).length === 0;
  }
}

export interface AuditedContext {
  requestId: string;
  clientRequestId?: string;
  clientOperationName?: string;
  principal: Principal;
  purpose?: string;
  audit: AuditTrail;
  /** Aborted when the caller left before the answer (shared/graphql-http.ts). */
  signal?: AbortSignal;
  dataSource: DataSource;
  log: pino.Logger;
}

/**
 * The operation's name and root fields, and the searches of the same request the gateway answered unsent, so that
 * filtering the log by `searchDocuments` finds a unified search's row.
 */
function operationLabel(
  operation: OperationDefinitionNode | undefined,
  name: string | null | undefined,
  notSent: readonly string[],
): string {
  const fields = operation?.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return [name, [...(fields ?? []), ...notSent].join(',')].filter(Boolean).join(' ') || 'anonymous';
}

/** Who asked, and which request: what an audit row takes from the request's context. */
export type AuditRowContext = Pick<AuditedContext, 'requestId' | 'clientRequestId' | 'principal' | 'purpose'>;

/** What one audit row says beside who asked: the operation, its criteria and the records disclosed. */
export interface AuditEvent {
  operation: string;
  criteria: Record<string, unknown>;
  recordIds: Iterable<string>;
}

/** An audit row's columns, as `auditInsertSql` reads them from a JSON array. */
function auditRow(context: AuditRowContext, event: AuditEvent) {
  return {
    request_id: context.requestId,
    client_request_id: context.clientRequestId ?? null,
    user_id: context.principal.userId,
    agency: context.principal.agency,
    jurisdiction: context.principal.jurisdiction,
    purpose: context.purpose ?? null,
    operation: event.operation,
    criteria: event.criteria,
    record_ids: [...event.recordIds],
  };
}

/** The columns an audit row is written with, and their types as `jsonb_to_recordset` reads them. */
export const AUDIT_COLUMNS = [
  ['request_id', 'varchar'],
  ['client_request_id', 'varchar'],
  ['user_id', 'varchar'],
  ['agency', 'varchar'],
  ['jurisdiction', 'char(2)'],
  ['purpose', 'varchar'],
  ['operation', 'varchar'],
  ['criteria', 'jsonb'],
  ['record_ids', 'uuid[]'],
] as const;

/** Appends the rows of one JSON array (`$1`, `auditRow`s) to `<schema>.audit_event`: one statement of a fixed shape. */
function auditInsertSql(schema: string): string {
  const names = AUDIT_COLUMNS.map(([column]) => column).join(', ');
  const typed = AUDIT_COLUMNS.map(([column, type]) => `${column} ${type}`).join(', ');
  return `INSERT INTO ${schema}.audit_event (${names})
    SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r (${typed})`;
}

/**
 * Appends one row to `<schema>.audit_event`. `runner` is the data source, or the entity manager of a write's
 * transaction, so that a change and its audit row commit together or not at all.
 */
export async function writeAuditEvent(
  runner: Pick<DataSource, 'query'>,
  schema: string,
  context: AuditRowContext,
  event: AuditEvent,
): Promise<void> {
  await runner.query(auditInsertSql(schema), [JSON.stringify([auditRow(context, event)])]);
}

/** Most rows one group-commit INSERT carries. */
const MAX_AUDIT_BATCH = 200;

interface QueuedAuditRow {
  values: ReturnType<typeof auditRow>;
  written(): void;
  failed(error: unknown): void;
}

/**
 * Appends the audit rows of concurrent requests together (group commit): while one INSERT is in flight, the rows of
 * other requests wait, then all go in the next INSERT (one statement, one commit, one WAL flush). Each request's
 * promise settles when its own row is committed, so no response leaves before its row. A batch that fails is
 * retried row by row, so that one bad row (e.g. a NUL byte in the criteria) withholds only its own response.
 */
export class AuditWriter {
  private readonly queue: QueuedAuditRow[] = [];
  private writing = false;
  private readonly insertSql: string;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    /** Called after a batch that disclosed records is committed (the subgraph's hit-outbox relay has work). */
    private readonly disclosed?: () => void,
  ) {
    this.insertSql = auditInsertSql(schema);
  }

  write(context: AuditRowContext, event: AuditEvent): Promise<void> {
    const values = auditRow(context, event);
    return new Promise((written, failed) => {
      this.queue.push({ values, written, failed });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_AUDIT_BATCH);
      if (!(await this.insert(batch)) && batch.length > 1) for (const row of batch) await this.insert([row]);
    }
    this.writing = false;
  }

  /**
   * One INSERT of `rows`; whether it was committed. A row that fails alone is failed (its response withheld) and not
   * tried again: written later, it would log a disclosure that never left.
   */
  private async insert(rows: QueuedAuditRow[]): Promise<boolean> {
    try {
      auditInserts.inc();
      await queryPrepared(this.dataSource, this.insertSql, [JSON.stringify(rows.map((row) => row.values))]);
    } catch (error) {
      if (rows.length === 1) rows[0].failed(error);
      return false;
    }
    for (const row of rows) row.written();
    if (this.disclosed && rows.some((row) => row.values.record_ids.length)) this.disclosed();
    return true;
  }
}

/**
 * Writes the request's audit row into `<schema>.audit_event` (through the subgraph's `AuditWriter`) before the
 * response is sent. If the write fails, the response is replaced by an error: nothing is disclosed that is not logged.
 */
export function auditPlugin<TContext extends AuditedContext>(writer: AuditWriter): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          const { audit } = contextValue;
          if (!audit || audit.isEmpty || response.body.kind !== 'single') return;
          // The caller left (the gateway gave up, the client hung up): the answer can no longer leave, so no row.
          if (contextValue.signal?.aborted) {
            contextValue.log.info(
              { records: audit.recordIds.size },
              'caller left before the answer: nothing disclosed',
            );
            return;
          }
          try {
            await writer.write(contextValue, {
              operation: operationLabel(
                operation,
                contextValue.clientOperationName ?? operationName,
                audit.searchesNotSent,
              ),
              criteria: audit.criteria,
              recordIds: audit.recordIds,
            });
          } catch (error) {
            contextValue.log.error({ err: error }, 'audit write failed: response withheld');
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [auditUnavailable().toJSON()];
          }
        },
      };
    },
  };
}
