import type http from 'node:http';
import { newRequestId } from './request-id';
import { unsafeStringPath } from './validation';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** HTTP status of a request refused as a whole (no data), by the code of its first error. */
export const STATUS_BY_CODE: Record<string, number> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_HASH_MISMATCH: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_OVERLOADED: 503,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * The status a 500 answer should have had: Apollo Server answers 500, without its plugins' last word, when a plugin's
 * parsing hook throws (GraphQL Armor's token limit). A refusal with a client's code and no data is that code's 4xx.
 */
function refusalStatus(body: string): number | undefined {
  try {
    const { data, errors } = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const code = errors?.[0]?.extensions?.code;
    return data === undefined && code ? STATUS_BY_CODE[code] : undefined;
  } catch {
    return undefined;
  }
}

/** What a service's context is built from. */
export interface ServiceRequest {
  requestId: string;
  headers: http.IncomingHttpHeaders;
  /** Aborted when the client closes the connection before its answer was sent: the work is abandoned. */
  signal: AbortSignal;
}

/** A signal aborted when `response`'s connection closes before the response was sent in full. */
export function abandonedSignal(response: http.ServerResponse): AbortSignal {
  const controller = new AbortController();
  // Closed already (the caller left while its body was read or parsed): abandoned from the start.
  if (response.destroyed && !response.writableFinished) controller.abort();
  else {
    response.once('close', () => {
      if (!response.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}

/** Largest request body a GraphQL endpoint reads. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface GraphQLEndpoint<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  createContext(request: ServiceRequest): Promise<TContext>;
}

/**
 * Whether the lean path serves this request: every POST to a GraphQL endpoint, which is every request the gateway
 * sends and every client's query. It answers JSON in UTF-8 and refuses anything else as JSON too; GET requests (a
 * browser, a GET query) go through Express.
 */
export function isPost(request: http.IncomingMessage): boolean {
  return request.method === 'POST';
}

/** Why a POST's body cannot be read as a GraphQL request: its status and message, or undefined when it can. */
function unreadable(request: http.IncomingMessage): { status: number; message: string } | undefined {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\s*(;|$)/i.test(type)) {
    return { status: 415, message: 'send the GraphQL request as JSON: content-type application/json' };
  }
  const charset = /;\s*charset\s*=\s*"?([\w-]+)"?/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    return { status: 415, message: `the request body must be UTF-8, not ${charset.slice(0, 40)}` };
  }
  const encoding = request.headers['content-encoding'];
  if (encoding && encoding !== 'identity') {
    return { status: 415, message: 'the request body must not be compressed' };
  }
  return undefined;
}

/**
 * The JSON object of a GraphQL POST, or undefined once the request has been refused as a GraphQL error in JSON (not
 * JSON, not UTF-8, over MAX_BODY_BYTES, or holding text the database must never see).
 */
export async function readGraphQLBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<Record<string, unknown> | undefined> {
  const refused = unreadable(request);
  if (refused) {
    request.resume();
    return void sendError(response, refused.status, refused.message);
  }
  const bytes = await readBody(request);
  if (bytes === undefined) {
    return void sendError(response, 413, `the request body is larger than ${MAX_BODY_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(UTF8.decode(bytes));
  } catch (error) {
    const what = error instanceof TypeError ? 'is not valid UTF-8' : 'is not valid JSON';
    return void sendError(response, 400, `the request body ${what}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return void sendError(
      response,
      400,
      'the request body must be one JSON object: { "query": ..., "variables": ... }',
    );
  }
  const badText = unsafeText(body as Record<string, unknown>);
  if (badText) return void sendError(response, 400, badText.message, 'BAD_USER_INPUT', badText.argument);
  return body as Record<string, unknown>;
}

/**
 * Whether a request asks for its answer as server-sent events and not as JSON: a GraphQL-over-SSE client
 * (`graphql-sse`, or a gateway such as Hive Gateway) subscribing. Anything that also accepts JSON is answered as JSON.
 */
export function wantsEventStream(request: http.IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/event-stream') && !accept.includes('json');
}

/**
 * Serves a JSON POST to a GraphQL endpoint straight from Node's HTTP server into Apollo Server's
 * `executeHTTPGraphQLRequest` (Apollo's integration API), without Express's router and body parser on the hot path.
 * A body over MAX_BODY_BYTES or that is not JSON is answered as a GraphQL error in JSON.
 */
export async function serveJsonPost<TContext extends BaseContext>(
  endpoint: GraphQLEndpoint<TContext>,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  // Listening from the first moment: a caller that leaves while its body is read is not served afterwards.
  const signal = abandonedSignal(response);
  const body = await readGraphQLBody(request, response);
  if (!body) return;
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const queryAt = request.url!.indexOf('?');
  const result = await endpoint.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers,
      search: queryAt < 0 ? '' : request.url!.slice(queryAt),
      body,
    },
    context: () =>
      endpoint.createContext({
        requestId: newRequestId(),
        headers: request.headers,
        signal,
      }),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    if (response.statusCode >= 500) response.statusCode = refusalStatus(result.body.string) ?? response.statusCode;
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** Decodes UTF-8 and refuses invalid bytes (a TypeError), rather than replacing them with U+FFFD unnoticed. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The first string in the document or its variables holding an unsafe character, named as the client wrote it. */
function unsafeText(body: Record<string, unknown>): { message: string; argument: string } | undefined {
  const found = (value: unknown, path: string) => unsafeStringPath(value, path, (key) => `$${key}`);
  const argument =
    found(body.query, 'query') ?? found(body.variables, '') ?? found(body.operationName, 'operationName');
  if (!argument) return undefined;
  return {
    argument,
    message: `${argument} holds a NUL character or a lone UTF-16 surrogate: refused before it reaches the database`,
  };
}

/** The body's bytes, or undefined when it is longer than MAX_BODY_BYTES (the rest is then not read). */
function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The code of a request refused at the HTTP level, by its status. */
const CODE_BY_STATUS: Record<number, string> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  500: 'INTERNAL_SERVER_ERROR',
};

/** A request-level refusal as a GraphQL error in JSON, its code by its status unless given. */
export function sendError(
  response: http.ServerResponse,
  status: number,
  message: string,
  code = CODE_BY_STATUS[status] ?? 'BAD_REQUEST',
  argument?: string,
): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(argument ? { argument } : {}) } }] }));
}
