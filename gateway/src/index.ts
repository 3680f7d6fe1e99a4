import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  bearerToken,
  gatewayCredentialSigner,
  type Principal,
  signDevelopmentToken,
  userTokenVerifier,
} from '../../shared/auth';
import { isDevelopment, isProduction, servicePort, subgraphUrl } from '../../shared/config';
import { createLogger } from '../../shared/logger';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/schema';
import { runService } from '../../shared/service';
import type { ServiceRequest } from '../../shared/graphql-http';
import { parsePurpose, requirePurposePlugin } from '../../shared/purpose';
import { SUPERGRAPH_PATH } from './compose';
import { mountSandbox } from './sandbox';
import { closeNotificationFeeds, mountNotificationFeed, subscriptionPassThrough } from './notification-feed';
import { CONTRACTS, contractFiles, contractPath, type Contract } from './contracts';
import { SubgraphFetcher, keepAliveAgent, subgraphBreaker } from './subgraph-fetcher';
import { probe } from '../../shared/tls';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../shared/errors';
import {
  CLIENT_REQUEST_ID_HEADER,
  OPERATION_HEADER,
  OPERATION_TYPE_HEADER,
  clientRequestIdOf,
} from '../../shared/request-id';
import { introspectionDepthRule, introspectionRolesPlugin } from '../../shared/introspection';
import { rateLimitPlugin } from './rate-limits';
import { borderStatus } from './border-status';
import { customScalarLiteralRule } from './validation';
import { MAX_QUERY_TOKENS, supportedOperationRule } from '../../shared/operation-rules';
import { runReplicated } from '../../shared/replicas';
import { routeFetch, searchRoutingPlugin, type SearchRouting } from './search-routing';
import { reuseShapingOperations } from './answer-shaping';

const log = createLogger('gateway');
const SUBGRAPH_TIMEOUT_MS = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 5000);

interface GatewayContext {
  /** Made here for every request (shared/request-id.ts); the client's `x-request-id` travels beside it. */
  requestId: string;
  clientRequestId?: string;
  /** The client's operation name, set once the operation is known; the subgraphs audit under it. */
  operationName?: string;
  /** `mutation` for a client's mutation: each subgraph fetch of it reads the primary. */
  operationType?: string;
  /** The verified caller. */
  principal: Principal;
  /** The caller's token, verified here and verified again by every subgraph. */
  token: string;
  purpose?: string;
  /** Aborted when the client leaves before its answer: the subgraph requests still in flight are abandoned too. */
  signal: AbortSignal;
  /** The root searches answered here without their hop, once the operation is known (./search-routing.ts). */
  searchRouting?: SearchRouting;
}

async function main(): Promise<void> {
  reuseShapingOperations();
  const verifyUser = await userTokenVerifier();
  const gatewayCredential = await gatewayCredentialSigner();

  // One keep-alive agent per subgraph, shared by the full graph's and the contracts' gateways.
  const agents = new Map(SUBGRAPH_NAMES.map((name) => [name, keepAliveAgent(subgraphUrl(name))]));
  const breakers = new Map(
    SUBGRAPH_NAMES.map((name) => [
      name,
      subgraphBreaker(name, (state) => log.warn({ subgraph: name, circuit: state }, `circuit ${state}`)),
    ]),
  );
  const subgraphFetcher = (name: SubgraphName) =>
    new SubgraphFetcher<GatewayContext>({
      name,
      url: subgraphUrl(name),
      timeoutMs: SUBGRAPH_TIMEOUT_MS,
      agent: agents.get(name)!,
      breaker: breakers.get(name)!,
      requestHeaders: async (context) => ({
        'x-request-id': context.requestId,
        ...(context.clientRequestId ? { [CLIENT_REQUEST_ID_HEADER]: context.clientRequestId } : {}),
        ...(context.operationName ? { [OPERATION_HEADER]: context.operationName } : {}),
        ...(context.operationType === 'mutation' ? { [OPERATION_TYPE_HEADER]: 'mutation' } : {}),
        authorization: `Bearer ${context.token}`,
        [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredential(name, context.token),
        ...(context.purpose ? { [PURPOSE_HEADER]: context.purpose } : {}),
      }),
      onUnavailable: (error) => log.warn({ subgraph: name, err: error.message }, 'subgraph unavailable'),
      route: routeFetch,
    });

  // One gateway per schema: the whole supergraph on /graphql, each contract's on its own path; the same subgraphs.
  const gatewayFor = (supergraphSdl: string) =>
    new ApolloGateway({
      supergraphSdl,
      // Routing URLs come from this process's environment, not from the committed supergraph.
      buildService: ({ name }) => subgraphFetcher(name as SubgraphName),
    });

  // One count per credential across the full graph's and the contracts' endpoints.
  const rateLimits = rateLimitPlugin<GatewayContext>();
  // At a border post: how fresh its copy is, in every answer's extensions.
  const border = borderStatus(log);

  // Query limits: depth, cost, aliases, tokens and directives; field suggestions only in development.
  const apolloOptions = (supergraphSdl: string, contract?: Contract) => {
    const armor = new ApolloArmor({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 16 },
      maxTokens: { n: MAX_QUERY_TOKENS },
      maxDirectives: { n: 20 },
      blockFieldSuggestion: { enabled: !isDevelopment },
    }).protect();
    return {
      gateway: gatewayFor(supergraphSdl),
      introspection: true,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
      plugins: [
        ...armor.plugins,
        introspectionRolesPlugin<GatewayContext>({ contractEndpoint: contract !== undefined }),
        requirePurposePlugin<GatewayContext>(),
        rateLimits,
        forwardOperationName,
        // Not at a border post, where substances answers no search: its refusal must reach the officer.
        ...(border ? [] : [searchRoutingPlugin<GatewayContext>()]),
        ...(border ? [border.plugin as ApolloServerPlugin<GatewayContext>] : []),
      ],
      validationRules: [
        ...armor.validationRules,
        introspectionDepthRule,
        supportedOperationRule,
        customScalarLiteralRule,
      ],
    };
  };

  /** Verifies the caller and holds a credential bound to a contract to that contract's endpoint. */
  const contextFor =
    (contract: Contract | undefined) =>
    async ({ requestId, headers, signal }: ServiceRequest): Promise<GatewayContext> => {
      const token = bearerToken(headers);
      const principal = await verifyUser(token);
      if (principal.contract && principal.contract !== contract?.name) {
        const known = CONTRACTS.find((candidate) => candidate.name === principal.contract);
        throw forbiddenHere(
          `this credential is bound to the schema contract '${principal.contract}'` +
            (known ? `: use ${contractPath(known)}` : ', which this gateway does not serve'),
        );
      }
      return {
        requestId,
        clientRequestId: clientRequestIdOf(headers, 'x-request-id'),
        principal,
        token,
        purpose: parsePurpose(headerValue(headers, PURPOSE_HEADER)),
        signal,
      };
    };

  const graph = apolloOptions(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const exchangeAccess = { verifyUser, gatewayCredential, agent: agents.get('exchange')! };
  await runService<GatewayContext>({
    name: 'gateway',
    port: servicePort('gateway'),
    log,
    apollo: graph,
    createContext: contextFor(undefined),
    // Subscriptions (GraphQL over server-sent events), checked against the supergraph and served by the exchange.
    eventStream: subscriptionPassThrough({ ...exchangeAccess, apiSchema: () => graph.gateway.schema }),
    extraEndpoints: CONTRACTS.map((contract) => ({
      path: contractPath(contract),
      apollo: apolloOptions(readFileSync(contractFiles(contract).supergraph, 'utf8'), contract),
      createContext: contextFor(contract),
    })),
    // The gateway is ready once it serves the supergraph; a subgraph that is down yields partial results, not a
    // gateway taken out of rotation. /ready lists each subgraph's state.
    ready: async () =>
      Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await subgraphState(name)]))),
    onStopping: closeNotificationFeeds,
    close: async () => {
      await border?.stop();
    },
    routes: (app) => {
      mountNotificationFeed(app, exchangeAccess);
      mountSandbox(app, {
        // Only under `npm start` (which sets the switch), never in production.
        developmentToken:
          process.env.LIAISON_SANDBOX_DEVELOPMENT_TOKEN === 'on' && !isProduction
            ? () =>
                signDevelopmentToken({
                  userId: 'sandbox-officer',
                  agency: 'SE-NOA',
                  jurisdiction: 'SE',
                  roles: ['officer'],
                })
            : undefined,
      });
    },
  });
}

/**
 * Keeps the client's operation name in the context, for the header that carries it to the subgraphs. A document with
 * no operation to run under that name is refused here: Apollo Server leaves that to the gateway, which answers 500.
 */
const forwardOperationName: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, operationName, request, contextValue }) {
        if (!operation) {
          throw new GraphQLError(
            request.operationName
              ? `the document has no operation named '${request.operationName.slice(0, 100)}'`
              : 'the document holds several operations (or none): name the one to run in operationName',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        }
        contextValue.operationName = operationName ?? undefined;
        contextValue.operationType = operation.operation;
      },
    };
  },
};

/** FORBIDDEN, answered with HTTP 403 (raised while building the request context, before any execution). */
function forbiddenHere(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

async function subgraphState(name: SubgraphName): Promise<'ready' | 'unavailable'> {
  try {
    const { status } = await probe(subgraphUrl(name).replace(/\/graphql$/, '/ready'), 1000);
    return status === 200 ? 'ready' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

runReplicated('gateway', () =>
  main().catch((error) => {
    log.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  }),
);
