// The gateway's `GET /notifications`: the owners' live feed of hit notifications (server-sent events), served by the
// exchange subgraph and passed through here after the caller's token is verified, with the gateway's credential for
// the exchange, so that clients need one address and one token for the graph and the feed.
import http from 'node:http';
import https from 'node:https';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER, bearerToken, type Principal } from '../../shared/auth';
import { subgraphUrl } from '../../shared/config';
import { STATUS_BY_CODE, sendError } from '../../shared/graphql-http';
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

export function mountNotificationFeed(
  app: express.Express,
  options: {
    verifyUser(token: string): Promise<Principal>;
    gatewayCredential(subgraph: string, token: string): Promise<string>;
    /** The gateway's keep-alive agent for the exchange subgraph (its CA when it serves HTTPS). */
    agent: http.Agent;
  },
): void {
  const target = new URL(subgraphUrl('exchange').replace(/\/graphql$/, NOTIFICATIONS_PATH));
  const isHttps = target.protocol === 'https:';
  const { agent } = options;
  app.get(NOTIFICATIONS_PATH, (request, response) => {
    void (async () => {
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
      const search = new URL(request.url, 'http://gateway').search;
      const upstream = (isHttps ? https : http).request(
        { ...urlParts(target), path: `${target.pathname}${search}`, method: 'GET', headers, agent },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.flushHeaders();
          answer.pipe(response);
        },
      );
      // The feed lives as long as the client stays; the exchange's end closes the client's too.
      openFeeds.add(upstream);
      upstream.once('close', () => {
        openFeeds.delete(upstream);
        response.end();
      });
      response.once('close', () => upstream.destroy());
      upstream.on('error', () => {
        if (!response.headersSent)
          sendError(response, 503, 'the exchange subgraph is unavailable', 'SUBGRAPH_UNAVAILABLE');
        else response.end();
      });
      upstream.end();
    })().catch((error: unknown) => {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      const status = STATUS_BY_CODE[code] ?? 500;
      sendError(response, status, status === 500 ? 'the feed could not be opened' : (error as Error).message, code);
    });
  });
}

function urlParts(url: URL) {
  return { protocol: url.protocol, hostname: url.hostname, port: url.port };
}
