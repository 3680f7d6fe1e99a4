import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
// The enum is not re-exported from the package's entry point at runtime.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import {
  SUBGRAPH_UNAVAILABLE,
  SubgraphFetcher,
  SubgraphResponseError,
  SubgraphTimeoutError,
  keepAliveAgent,
  subgraphBreaker,
} from '../../gateway/src/subgraph-fetcher';
import { serveJsonPost } from '../../shared/graphql-http';

type Context = { requestId: string };

/** What the test subgraph does with a request that arrives on a connection it has answered on before, or not. */
type Behaviour = (request: http.IncomingMessage, response: http.ServerResponse, reusedConnection: boolean) => void;

const answer =
  (status: number, body: string, contentType = 'application/json'): Behaviour =>
  (_request, response) =>
    response.writeHead(status, { 'content-type': contentType }).end(body);
const answerData: Behaviour = answer(200, JSON.stringify({ data: { ok: true } }));
/** Drops the connection without a response byte, as a subgraph closing an idle socket does to a request in flight. */
const dropConnection: Behaviour = (request) => request.socket.destroy();
const hang: Behaviour = () => {};
/** Answers the first request as Apollo Server answers a hash it does not run (`code`), and the others with data. */
function persistedQueryNotFoundFirst(code = 'PERSISTED_QUERY_NOT_FOUND'): Behaviour {
  const notFound = { message: 'PersistedQuery', extensions: { code } };
  let answered = false;
  return (request, response, reused) => {
    const behaviour = answered ? answerData : answer(200, JSON.stringify({ errors: [notFound] }));
    answered = true;
    behaviour(request, response, reused);
  };
}
/** Sends the first bytes of a response's head and then drops the connection. */
const cutOffResponse: Behaviour = (request) => {
  request.socket.write('HTTP/1.1 200 OK\r\ncontent-', () => request.socket.destroy());
};

/** A real local HTTP server whose answer to each request is chosen by the test, counting requests and connections. */
class TestSubgraph {
  readonly requests: { body: string; headers: http.IncomingHttpHeaders; reusedConnection: boolean }[] = [];
  connections = 0;
  behaviour: Behaviour = answerData;
  private readonly answered = new WeakSet<Socket>();
  private readonly server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const reusedConnection = this.answered.has(request.socket);
      this.answered.add(request.socket);
      this.requests.push({ body, headers: request.headers, reusedConnection });
      this.behaviour(request, response, reusedConnection);
    });
  });

  async start(): Promise<string> {
    this.server.on('connection', () => this.connections++);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function operation(query: string): GraphQLDataSourceProcessOptions<Context> {
  return {
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query, variables: { text: 'Anna' } },
    context: { requestId: 'request-1' },
  };
}

/** The automatic-persisted-query extension of an operation: its query's SHA-256. */
const persisted = (operation: GraphQLDataSourceProcessOptions<Context>) => ({
  persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(operation.request.query!).digest('hex') },
});

const SEARCH = operation('query Search__persons__0($text: String!) { searchPersons(text: $text) { totalCount } }');
const CREATE = operation('mutation Create__persons__0 { createPerson(input: {}) { id } }');

describe('SubgraphFetcher on a real local HTTP server', () => {
  let subgraph: TestSubgraph;
  let url: string;
  let agent: http.Agent;
  let unavailableBecause: Error[];
  let fetcher: SubgraphFetcher<Context>;

  beforeEach(async () => {
    subgraph = new TestSubgraph();
    url = await subgraph.start();
    agent = keepAliveAgent(url);
    unavailableBecause = [];
    fetcher = new SubgraphFetcher<Context>({
      name: 'persons',
      url,
      timeoutMs: 300,
      agent,
      breaker: subgraphBreaker('persons'),
      requestHeaders: (context) => ({ 'x-request-id': context.requestId, authorization: 'Bearer token' }),
      onUnavailable: (error) => unavailableBecause.push(error),
    });
  });
  afterEach(async () => {
    agent.destroy();
    await subgraph.stop();
  });

  const unavailable = {
    errors: [{ message: 'The persons service is unavailable', extensions: { code: SUBGRAPH_UNAVAILABLE } }],
  };

  it('posts the operation as JSON with the request headers and returns the parsed response', async () => {
    expect(await fetcher.process(SEARCH)).toEqual({ data: { ok: true } });
    const [sent] = subgraph.requests;
    // The query's hash alone: this subgraph answered it, as one that holds the query does.
    expect(JSON.parse(sent.body)).toEqual({ variables: { text: 'Anna' }, extensions: persisted(SEARCH) });
    expect(sent.headers).toMatchObject({
      host: new URL(url).host,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(sent.body)),
      'x-request-id': 'request-1',
      authorization: 'Bearer token',
    });
  });

  it('refuses a header value that would split the request', async () => {
    const injecting = new SubgraphFetcher<Context>({
      name: 'persons',
      url,
      timeoutMs: 300,
      agent,
      breaker: subgraphBreaker('persons'),
      requestHeaders: () => ({ 'x-liaison-purpose': 'CASE-1\r\nx-forged: yes' }),
      onUnavailable: (error) => unavailableBecause.push(error),
    });
    expect(await injecting.process(SEARCH)).toEqual(unavailable);
    expect((unavailableBecause[0] as NodeJS.ErrnoException).code).toBe('ERR_INVALID_CHAR');
    expect(subgraph.requests).toHaveLength(0);
  });

  it('keeps the connection alive between requests', async () => {
    await fetcher.process(SEARCH);
    await fetcher.process(SEARCH);
    expect(subgraph.requests.map((request) => request.reusedConnection)).toEqual([false, true]);
    expect(subgraph.connections).toBe(1);
  });

  it('sends a read again, once, when the subgraph drops a reused connection before answering', async () => {
    await fetcher.process(SEARCH);
    subgraph.behaviour = (request, response, reusedConnection) =>
      (reusedConnection ? dropConnection : answerData)(request, response, reusedConnection);
    expect(await fetcher.process(SEARCH)).toEqual({ data: { ok: true } });
    // The first request, the one dropped on the reused connection, and its retry on a new connection.
    expect(subgraph.requests.map((request) => request.reusedConnection)).toEqual([false, true, false]);
    expect(subgraph.connections).toBe(2);
    expect(unavailableBecause).toEqual([]);
  });

  it.each([
    ['sends a read at most twice when the retry is dropped too', dropConnection, SEARCH, 2],
    ['does not send again a read whose response had started', cutOffResponse, SEARCH, 1],
    ['does not send again a mutation the subgraph received', dropConnection, CREATE, 1],
  ])('on a reused connection that drops, %s', async (_, behaviour, operation, attempts) => {
    await fetcher.process(SEARCH);
    subgraph.behaviour = behaviour;
    expect(await fetcher.process(operation)).toEqual(unavailable);
    expect(subgraph.requests).toHaveLength(1 + attempts);
  });

  it('does not send again a request that failed on a fresh connection', async () => {
    subgraph.behaviour = dropConnection;
    expect(await fetcher.process(SEARCH)).toEqual(unavailable);
    expect(subgraph.requests).toHaveLength(1);
    expect((unavailableBecause[0] as NodeJS.ErrnoException).code).toBe('ECONNRESET');
  });

  it('gives up on a subgraph that does not answer within the timeout', async () => {
    subgraph.behaviour = hang;
    expect(await fetcher.process(SEARCH)).toEqual(unavailable);
    expect(unavailableBecause[0]).toBeInstanceOf(SubgraphTimeoutError);
    expect(subgraph.requests).toHaveLength(1);
  });

  it('opens the circuit after repeated timeouts, fails fast while open, and closes after a probe is answered', async () => {
    process.env.SUBGRAPH_BREAKER_RESET_MS = '500';
    const states: string[] = [];
    const guarded = new SubgraphFetcher<Context>({
      name: 'persons',
      url,
      timeoutMs: 200,
      agent,
      breaker: subgraphBreaker('persons', (state) => states.push(state)),
      requestHeaders: () => ({}),
    });
    subgraph.behaviour = hang;
    for (let i = 0; i < 4; i++) expect(await guarded.process(SEARCH)).toEqual(unavailable);
    expect(subgraph.requests).toHaveLength(4);
    // Open: refused without a request to the subgraph, and said so.
    const fast = await guarded.process(SEARCH);
    expect(fast.errors?.[0]?.extensions).toEqual({ code: SUBGRAPH_UNAVAILABLE, circuitOpen: true });
    expect(subgraph.requests).toHaveLength(4);
    expect(states).toEqual(['open']);
    // After the reset time one request probes; the subgraph answers again, and the circuit closes.
    subgraph.behaviour = answerData;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await guarded.process(SEARCH)).toEqual({ data: { ok: true } });
    expect(await guarded.process(SEARCH)).toEqual({ data: { ok: true } });
    expect(states).toEqual(['open', 'half-open', 'closed']);
    delete process.env.SUBGRAPH_BREAKER_RESET_MS;
  });

  it('reports a subgraph that is not listening as unavailable', async () => {
    await subgraph.stop();
    expect(await fetcher.process(SEARCH)).toEqual(unavailable);
    expect((unavailableBecause[0] as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it.each([
    ['a 5xx', answer(503, JSON.stringify({ errors: [{ message: 'down' }] }))],
    ['a body that is not JSON', answer(200, '<html>proxy error</html>', 'text/html')],
    ['JSON that is not an object', answer(200, '[1, 2]')],
    ['a 400 that is not bad input', answer(400, JSON.stringify({ errors: [{ extensions: { code: 'FORBIDDEN' } }] }))],
    ['a 401', answer(401, JSON.stringify({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }))],
  ])('reports %s as unavailable', async (_, behaviour) => {
    subgraph.behaviour = behaviour;
    expect(await fetcher.process(SEARCH)).toEqual(unavailable);
    expect(unavailableBecause[0]).toBeInstanceOf(SubgraphResponseError);
  });

  it("passes on a 400 whose errors are all the caller's bad input", async () => {
    const errors = [{ message: 'not a date', extensions: { code: 'BAD_USER_INPUT' } }];
    subgraph.behaviour = answer(400, JSON.stringify({ errors }));
    expect(await fetcher.process(SEARCH)).toEqual({ errors });
  });

  it('passes on the errors of a 200 response with the data', async () => {
    const body = { data: { searchPersons: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] };
    subgraph.behaviour = answer(200, JSON.stringify(body));
    expect(await fetcher.process(SEARCH)).toEqual(body);
  });

  it('sends the query text with its hash only when the subgraph does not hold it, then the hash alone again', async () => {
    subgraph.behaviour = persistedQueryNotFoundFirst();
    expect(await fetcher.process(SEARCH)).toEqual({ data: { ok: true } });
    expect(await fetcher.process(SEARCH)).toEqual({ data: { ok: true } });
    expect(subgraph.requests.map((request) => JSON.parse(request.body))).toEqual([
      { variables: { text: 'Anna' }, extensions: persisted(SEARCH) },
      { query: SEARCH.request.query, variables: { text: 'Anna' }, extensions: persisted(SEARCH) },
      { variables: { text: 'Anna' }, extensions: persisted(SEARCH) },
    ]);
  });

  it('sends the query text after PERSISTED_QUERY_NOT_SUPPORTED (a server without persisted queries)', async () => {
    subgraph.behaviour = persistedQueryNotFoundFirst('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(await fetcher.process(SEARCH)).toEqual({ data: { ok: true } });
    expect(subgraph.requests.map((request) => JSON.parse(request.body).query)).toEqual([
      undefined,
      SEARCH.request.query,
    ]);
  });

  it('sends a mutation with its text after PERSISTED_QUERY_NOT_FOUND: nothing was executed', async () => {
    subgraph.behaviour = persistedQueryNotFoundFirst();
    expect(await fetcher.process(CREATE)).toEqual({ data: { ok: true } });
    expect(subgraph.requests.map((request) => JSON.parse(request.body).query)).toEqual([
      undefined,
      CREATE.request.query,
    ]);
  });

  it('passes on data that merely holds the words PERSISTED_QUERY_NOT_FOUND', async () => {
    const body = { data: { searchPersons: { text: 'PERSISTED_QUERY_NOT_FOUND' } } };
    subgraph.behaviour = answer(200, JSON.stringify(body));
    expect(await fetcher.process(SEARCH)).toEqual(body);
    expect(subgraph.requests).toHaveLength(1);
  });
});

describe('SubgraphFetcher and a real Apollo Server: automatic persisted queries', () => {
  const query = 'query Greeting__persons__0($name: String!) { greeting(name: $name) }';
  /** What each request brought, as Apollo Server's plugins see it before it looks the hash up. */
  const received: { query?: string; extensions?: Record<string, unknown> }[] = [];
  let apollo: ApolloServer;
  let server: http.Server;
  let agent: http.Agent;

  /** Apollo Server behind the subgraphs' own JSON POST path (`serveJsonPost`), recording each request. */
  async function startApollo(): Promise<string> {
    apollo = new ApolloServer({
      typeDefs: 'type Query { greeting(name: String!): String! }',
      resolvers: { Query: { greeting: (_: unknown, { name }: { name: string }) => `hello ${name}` } },
      plugins: [
        {
          async requestDidStart({ request }) {
            received.push({ query: request.query, extensions: request.extensions });
          },
        },
      ],
    });
    await apollo.start();
    const endpoint = { server: apollo, createContext: async () => ({}) };
    server = http.createServer((request, response) => void serveJsonPost(endpoint, request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  afterAll(async () => {
    agent?.destroy();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await apollo?.stop();
  });

  it('registers the query once, then sends its hash alone, and Apollo Server answers each', async () => {
    const url = await startApollo();
    agent = keepAliveAgent(url);
    const fetcher = new SubgraphFetcher<Context>({
      name: 'persons',
      url,
      timeoutMs: 2_000,
      agent,
      breaker: subgraphBreaker('persons'),
      requestHeaders: () => ({}),
    });
    const greet = (name: string) => fetcher.process({ ...operation(query), request: { query, variables: { name } } });
    expect(await greet('Anna')).toEqual({ data: { greeting: 'hello Anna' } });
    expect(await greet('Omar')).toEqual({ data: { greeting: 'hello Omar' } });
    // Hash alone (not found), hash with text (registered), hash alone (found).
    expect(received.map((request) => request.query !== undefined)).toEqual([false, true, false]);
    expect(received.map((request) => request.extensions)).toEqual(Array(3).fill(persisted(operation(query))));
  });
});
