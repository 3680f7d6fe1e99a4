import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { servicePort, subgraphUrl } from '../../shared/config';
import { createLogger } from '../../shared/logger';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/schema';
import { runService } from '../../shared/service';
import { SUPERGRAPH_PATH } from './compose';

const log = createLogger('gateway');
const SUBGRAPH_TIMEOUT_MS = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 5000);

interface GatewayContext {
  requestId: string;
}

/** Node's own fetch (pooled keep-alive connections), cut off after the per-subgraph timeout. */
const fetchWithTimeout = ((url: string, init: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) })) as unknown as Fetcher;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly name: SubgraphName) {
    super({ url: subgraphUrl(name), fetcher: fetchWithTimeout });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  /** A subgraph that cannot be reached or times out becomes one error; the other subgraphs' data still returns. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      log.warn({ subgraph: this.name, err: (error as Error).message }, 'subgraph unavailable');
      return {
        errors: [{ message: `The ${this.name} service is unavailable`, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      };
    }
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
  // Routing URLs come from this process's environment, not from the committed supergraph.
  buildService: ({ name }) => new SubgraphDataSource(name as SubgraphName),
});

void runService<GatewayContext>({
  name: 'gateway',
  port: servicePort('gateway'),
  log,
  apollo: { gateway, introspection: true, includeStacktraceInErrorResponses: false },
  createContext: async ({ requestId }) => ({ requestId }),
  // The gateway is ready once it serves the supergraph; a subgraph that is down yields partial results, not a
  // gateway taken out of rotation. /ready lists each subgraph's state.
  ready: async () =>
    Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await subgraphState(name)]))),
  routes: () => {},
});

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
