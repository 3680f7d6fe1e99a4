import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';
import { auditUnavailable } from './errors';

/**
 * What one request disclosed in one subgraph: the records its loaders returned and, for a search or check, the
 * criteria. Written as one append-only audit row before the response leaves (SPEC 5.2).
 */
export class AuditTrail {
  readonly recordIds = new Set<string>();
  readonly criteria: Record<string, unknown> = {};

  /** Records returned to the caller, whatever the path (search, detail, _entities, link, check). */
  disclose(ids: Iterable<string>): void {
    for (const id of ids) this.recordIds.add(id);
  }

  /** The arguments of a search or check, so the log says what was asked as well as what was returned. */
  describe(field: string, args: unknown): void {
    this.criteria[field] = args;
  }

  get isEmpty(): boolean {
    return this.recordIds.size === 0 && Object.keys(this.criteria).length === 0;
  }
}

export interface AuditedContext {
  requestId: string;
  principal: Principal;
  purpose?: string;
  audit: AuditTrail;
  dataSource: DataSource;
  log: pino.Logger;
}

function operationLabel(operation: OperationDefinitionNode | undefined, name: string | null | undefined): string {
  const fields = operation?.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return [name, fields?.join(',')].filter(Boolean).join(' ') || 'anonymous';
}

/** What one audit row says beside who asked: the operation, its criteria and the records disclosed. */
export interface AuditEvent {
  operation: string;
  criteria: Record<string, unknown>;
  recordIds: Iterable<string>;
}

/**
 * Appends one row to `<schema>.audit_event`. `runner` is the data source, or the entity manager of a write's
 * transaction, so that a change and its audit row commit together or not at all.
 */
export async function writeAuditEvent(
  runner: Pick<DataSource, 'query'>,
  schema: string,
  context: Pick<AuditedContext, 'requestId' | 'principal' | 'purpose'>,
  event: AuditEvent,
): Promise<void> {
  const { principal } = context;
  await runner.query(
    `INSERT INTO ${schema}.audit_event
       (request_id, user_id, agency, jurisdiction, purpose, operation, criteria, record_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      context.requestId,
      principal.userId,
      principal.agency,
      principal.jurisdiction,
      context.purpose ?? null,
      event.operation,
      JSON.stringify(event.criteria),
      [...event.recordIds],
    ],
  );
}

/**
 * Writes the request's audit row into `<schema>.audit_event` before the response is sent. If the write fails, the
 * response is replaced by an error: nothing is disclosed that is not logged.
 */
export function auditPlugin<TContext extends AuditedContext>(schema: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          const { audit } = contextValue;
          if (!audit || audit.isEmpty || response.body.kind !== 'single') return;
          try {
            await writeAuditEvent(contextValue.dataSource, schema, contextValue, {
              operation: operationLabel(operation, operationName),
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
