// The exchange's subscriptions, as GraphQL over server-sent events (`graphql-sse`, distinct connections): the gateway
// passes a client's subscription here once it has checked it against the supergraph. Every refusal (a bad document,
// a missing purpose, a role without the right) is answered before the stream opens, as JSON with its 4xx status.
import type http from 'node:http';
import { GraphQLError, subscribe, type ExecutionResult } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import type { RequestParams } from 'graphql-sse';
import { STATUS_BY_CODE, abandonedSignal } from '../../../shared/graphql-http';
import { checkedSubscription } from '../../../shared/operation-rules';
import { newRequestId } from '../../../shared/request-id';
import type { SubgraphServices } from '../../../shared/subgraph';
import { READ_ROLES, requireRole } from '../../../shared/visibility';
import type { ExchangeContext } from './context';
import type { LiveNotificationSource } from './feed';
import { requiredPurpose } from '../../../shared/purpose';
import type { ExchangeLoaders } from './loaders';

type Refusal = [string, { status: number; statusText: string; headers: Record<string, string> }];

/** A refusal before the stream opens: the GraphQL errors as JSON, the status from the first error's code. */
function refusal(errors: readonly GraphQLError[]): Refusal {
  const code = String(errors[0]?.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED');
  const status = STATUS_BY_CODE[code] ?? 400;
  const body = errors.map((error) => ({ ...error.toJSON(), extensions: { code, ...error.extensions } }));
  return [
    JSON.stringify({ errors: body }),
    { status, statusText: code, headers: { 'content-type': 'application/json; charset=utf-8' } },
  ];
}

/** Serves `POST /graphql` with `Accept: text/event-stream`: subscriptions only, each its own event stream. */
export function subscriptionStream(
  services: SubgraphServices<ExchangeLoaders>,
  live: LiveNotificationSource,
): http.RequestListener {
  const { schema } = services;
  // The context is made in onSubscribe (it needs the caller), so the handler's own context type is left open.
  const handler = createHandler({
    schema,
    // Distinct connections only: each subscription is one POST and one stream, which the gateway can pass through.
    authenticate: () => null,
    onSubscribe: async (request, params: RequestParams) => {
      const checked = checkedSubscription(schema, params.query, params.operationName);
      if ('errors' in checked) {
        // Valid on the gateway's supergraph, invalid here: another subgraph's field, which only the gateway can plan.
        const hint = (error: GraphQLError) =>
          error.extensions.code === 'GRAPHQL_VALIDATION_FAILED'
            ? new GraphQLError(`${error.message} A subscription is answered by the exchange subgraph alone.`, {
                extensions: error.extensions,
              })
            : error;
        return refusal(checked.errors.map(hint));
      }
      const { document } = checked;
      const response = request.context.res;
      let contextValue: ExchangeContext;
      try {
        const context = await services.createContext({
          requestId: newRequestId(),
          headers: request.raw.headers,
          signal: abandonedSignal(response),
        });
        requireRole(context.principal, READ_ROLES, 'hit notifications');
        contextValue = { ...context, purpose: requiredPurpose(context.purpose, 'subscription'), live };
        live.stored.admit(context.principal.userId, response);
      } catch (error) {
        if (error instanceof GraphQLError) return refusal([error]);
        throw error;
      }
      const result = await subscribe({
        schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        contextValue,
      });
      // Bad variables or arguments: refused as JSON, not as one event of a stream that then ends.
      const errors = (result as ExecutionResult).errors;
      if (errors?.length) return refusal(errors);
      return result;
    },
  });
  return (request, response) =>
    handler(request as Parameters<typeof handler>[0], response).catch((error: unknown) => {
      services.log.error({ err: error }, 'subscription failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      response.end(
        JSON.stringify({
          errors: [{ message: 'the subscription failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      );
    });
}
