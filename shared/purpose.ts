import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { ErrorCode, badUserInput } from './errors';
import { PURPOSE_HEADER } from './auth';

/** Root fields anyone may ask without a purpose: introspection and the subgraph's SDL. */
const FREE_FIELDS = new Set(['__schema', '__type', '__typename', '_service']);
const PURPOSE = /^[\p{L}\p{N}][\p{L}\p{N} ./:#_-]{2,199}$/u;

/** Reads and checks a purpose or case reference, e.g. `SE-NOA-2026-00417` or `border check lane 4`. */
export function parsePurpose(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!PURPOSE.test(raw)) {
    // Raised while the request's context is built, where only an error's own HTTP status keeps it from a 500.
    throw new GraphQLError(
      `${PURPOSE_HEADER} must be 3 to 200 letters, digits, spaces or . / : # _ - (a purpose or case reference)`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
    );
  }
  return raw;
}

function asksForData(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !FREE_FIELDS.has(selection.name.value),
  );
}

/** The purpose or case reference a request, feed or subscription must send: BAD_USER_INPUT when there is none. */
export function requiredPurpose(purpose: string | undefined, what = 'request'): string {
  if (!purpose)
    throw badUserInput(`send the purpose or case reference of this ${what} in the ${PURPOSE_HEADER} header`);
  return purpose;
}

/**
 * Refuses any operation that reads data without a purpose or case reference (SPEC 5.2: every search says why),
 * before anything is resolved. Introspection needs none, so the sandbox works without one.
 */
export function requirePurposePlugin<
  TContext extends BaseContext & { purpose?: string },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation && asksForData(operation)) requiredPurpose(contextValue.purpose);
        },
      };
    },
  };
}
