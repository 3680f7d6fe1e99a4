import type http from 'node:http';
import { newRequestId } from './request-id';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** Largest request body a GraphQL endpoint reads. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface GraphQLEndpoint<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  createContext(request: { requestId: string; headers: http.IncomingHttpHeaders }): Promise<TContext>;
}

/**
 * Whether the lean path serves this request: a POST of JSON, uncompressed, which is every request the gateway sends
 * and every client's query. Anything else (GET, a browser, another content type) goes through Express.
 */
export function isJsonPost(request: http.IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  const type = request.headers['content-type'] ?? '';
  const encoding = request.headers['content-encoding'];
  return /^application\/(graphql-response\+)?json\b/i.test(type) && (!encoding || encoding === 'identity');
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
  const text = await readBody(request);
  if (text === undefined) {
    return sendError(response, 413, `the request body is larger than ${MAX_BODY_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendError(response, 400, 'the request body is not valid JSON');
  }
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
    context: () => endpoint.createContext({ requestId: newRequestId(), headers: request.headers }),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The body as text, or undefined when it is longer than MAX_BODY_BYTES (the rest is then not read). */
function readBody(request: http.IncomingMessage): Promise<string | undefined> {
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
    request.on('end', () =>
      resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}

function sendError(response: http.ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}
