import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  ApolloServer,
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type BaseContext as ApolloBaseContext,
} from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type pino from 'pino';
import type { SubgraphName } from './schema';
import { registry, graphqlRequests, serveMetrics } from './metrics';
import { CallerLeftError, ErrorCode, isDatabaseOutage } from './errors';
import { isDevelopment, listenHost, metricsHost, metricsPort } from './config';
import {
  MAX_BODY_BYTES,
  STATUS_BY_CODE,
  abandonedSignal,
  isPost,
  sendError,
  serveJsonPost,
  wantsEventStream,
  type GraphQLEndpoint,
  type ServiceRequest,
} from './graphql-http';
import { newRequestId } from './request-id';
import { serverCredentials } from './tls';
import { isReplica } from './replicas';
import { resolveBuiltinsFirst } from './builtin-resolution';

export interface ServiceOptions<TContext extends ApolloBaseContext> {
  name: SubgraphName | 'gateway';
  port: number;
  /** Serve HTTPS only, with the service's certificate (shared/tls.ts); a plain-HTTP request gets no answer. */
  tls?: boolean;
  log: pino.Logger;
  apollo: ApolloServerOptions<TContext>;
  /** Builds the per-request context: a fresh principal and fresh DataLoaders for every request. */
  createContext(request: ServiceRequest): Promise<TContext>;
  /** Readiness probe: resolves (optionally with details for the response) when the service can answer. */
  ready(): Promise<void | Record<string, unknown>>;
  /** Releases resources (database pools) after the HTTP server has drained. */
  close?(): Promise<void>;
  /** Called when the service starts to stop: long-lived answers (live feeds) end now, so that draining is not held. */
  onStopping?(): void;
  /**
   * GraphQL subscriptions over server-sent events (the GraphQL-over-SSE protocol of `graphql-sse`): a POST (or a GET
   * with the operation in the query string) to /graphql that accepts `text/event-stream` and not JSON comes here
   * instead of Apollo Server.
   */
  eventStream?: http.RequestListener;
  /** Extra routes mounted before /graphql (the gateway's sandbox). */
  routes?(app: express.Express): void;
  /** More GraphQL endpoints beside /graphql, each its own Apollo Server (the gateway's schema contracts). */
  extraEndpoints?: {
    path: string;
    apollo: ApolloServerOptions<TContext>;
    createContext(request: ServiceRequest): Promise<TContext>;
  }[];
}

export interface RunningService {
  url: string;
  metricsUrl: string;
  stop(): Promise<void>;
}

/**
 * Runs one Liaison service: Apollo Server on /graphql, liveness on /health, readiness on /ready (over HTTPS when `tls`),
 * Prometheus metrics on /metrics on a port of their own, JSON logs, and a graceful shutdown on SIGTERM/SIGINT that
 * lets requests in flight finish.
 */
export async function runService<TContext extends ApolloBaseContext>(
  options: ServiceOptions<TContext>,
): Promise<RunningService> {
  resolveBuiltinsFirst();
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are not cached by HTTP validators: hashing every body for an ETag is wasted work.
  app.set('etag', false);
  // JSON POSTs to a GraphQL endpoint take the lean path (shared/graphql-http.ts); the rest is Express's.
  const leanEndpoints = new Map<string, GraphQLEndpoint<TContext>>();
  let draining = false;
  const handle: http.RequestListener = (request, response) => {
    // A keep-alive client is told to reconnect elsewhere once its answer is sent.
    if (draining) response.setHeader('connection', 'close');
    const path = request.url!.split('?', 1)[0];
    const endpoint = isPost(request) ? leanEndpoints.get(path) : undefined;
    const stream =
      options.eventStream && path === '/graphql' && wantsEventStream(request) ? options.eventStream : undefined;
    if (!endpoint && !stream) return void app(request, response);
    const serve = stream ? Promise.resolve(stream(request, response)) : serveJsonPost(endpoint!, request, response);
    serve.catch((error: unknown) => {
      options.log.error({ err: error }, 'request failed');
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  };
  // TLS 1.3 only: the gateway and the probes are ours; a plain-HTTP request fails the handshake and is closed.
  const httpServer = options.tls
    ? https.createServer({ ...serverCredentials(options.name), minVersion: 'TLSv1.3' }, handle)
    : http.createServer(handle);
  // Longer than the gateway's idle keep-alive sockets live, so that the service is not the one that closes them.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const endpoints = [
    { path: '/graphql', apollo: options.apollo, createContext: options.createContext },
    ...(options.extraEndpoints ?? []),
  ];
  const servers = endpoints.map(
    (endpoint, i) =>
      new ApolloServer<TContext>({
        ...endpoint.apollo,
        plugins: [
          // One server drains the shared HTTP server on shutdown; the others have nothing left to drain.
          ...(i === 0 ? [ApolloServerPluginDrainHttpServer({ httpServer: httpServer as http.Server })] : []),
          ...(endpoint.apollo.plugins ?? []),
          // Apollo's landing page loads from a CDN; the gateway serves its own sandbox (gateway/src/sandbox.ts).
          ApolloServerPluginLandingPageDisabled(),
          // No HTTP caching of answers that depend on the caller; the default plugin wraps every resolver to compute it.
          ApolloServerPluginCacheControlDisabled(),
          statusFollowsCodes,
          {
            async requestDidStart() {
              return {
                async willSendResponse({ response }) {
                  const failed = response.body.kind === 'single' && response.body.singleResult.errors?.length;
                  graphqlRequests.inc({ outcome: failed ? 'error' : 'ok' });
                },
              };
            },
          },
        ],
        formatError: (formatted, error) => maskInternalError(options.log, formatted, error),
      } as ApolloServerOptions<TContext>),
  );
  await Promise.all(servers.map((server) => server.start()));

  app.get('/health', (_req, res) => {
    // The process: with replicas (shared/replicas.ts), which one answered.
    res.json({ status: 'ok', service: options.name, pid: process.pid });
  });
  app.get('/ready', async (_req, res) => {
    // Out of rotation as soon as it is stopping, while the requests in flight finish.
    if (draining) return void res.status(503).json({ status: 'draining', service: options.name });
    try {
      const details = await options.ready();
      res.json({ status: 'ready', service: options.name, ...details });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: (error as Error).message });
    }
  });
  options.routes?.(app);
  endpoints.forEach((endpoint, i) => {
    leanEndpoints.set(endpoint.path, { server: servers[i], createContext: endpoint.createContext });
    app.use(
      endpoint.path,
      express.json({ limit: MAX_BODY_BYTES }),
      expressMiddleware(servers[i], {
        context: async ({ req, res }) =>
          endpoint.createContext({ requestId: newRequestId(), headers: req.headers, signal: abandonedSignal(res) }),
      }),
    );
  });

  // Anything else is answered in JSON too: no HTML page, no stack trace (Express's defaults).
  app.use((_req, res) => sendError(res, 404, 'no such endpoint: GraphQL is served on /graphql'));
  app.use(
    (
      error: { status?: number; statusCode?: number },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status ?? error.statusCode ?? 500;
      if (status >= 500) options.log.error({ err: error }, 'request failed');
      if (status >= 500) sendError(res, 500, 'Internal server error');
      else sendError(res, status, 'the request could not be read');
    },
  );

  const host = listenHost(options.name);
  await new Promise<void>((resolve) => httpServer.listen(options.port, host, resolve));
  const url = `${options.tls ? 'https' : 'http'}://${reachable(host)}:${options.port}/graphql`;
  // A replica's counters are served, added up with the others', by its cluster's primary (shared/replicas.ts).
  const metricsServer = isReplica()
    ? undefined
    : await serveMetrics(metricsPort(options.name), () => registry.metrics());
  const metricsOn = metricsServer ? (metricsServer.address() as AddressInfo).port : metricsPort(options.name);
  const metricsUrl = `http://${reachable(metricsHost())}:${metricsOn}/metrics`;
  options.log.info({ url, metricsUrl }, `${options.name} ready`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      options.log.info(`${options.name} shutting down`);
      draining = true;
      options.onStopping?.();
      await lingerWhileConnected(httpServer, drainDelayMs());
      await Promise.all(servers.map((server) => server.stop()));
      await new Promise((resolve) => (metricsServer ? metricsServer.close(resolve) : resolve(undefined)));
      await options.close?.();
    })());
  // Started by another process with an IPC channel (scripts/stack.ts): stop when that process is gone.
  if (process.channel) {
    process.channel.unref();
    process.once('disconnect', () => {
      options.log.warn('the process that started this service is gone: stopping');
      void stop().finally(() => process.exit(0));
    });
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error) => {
          options.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { url, metricsUrl, stop };
}

/**
 * How long a stopping service keeps listening (`LIAISON_DRAIN_DELAY_MS`, default 2 s): long enough for a load
 * balancer to see /ready fail and for keep-alive clients to get `Connection: close` on an answer and reconnect
 * elsewhere, instead of finding their idle socket closed under a request (ECONNRESET).
 */
function drainDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LIAISON_DRAIN_DELAY_MS ?? 2_000);
  return Number.isFinite(value) && value >= 0 ? value : 2_000;
}

/** Waits until the server holds no connection or `limitMs` passed, whichever comes first. */
async function lingerWhileConnected(server: http.Server | https.Server, limitMs: number): Promise<void> {
  const connections = () =>
    new Promise<number>((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
  for (const deadline = Date.now() + limitMs; Date.now() < deadline && (await connections()) > 0;)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

/** An address to reach a listening host at from this machine: loopback for a wildcard, brackets for IPv6. */
export function reachable(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * A request refused before execution (parse, validation, a plugin's check of purpose, role or rate) is answered with
 * the 4xx status its code stands for: Apollo Server answers 500 for an error a plugin throws without one, and 500
 * means a real fault here. Partial results keep 200.
 */
const statusFollowsCodes: ApolloServerPlugin<ApolloBaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const code = errors?.[0]?.extensions?.code;
        const status = typeof code === 'string' ? STATUS_BY_CODE[code] : undefined;
        // Refused before execution (no `data` at all); an executed operation whose result is null keeps 200.
        if (status && data === undefined) response.http.status = status;
        if (status === 503) response.http.headers.set('retry-after', '1');
      },
    };
  },
};

/**
 * Whether an error is the database's bound on work rather than a fault: no free connection within the pool's acquire
 * timeout, or a statement cancelled by `statement_timeout` (shared/database.ts). Said so, and retried later by the client.
 */
function overloadOf(error: unknown): string | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === '57014') return 'the search took too long and was stopped: try again, or narrow it';
  if (typeof message === 'string' && message.includes('timeout exceeded when trying to connect')) {
    return 'the service is busy: try again in a moment';
  }
  return undefined;
}

/** Errors we did not raise on purpose (SQL failures, bugs) are logged in full and shown as a generic error. */
function maskInternalError(log: pino.Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Field suggestions spell out the schema to whoever probes it: only in development (`npm start`).
  if (!isDevelopment && formatted.message.includes(' Did you mean ')) {
    formatted = { ...formatted, message: formatted.message.replace(/ Did you mean .*$/s, '') };
  }
  // GraphQL Armor's token limit parses the document itself and reports its syntax errors as validation errors (its
  // limits, which it words as syntax errors too, stay validation errors).
  if (formatted.message.startsWith('Syntax Error:') && !/limit of \d+ exceeded/i.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'GRAPHQL_PARSE_FAILED' } };
  }
  // Apollo Server raises this one without a code; a client's mistake, not a fault.
  if (
    (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) &&
    formatted.message === 'provided sha does not match query'
  ) {
    return { ...formatted, extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } };
  }
  // The gateway's query planner meets a document that names no operation it can run: the client's mistake.
  if (code === 'INVALID_GRAPHQL') {
    const stable = /operation/i.test(formatted.message) ? 'OPERATION_RESOLUTION_FAILURE' : 'GRAPHQL_VALIDATION_FAILED';
    return { ...formatted, extensions: { ...formatted.extensions, code: stable } };
  }
  if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const cause = unwrapResolverError(error);
  // The caller left and its statement was stopped (shared/sql.ts): no one reads this answer, and nothing failed.
  if (cause instanceof CallerLeftError) {
    log.info('caller left: its statement was stopped');
    return { message: cause.message, path: formatted.path, extensions: { code: cause.code } };
  }
  if (isDatabaseOutage(cause)) {
    log.warn({ reason: (cause as Error).message }, 'database unavailable');
    return {
      message: 'The database is unavailable: nothing was disclosed or changed. Try again in a moment.',
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  const overload = overloadOf(cause);
  if (overload) {
    log.warn({ reason: overload }, 'overloaded');
    return { message: overload, path: formatted.path, extensions: { code: 'SERVICE_OVERLOADED' } };
  }
  log.error({ err: error }, 'internal error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
