import { createHash } from 'node:crypto';
import http, { type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import CircuitBreaker from 'opossum';
import { Kind, parse, type FieldNode } from 'graphql';
import { CallerLeftError, ErrorCode } from '../../shared/errors';
import { trustingAgent } from '../../shared/tls';

/** The one error a caller sees for a subgraph that is down, timed out or answered something that is not GraphQL. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

type SubgraphResult = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface SubgraphFetcherOptions<TContext extends Record<string, any>> {
  /** The subgraph's name, as the unavailable error says it. */
  name: string;
  url: string;
  /** Deadline for the whole exchange, the retry included. */
  timeoutMs: number;
  /** Keep-alive connections to this subgraph, shared by every fetcher that calls it. */
  agent: http.Agent;
  /** The subgraph's circuit breaker (`subgraphBreaker`), shared by every fetcher that calls it. */
  breaker: SubgraphBreaker;
  /** The headers of one request besides content-type and content-length (identity, credential, purpose). */
  requestHeaders(context: TContext): OutgoingHttpHeaders | Promise<OutgoingHttpHeaders>;
  /** Told why the subgraph was reported unavailable, for the log. */
  onUnavailable?(error: Error): void;
  /** Answers a fetch without sending it, or adds headers to it (gateway/src/search-routing.ts). */
  route?(
    options: GraphQLDataSourceProcessOptions<TContext>,
  ): { answer?: SubgraphResult; headers?: OutgoingHttpHeaders } | undefined;
}

/** Runs a subgraph exchange unless the subgraph's circuit is open. */
export type SubgraphBreaker = CircuitBreaker<[() => Promise<HttpAnswer>], HttpAnswer>;

/**
 * A circuit breaker for one subgraph (opossum): when at least half of the last exchanges within 10 s (4 or more)
 * failed (timed out, refused, reset), the circuit opens and requests fail fast with SUBGRAPH_UNAVAILABLE instead of
 * each waiting for the timeout; after `SUBGRAPH_BREAKER_RESET_MS` (5 s) one request probes, and an answer closes it.
 */
export function subgraphBreaker(name: string, onChange?: (state: 'open' | 'half-open' | 'closed') => void) {
  const breaker: SubgraphBreaker = new CircuitBreaker((exchange: () => Promise<HttpAnswer>) => exchange(), {
    name,
    timeout: false,
    errorThresholdPercentage: 50,
    volumeThreshold: 4,
    rollingCountTimeout: 10_000,
    resetTimeout: Number(process.env.SUBGRAPH_BREAKER_RESET_MS ?? 5_000),
    // A request abandoned because the client left says nothing about the subgraph's health.
    errorFilter: (error: Error) => error instanceof CallerLeftError,
  });
  breaker.on('open', () => onChange?.('open'));
  breaker.on('halfOpen', () => onChange?.('half-open'));
  breaker.on('close', () => onChange?.('closed'));
  return breaker;
}

/** The subgraph did not answer completely within the fetcher's deadline. */
export class SubgraphTimeoutError extends Error {
  override name = 'SubgraphTimeoutError';
}

/** The subgraph answered, but not with a GraphQL response this gateway passes on. */
export class SubgraphResponseError extends Error {
  override name = 'SubgraphResponseError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Distinct subgraph queries whose hash a fetcher keeps: a supergraph's query plans hold a few hundred at most. */
const MAX_PERSISTED_QUERIES = 2_000;

/**
 * The codes a server answers a persisted query's hash with (status 200, no data) when it does not hold the query, or
 * does not take persisted queries at all (`persistedQueries: false`): either way the text is sent.
 */
const SEND_THE_QUERY_TEXT = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** How a socket the subgraph closed while we sent on it fails. */
const CONNECTION_RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);

/**
 * Keep-alive connections to one subgraph; the subgraph's Keep-Alive hint lowers this idle timeout to fit its own. Over
 * HTTPS the agent trusts only the services' CA (shared/tls.ts) and reuses TLS sessions.
 */
export function keepAliveAgent(url: string): http.Agent {
  const options = { keepAlive: true, timeout: 30_000 };
  return new URL(url).protocol === 'https:' ? trustingAgent(options) : new http.Agent(options);
}

/**
 * A GraphQLDataSource on node:http keep-alive connections: no web streams, AbortSignal or node-fetch objects per
 * request (RemoteGraphQLDataSource spent most of the gateway's CPU on those), one timer for the deadline.
 */
export class SubgraphFetcher<TContext extends Record<string, any>> implements GraphQLDataSource<TContext> {
  private readonly target: http.RequestOptions;
  /** SHA-256 of each query sent, for automatic persisted queries (`sendPersisted`). */
  private readonly queryHashes = new Map<string, string>();
  private readonly send: typeof http.request;
  /** Host and content type: a header list goes into the request head as it is (validated), with no automatic Host. */
  private readonly fixedHeaders: string[];

  constructor(private readonly options: SubgraphFetcherOptions<TContext>) {
    const url = new URL(options.url);
    this.send = url.protocol === 'https:' ? https.request : http.request;
    this.target = {
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: 'POST',
      agent: options.agent,
    };
    this.fixedHeaders = ['host', url.host, 'content-type', 'application/json'];
  }

  async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<SubgraphResult> {
    const { request, context } = options;
    const routed = this.options.route?.(options);
    if (routed?.answer) return routed.answer;
    const query = request.query ?? '';
    try {
      const headers = [
        ...headerList(await this.options.requestHeaders(context as TContext)),
        ...(routed?.headers ? headerList(routed.headers) : []),
      ];
      // Queries (the searches and `_entities`) only read, so they may be sent again after the subgraph closed the
      // socket under them; a mutation may have been received and applied, so only an unwritten one is sent again.
      const isRead = /^\s*(query\b|\{)/.test(query);
      const signal = (context as { signal?: AbortSignal }).signal;
      const post = (body: string) =>
        this.options.breaker.fire(() =>
          this.exchange(
            body,
            [...this.fixedHeaders, 'content-length', String(Buffer.byteLength(body)), ...headers],
            isRead,
            signal,
          ),
        );
      return await this.sendPersisted(request, query, post);
    } catch (error) {
      const circuitOpen = (error as { code?: string }).code === 'EOPENBREAKER';
      if (!circuitOpen && !(error instanceof CallerLeftError)) this.options.onUnavailable?.(error as Error);
      return { errors: unavailableErrors(this.options.name, query, request.variables, circuitOpen) };
    }
  }

  /**
   * Apollo's automatic persisted queries: the query's SHA-256 is sent without its text, and the text only when the
   * subgraph answers that it does not hold it yet (once per subgraph process, or after its cache let it go; nothing
   * was executed then, so a mutation is sent again too). The subgraph neither reads nor hashes the text again.
   */
  private async sendPersisted(
    request: GraphQLDataSourceProcessOptions<TContext>['request'],
    query: string,
    post: (body: string) => Promise<HttpAnswer>,
  ): Promise<SubgraphResult> {
    const extensions = { ...request.extensions, persistedQuery: { version: 1, sha256Hash: this.hashOf(query) } };
    const body = (withQuery: boolean) =>
      JSON.stringify({
        ...(withQuery ? { query } : {}),
        variables: request.variables,
        operationName: request.operationName,
        extensions,
      });
    const hashOnly = await post(body(false));
    const result = graphQLResult(hashOnly.status, hashOnly.text);
    if (!wantsQueryText(result)) return result;
    const withQuery = await post(body(true));
    return graphQLResult(withQuery.status, withQuery.text);
  }

  private hashOf(query: string): string {
    let hash = this.queryHashes.get(query);
    if (hash === undefined) {
      if (this.queryHashes.size >= MAX_PERSISTED_QUERIES) this.queryHashes.clear();
      hash = createHash('sha256').update(query).digest('hex');
      this.queryHashes.set(query, hash);
    }
    return hash;
  }

  /** One POST and its whole response body, under one deadline, the retry included. */
  private exchange(
    body: string,
    headers: string[],
    retryAfterWrite: boolean,
    signal: AbortSignal | undefined,
  ): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      new Exchange({
        signal,
        send: this.send,
        request: { ...this.target, headers },
        body,
        retryAfterWrite,
        timeoutMs: this.options.timeoutMs,
        subgraph: this.options.name,
        resolve,
        reject,
      }).attempt(false);
    });
  }
}

/**
 * The errors of a fetch the subgraph did not answer. A root fetch gets one error (the gateway nulls its fields). An
 * entity fetch (`_entities`, for the fields this subgraph adds to records another one returned) gets one per record
 * and field, with the path `_entities.<i>.<field>` that the gateway turns into the field's path in the response, so
 * that the client sees which link is missing while the record itself answers.
 */
export function unavailableErrors(
  subgraph: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  circuitOpen = false,
): { message: string; path?: (string | number)[]; extensions: { code: string; circuitOpen?: true } }[] {
  const message = `The ${subgraph} service is unavailable`;
  const extensions = { code: SUBGRAPH_UNAVAILABLE, ...(circuitOpen ? { circuitOpen: true as const } : {}) };
  const representations = variables?.representations;
  const fields = Array.isArray(representations) ? entityFields(query) : [];
  if (!fields.length) return [{ message, extensions }];
  return (representations as unknown[])
    .slice(0, MAX_ENTITY_ERRORS)
    .flatMap((_, i) => fields.map((field) => ({ message, path: ['_entities', i, field], extensions })));
}

/** Most per-record errors an unanswered entity fetch reports. */
const MAX_ENTITY_ERRORS = 100;

/** The response names of the fields an `_entities` fetch asks of each record. */
function entityFields(query: string): string[] {
  try {
    const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const entities = operation?.selectionSet.selections.find(
      (selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === '_entities',
    );
    const names = new Set<string>();
    for (const fragment of entities?.selectionSet?.selections ?? []) {
      if (fragment.kind !== Kind.INLINE_FRAGMENT) continue;
      for (const field of fragment.selectionSet.selections) {
        if (field.kind === Kind.FIELD && field.name.value !== '__typename')
          names.add((field.alias ?? field.name).value);
      }
    }
    return [...names];
  } catch {
    return [];
  }
}

interface HttpAnswer {
  status: number;
  text: string;
}

/**
 * One request in flight (a class: tsx's keepNames wraps each named per-request closure in a naming call). A request
 * that fails on a reused keep-alive socket before any response byte (the subgraph closed the idle socket as we sent) is
 * sent once more, a read whatever was written, a mutation only if nothing was; a fresh socket's failure is final.
 */
class Exchange {
  private settled = false;
  private current: ClientRequest | undefined;
  private readonly deadline: NodeJS.Timeout;

  constructor(
    private readonly options: {
      send: typeof http.request;
      request: http.RequestOptions;
      body: string;
      retryAfterWrite: boolean;
      timeoutMs: number;
      subgraph: string;
      /** The client's: when it aborts, the request is destroyed, so that the subgraph stops and audits nothing. */
      signal?: AbortSignal;
      resolve(answer: HttpAnswer): void;
      reject(error: Error): void;
    },
  ) {
    this.deadline = setTimeout(() => {
      this.settle(new SubgraphTimeoutError(`${options.subgraph} did not answer within ${options.timeoutMs} ms`));
      this.current?.destroy();
    }, options.timeoutMs);
    if (options.signal?.aborted) this.settle(new CallerLeftError());
    options.signal?.addEventListener('abort', this.abandon, { once: true });
  }

  /** The client left: destroy the request in flight, so that the subgraph sees its caller go. */
  private readonly abandon = () => {
    this.settle(new CallerLeftError());
    this.current?.destroy();
  };

  attempt(isRetry: boolean): void {
    if (this.settled) return;
    let request: ClientRequest;
    try {
      request = this.options.send(this.options.request, (response) => this.collect(response));
    } catch (error) {
      // Node refuses a header it cannot send (a line break in a value) before anything goes out.
      this.settle(error as Error);
      return;
    }
    this.current = request;
    let socket: Socket | undefined;
    let bytesReadBefore = 0;
    let written = false;
    request.once('socket', (assigned: Socket) => {
      socket = assigned;
      bytesReadBefore = assigned.bytesRead;
    });
    request.once('finish', () => (written = true));
    request.on('error', (error: NodeJS.ErrnoException) => {
      const mayRetry =
        !isRetry &&
        !this.settled &&
        request.reusedSocket &&
        CONNECTION_RESET_CODES.has(error.code ?? '') &&
        socket?.bytesRead === bytesReadBefore &&
        (this.options.retryAfterWrite || !written);
      if (mayRetry) this.attempt(true);
      else this.settle(error);
    });
    request.end(this.options.body);
  }

  /** Reads the whole body as text; a body cut off by a closed connection is an error. */
  private collect(response: IncomingMessage): void {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      this.settle(undefined, { status: response.statusCode ?? 0, text });
    });
    response.on('error', (error) => this.settle(error));
    response.on('close', () => {
      if (!response.complete)
        this.settle(new SubgraphResponseError('the response was cut off', response.statusCode ?? 0));
    });
  }

  private settle(error: Error | undefined, answer?: HttpAnswer): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.deadline);
    this.options.signal?.removeEventListener('abort', this.abandon);
    if (error) this.options.reject(error);
    else this.options.resolve(answer!);
  }
}

/**
 * A 2xx GraphQL response as it is, and a 400 whose errors are all BAD_USER_INPUT (a subgraph's scalar refused a
 * variable: the caller's fault, not an outage) as those errors; anything else is thrown.
 */
function graphQLResult(status: number, text: string): SubgraphResult {
  const isSuccess = status >= 200 && status < 300;
  if (!isSuccess && status !== 400) throw new SubgraphResponseError(`answered HTTP ${status}`, status);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SubgraphResponseError(`answered HTTP ${status} with a body that is not JSON`, status);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new SubgraphResponseError(`answered HTTP ${status} with JSON that is not a GraphQL response`, status);
  if (isSuccess) return body as SubgraphResult;
  const errors = (body as { errors?: unknown }).errors;
  // The client's mistake (a literal the subgraph refused), passed on as such: it must not read as an outage.
  if (Array.isArray(errors) && errors.length && errors.every(isClientError)) return { errors };
  throw new SubgraphResponseError("answered HTTP 400 with errors that are not the client's", status);
}

/** The subgraph did not run a hash it was sent (it does not hold the query, or takes no persisted queries). */
function wantsQueryText(result: SubgraphResult): boolean {
  const code = result.errors?.[0]?.extensions?.code;
  return result.data === undefined && typeof code === 'string' && SEND_THE_QUERY_TEXT.has(code);
}

/** Header names and values as one flat list, as node:http takes it. */
function headerList(headers: OutgoingHttpHeaders): string[] {
  const list: string[] = [];
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) list.push(name, String(value));
  return list;
}

function isClientError(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return code === ErrorCode.BAD_USER_INPUT || code === 'GRAPHQL_VALIDATION_FAILED';
}
