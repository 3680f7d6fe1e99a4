import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  bearerToken,
  gatewayCredentialSigner,
  signDevelopmentToken,
  userTokenVerifier,
} from '../../shared/auth';
import { isDevelopment, servicePort, subgraphUrl } from '../../shared/config';
import { createLogger } from '../../shared/logger';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/schema';
import { runService } from '../../shared/service';
import { parsePurpose, requirePurposePlugin } from '../../shared/purpose';
import { SUPERGRAPH_PATH } from './compose';
import { mountSandbox } from './sandbox';
import { CONTRACTS, contractFiles, contractPath, type Contract } from './contracts';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../shared/errors';

const log = createLogger('gateway');
const SUBGRAPH_TIMEOUT_MS = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 5000);

interface GatewayContext {
  requestId: string;
  /** The caller's token, verified here and verified again by every subgraph. */
  token: string;
  purpose?: string;
}

/** How RemoteGraphQLDataSource reports a subgraph's non-2xx answer: the parsed body rides along. */
interface SubgraphHttpError {
  extensions?: { response?: { status?: number; body?: { errors?: unknown } } };
}

function isBadUserInput(error: unknown): boolean {
  return (error as { extensions?: { code?: unknown } } | null)?.extensions?.code === ErrorCode.BAD_USER_INPUT;
}

/** Node's own fetch (pooled keep-alive connections), cut off after the per-subgraph timeout. */
const fetchWithTimeout = ((url: string, init: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) })) as unknown as Fetcher;

async function main(): Promise<void> {
  const verifyUser = await userTokenVerifier();
  const gatewayCredential = await gatewayCredentialSigner();

  class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
    constructor(private readonly name: SubgraphName) {
      super({ url: subgraphUrl(name), fetcher: fetchWithTimeout });
    }

    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
      const headers = request.http!.headers;
      headers.set('x-request-id', context.requestId);
      headers.set('authorization', `Bearer ${context.token}`);
      headers.set(GATEWAY_CREDENTIAL_HEADER, await gatewayCredential());
      if (context.purpose) headers.set(PURPOSE_HEADER, context.purpose);
    }

    /** A subgraph that cannot be reached or times out becomes one error; the other subgraphs' data still returns. */
    override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
      try {
        return await super.process(options);
      } catch (error) {
        // A subgraph that refused bad input (400 when its scalar refuses a variable) is not down; anything else
        // (its credential refused, a 5xx) is this gateway's problem, not the caller's, and is reported as unavailable.
        const { status, body } = (error as SubgraphHttpError).extensions?.response ?? {};
        const errors = body?.errors;
        if (status === 400 && Array.isArray(errors) && errors.every(isBadUserInput)) return { errors };
        log.warn({ subgraph: this.name, err: (error as Error).message }, 'subgraph unavailable');
        return {
          errors: [
            { message: `The ${this.name} service is unavailable`, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
          ],
        };
      }
    }
  }

  // One gateway per schema: the whole supergraph on /graphql, each contract's on its own path; the same subgraphs.
  const gatewayFor = (supergraphSdl: string) =>
    new ApolloGateway({
      supergraphSdl,
      // Routing URLs come from this process's environment, not from the committed supergraph.
      buildService: ({ name }) => new SubgraphDataSource(name as SubgraphName),
    });

  // Query limits: depth, cost, aliases, tokens and directives; field suggestions only in development.
  const apolloOptions = (supergraphSdl: string) => {
    const armor = new ApolloArmor({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 16 },
      maxTokens: { n: 3_000 },
      maxDirectives: { n: 20 },
      blockFieldSuggestion: { enabled: !isDevelopment },
    }).protect();
    return {
      gateway: gatewayFor(supergraphSdl),
      introspection: true,
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
      plugins: [...armor.plugins, requirePurposePlugin<GatewayContext>()],
      validationRules: armor.validationRules,
    };
  };

  /** Verifies the caller and holds a credential bound to a contract to that contract's endpoint. */
  const contextFor =
    (contract: Contract | undefined) =>
    async ({ requestId, headers }: { requestId: string; headers: IncomingHttpHeaders }): Promise<GatewayContext> => {
      const token = bearerToken(headers);
      const principal = await verifyUser(token);
      if (principal.contract && principal.contract !== contract?.name) {
        const known = CONTRACTS.find((candidate) => candidate.name === principal.contract);
        throw forbiddenHere(
          `this credential is bound to the schema contract '${principal.contract}'` +
            (known ? `: use ${contractPath(known)}` : ', which this gateway does not serve'),
        );
      }
      return { requestId, token, purpose: parsePurpose(headerValue(headers, PURPOSE_HEADER)) };
    };

  await runService<GatewayContext>({
    name: 'gateway',
    port: servicePort('gateway'),
    log,
    apollo: apolloOptions(readFileSync(SUPERGRAPH_PATH, 'utf8')),
    createContext: contextFor(undefined),
    extraEndpoints: CONTRACTS.map((contract) => ({
      path: contractPath(contract),
      apollo: apolloOptions(readFileSync(contractFiles(contract).supergraph, 'utf8')),
      createContext: contextFor(contract),
    })),
    // The gateway is ready once it serves the supergraph; a subgraph that is down yields partial results, not a
    // gateway taken out of rotation. /ready lists each subgraph's state.
    ready: async () =>
      Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await subgraphState(name)]))),
    routes: (app) =>
      mountSandbox(app, {
        developmentToken: isDevelopment
          ? () =>
              signDevelopmentToken({
                userId: 'sandbox-officer',
                agency: 'SE-NOA',
                jurisdiction: 'SE',
                roles: ['officer'],
              })
          : undefined,
      }),
  });
}

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
    const response = await fetch(subgraphUrl(name).replace(/\/graphql$/, '/ready'), {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok ? 'ready' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

main().catch((error) => {
  log.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
