// The owners' live deliveries of hit notifications, served by the exchange subgraph and passed through here after the
// caller's token is verified, with the gateway's credential for the exchange, so that clients need one address and one
// token: the feed `GET /notifications` (server-sent events) and the subscription `hitNotifications` (GraphQL over SSE).
import http from 'node:http';
import https from 'node:https';
import type express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { checkedSubscription } from '../../shared/operation-rules';
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER, bearerToken, type Principal } from '../../shared/auth';
import { subgraphUrl } from '../../shared/config';
import { STATUS_BY_CODE, readGraphQLBody, sendError } from '../../shared/graphql-http';
import { newRequestId } from '../../shared/request-id';

export const NOTIFICATIONS_PATH = '/notifications';
/** Headers the exchange reads from a feed request. */
const FORWARDED = ['last-event-id', PURPOSE_HEADER, 'accept'];

/** The feeds passed through now: ended when the gateway starts to stop (`closeNotificationFeeds`). */
const openFeeds = new Set<http.ClientRequest>();

/** Ends every feed passed through: their clients reconnect (to another gateway) with Last-Event-ID. */
export function closeNotificationFeeds(): void {
  for (const upstream of openFeeds) upstream.destroy();
}

export interface ExchangePassThroughOptions {
  verifyUser(token: string): Promise<Principal>;
  gatewayCredential(subgraph: string, token: string): Promise<string>;
  /** The gateway's keep-alive agent for the exchange subgraph (its CA when it serves HTTPS). */
  agent: http.Agent;
}

/** The caller of a feed or a subscription: a verified officer's token (a partner's credential has neither). */
async function exchangeHeaders(
  request: http.IncomingMessage,
  options: ExchangePassThroughOptions,
): Promise<Record<string, string>> {
  const token = bearerToken(request.headers);
  const principal = await options.verifyUser(token);
  if (principal.contract) {
    throw new GraphQLError('a partner credential has no hit notification feed', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    [GATEWAY_CREDENTIAL_HEADER]: await options.gatewayCredential('exchange', token),
    'x-request-id': newRequestId(),
  };
  for (const name of FORWARDED) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/** A refusal before anything was passed through, as JSON with the status of its code. */
function refuse(response: http.ServerResponse, error: unknown, what: string): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
  const status = STATUS_BY_CODE[code] ?? 500;
  sendError(response, status, status === 500 ? `${what} could not be opened` : (error as Error).message, code);
}

/**
 * Sends one request to the exchange and passes its answer through as it comes, for as long as the client stays;
 * the exchange's end (or the gateway's stopping) ends the client's answer too.
 */
function passThrough(
  agent: http.Agent,
  target: URL,
  upstreamRequest: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string },
  response: http.ServerResponse,
): void {
  const isHttps = target.protocol === 'https:';
  const { body, ...request } = upstreamRequest;
  const upstream = (isHttps ? https : http).request({ ...urlParts(target), ...request, agent }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    response.flushHeaders();
    answer.pipe(response);
  });
  openFeeds.add(upstream);
  upstream.once('close', () => {
    openFeeds.delete(upstream);
    response.end();
  });
  response.once('close', () => upstream.destroy());
  upstream.on('error', () => {
    if (!response.headersSent) sendError(response, 503, 'the exchange subgraph is unavailable', 'SUBGRAPH_UNAVAILABLE');
    else response.end();
  });
  upstream.end(body);
}

export function mountNotificationFeed(app: express.Express, options: ExchangePassThroughOptions): void {
  const target = new URL(subgraphUrl('exchange').replace(/\/graphql$/, NOTIFICATIONS_PATH));
  app.get(NOTIFICATIONS_PATH, (request, response) => {
    void (async () => {
      const headers = await exchangeHeaders(request, options);
      const search = new URL(request.url, 'http://gateway').search;
      passThrough(options.agent, target, { method: 'GET', path: `${target.pathname}${search}`, headers }, response);
    })().catch((error: unknown) => refuse(response, error, 'the feed'));
  });
}

/**
 * The gateway's subscriptions: a POST to /graphql that asks for `text/event-stream` (GraphQL over SSE, the
 * `graphql-sse` protocol). The document is checked here against the supergraph's API schema, then passed to the
 * exchange subgraph, which serves the one subscription field there is (`hitNotifications`) as its own event stream.
 */
export function subscriptionPassThrough(
  options: ExchangePassThroughOptions & {
    /** The API schema the gateway serves; undefined until the supergraph is loaded. */
    apiSchema(): GraphQLSchema | undefined;
  },
): http.RequestListener {
  const target = new URL(subgraphUrl('exchange'));
  return (request, response) =>
    void (async () => {
      if (request.method !== 'POST') {
        return sendError(response, 405, 'POST the subscription (GraphQL over server-sent events)', 'BAD_REQUEST');
      }
      const body = await readGraphQLBody(request, response);
      if (!body) return;
      const headers = await exchangeHeaders(request, options);
      const { query, variables, operationName } = body;
      const schema = options.apiSchema();
      if (!schema) throw new GraphQLError('the gateway is starting', { extensions: { code: 'SERVICE_OVERLOADED' } });
      const checked = checkedSubscription(schema, query, operationName);
      if ('errors' in checked) throw checked.errors[0];
      passThrough(
        options.agent,
        target,
        {
          method: 'POST',
          path: target.pathname,
          headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ query, variables, operationName }),
        },
        response,
      );
    })().catch((error: unknown) => refuse(response, error, 'the subscription'));
}

function urlParts(url: URL) {
  return { protocol: url.protocol, hostname: url.hostname, port: url.port };
}
