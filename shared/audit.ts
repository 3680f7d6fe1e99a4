import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';

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

/**
 * Writes the request's audit row into `<schema>.audit_event` before the response is sent. If the write fails, the
 * response is replaced by an error: nothing is disclosed that is not logged.
 */
export function auditPlugin<TContext extends AuditedContext>(schema: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          const { audit, principal } = contextValue;
          if (!audit || audit.isEmpty || response.body.kind !== 'single') return;
          try {
            await contextValue.dataSource.query(
              `INSERT INTO ${schema}.audit_event
                 (request_id, user_id, agency, jurisdiction, purpose, operation, criteria, record_ids)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [
                contextValue.requestId,
                principal.userId,
                principal.agency,
                principal.jurisdiction,
                contextValue.purpose ?? null,
                operationLabel(operation, operationName),
                JSON.stringify(audit.criteria),
                [...audit.recordIds],
              ],
            );
          } catch (error) {
            contextValue.log.error({ err: error }, 'audit write failed: response withheld');
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              {
                message: 'Nothing was disclosed: the audit log could not be written. Try again later.',
                extensions: { code: 'AUDIT_UNAVAILABLE' },
              } as never,
            ];
          }
        },
      };
    },
  };
}
