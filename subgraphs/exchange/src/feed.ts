// The exchange's HTTP routes beside /graphql: the relays' internal delivery endpoint, and the owners' live feed of hit
// notifications as server-sent events (which the gateway serves on its own `GET /notifications`).
import { EventEmitter } from 'node:events';
import type http from 'node:http';
import express from 'express';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import { PURPOSE_HEADER, type Principal } from '../../../shared/auth';
import type { AuditWriter } from '../../../shared/audit';
import { STATUS_BY_CODE, sendError } from '../../../shared/graphql-http';
import { HIT_NOTIFICATIONS_PATH, RELAY_SECRET_HEADER, isRelaySecret, relaySecret } from '../../../shared/hit-outbox';
import { parsePurpose, requiredPurpose } from '../../../shared/purpose';
import { newRequestId } from '../../../shared/request-id';
import { ListeningSession } from '../../../shared/listen';
import { poolOf } from '../../../shared/sql';
import type { SubgraphServices } from '../../../shared/subgraph';
import { READ_ROLES, requireRole } from '../../../shared/visibility';
import { GraphQLError } from 'graphql';
import { hitNotificationView } from './notification-view';
import type { HitNotificationRow } from './rows';
import {
  STORED_CHANNEL,
  isHitNotificationMessage,
  lastSequence,
  notificationsAfter,
  storeNotifications,
} from './store/notifications';

export const FEED_PATH = '/notifications';
/** Notifications one feed reads and audits at a time. */
const FEED_BATCH = 100;
/** A comment line this often keeps proxies and load balancers from closing an idle feed. */
const HEARTBEAT_MS = Number(process.env.LIAISON_FEED_HEARTBEAT_MS ?? 15_000);
/** Most live streams (feeds and subscriptions) one exchange process serves at once: each holds a connection open. */
const MAX_STREAMS = Number(process.env.LIAISON_MAX_FEEDS ?? 500);
/** Most live streams one user may hold open at once, so that one client cannot take every stream of the process. */
const MAX_STREAMS_PER_USER = Number(process.env.LIAISON_MAX_FEEDS_PER_USER ?? 10);

/**
 * Wakes this process's feeds when any exchange process stored notifications: one LISTEN session (a connection of its
 * own) for all of them, re-established when it drops.
 */
export class StoredNotifications extends EventEmitter {
  private readonly session: ListeningSession;
  /** Live streams open now, by user. */
  private readonly streamsByUser = new Map<string, number>();
  private streams = 0;

  constructor(dataSource: DataSource, log: pino.Logger) {
    super();
    this.setMaxListeners(0);
    this.session = new ListeningSession(poolOf(dataSource), STORED_CHANNEL, () => this.emit('stored'), log);
  }

  start(): Promise<void> {
    return this.session.start();
  }

  /**
   * Admits one more live stream (a feed or a subscription) for `userId` until `response` closes: SERVICE_OVERLOADED
   * when the process serves its most, RATE_LIMITED when the user holds theirs.
   */
  admit(userId: string, response: http.ServerResponse): void {
    if (this.streams >= MAX_STREAMS) {
      throw new GraphQLError('too many live feeds and subscriptions: try again later', {
        extensions: { code: 'SERVICE_OVERLOADED' },
      });
    }
    const held = this.streamsByUser.get(userId) ?? 0;
    if (held >= MAX_STREAMS_PER_USER) {
      throw new GraphQLError(`you hold ${held} live feeds and subscriptions, the most one user may: close one first`, {
        extensions: { code: 'RATE_LIMITED' },
      });
    }
    this.streams += 1;
    this.streamsByUser.set(userId, held + 1);
    response.once('close', () => {
      this.streams -= 1;
      const left = (this.streamsByUser.get(userId) ?? 1) - 1;
      if (left) this.streamsByUser.set(userId, left);
      else this.streamsByUser.delete(userId);
    });
  }

  /** The service starts to stop: every feed ends, and its client reconnects (to another replica) with Last-Event-ID. */
  stopping(): void {
    this.emit('closing');
  }

  async stop(): Promise<void> {
    this.session.stop();
    this.emit('closing');
  }
}

/** Mounts the internal delivery endpoint and the live feed. */
export function mountExchangeRoutes(
  app: express.Express,
  services: SubgraphServices,
  options: { stored: StoredNotifications; queueForBroker: boolean; onStored(): void },
): void {
  const secret = relaySecret();
  app.post(HIT_NOTIFICATIONS_PATH, express.json({ limit: '2mb' }), (request, response) => {
    void receiveNotifications(request, response).catch((error: unknown) => {
      services.log.error({ err: error }, 'storing hit notifications failed');
      if (!response.headersSent) sendError(response, 503, 'the notifications could not be stored: deliver them again');
    });
  });

  async function receiveNotifications(request: express.Request, response: express.Response): Promise<void> {
    if (!isRelaySecret(request.header(RELAY_SECRET_HEADER), secret)) {
      return sendError(response, 401, "this endpoint is for the search services' relays", 'UNAUTHENTICATED');
    }
    const notifications = (request.body as { notifications?: unknown })?.notifications;
    if (!Array.isArray(notifications) || !notifications.every(isHitNotificationMessage)) {
      return sendError(response, 400, 'send { "notifications": [...] } as the relays write them');
    }
    const stored = await storeNotifications(services.dataSource, notifications, options);
    if (stored) options.onStored();
    response.json({ received: notifications.length, stored });
  }

  app.get(FEED_PATH, (request, response) => {
    void serveFeed(request, response, services, options.stored).catch((error: unknown) => {
      if (error instanceof GraphQLError) {
        const code = String(error.extensions.code);
        const status = STATUS_BY_CODE[code] ?? 400;
        if (!response.headersSent) return sendError(response, status, error.message, code);
      }
      services.log.error({ err: error }, 'notification feed failed');
      if (!response.headersSent) sendError(response, 500, 'the feed failed');
      else response.end();
    });
  });
}

/** A feed's cursor: `Last-Event-ID` (an EventSource reconnecting), else `?after=`, else from now on. */
function cursorOf(request: http.IncomingMessage): string | undefined {
  const url = new URL(request.url ?? '/', 'http://feed');
  const raw = request.headers['last-event-id'] ?? url.searchParams.get('after') ?? undefined;
  if (raw === undefined || raw === '') return undefined;
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (!/^\d{1,18}$/.test(text)) {
    throw new GraphQLError('Last-Event-ID (or after) must be the id of a notification this feed sent', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return text;
}

/**
 * Streams the caller's jurisdiction's notifications after the cursor, then each new one as it is stored, as server-sent
 * events. Each batch is audited (the notifications' ids) before it is written to the stream: nothing leaves unlogged.
 */
async function serveFeed(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  services: SubgraphServices,
  stored: StoredNotifications,
): Promise<void> {
  const { principal } = await services.authenticate(request.headers);
  requireRole(principal, READ_ROLES, 'the hit notification feed');
  const purposeHeader = request.headers[PURPOSE_HEADER];
  const purpose = requiredPurpose(
    parsePurpose(typeof purposeHeader === 'string' ? purposeHeader.trim() : undefined),
    'feed',
  );
  const cursor = cursorOf(request) ?? (await lastSequence(services.dataSource));
  stored.admit(principal.userId, response);
  const requestId = (request.headers['x-request-id'] as string | undefined) ?? newRequestId();
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  response.write(`: hit notifications of ${principal.jurisdiction} after ${cursor}\n\n`);
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
  // The client gone (or gone mid-write) ends the stream, not a fault.
  const left = new AbortController();
  response.once('close', () => left.abort());
  response.on('error', () => left.abort());
  const batches = liveNotifications(
    { dataSource: services.dataSource, auditWriter: services.auditWriter, stored },
    { requestId, principal, purpose, operation: 'hitNotifications feed' },
    cursor,
    left.signal,
  );
  try {
    for await (const rows of batches) {
      for (const row of rows) {
        response.write(`id: ${row.sequence}\nevent: hit\ndata: ${JSON.stringify(hitNotificationView(row))}\n\n`);
      }
    }
  } finally {
    clearInterval(heartbeat);
    response.end();
  }
}

/** What a live stream of notifications reads from: the exchange's pool, its audit writer and the wake-ups. */
export interface LiveNotificationSource {
  dataSource: DataSource;
  auditWriter: AuditWriter;
  stored: StoredNotifications;
}

/**
 * The caller's jurisdiction's notifications after `cursor`, in batches, then each batch stored later, until the
 * consumer returns or the service starts to stop. Each batch is audited before it is yielded: the SSE feed and the
 * GraphQL subscription disclose nothing unlogged.
 */
export async function* liveNotifications(
  source: LiveNotificationSource,
  reader: { requestId: string; principal: Principal; purpose: string; operation: string },
  cursor: string,
  /** The consumer gone: the stream ends even while it waits for the next notification. */
  signal: AbortSignal,
): AsyncGenerator<HitNotificationRow[], void, undefined> {
  const { stored } = source;
  let closed = false;
  let pending = true;
  let wake: (() => void) | undefined;
  const onStored = () => {
    pending = true;
    wake?.();
  };
  const onClosing = () => {
    closed = true;
    wake?.();
  };
  stored.on('stored', onStored);
  stored.on('closing', onClosing);
  signal.addEventListener('abort', onClosing);
  if (signal.aborted) closed = true;
  try {
    while (!closed) {
      if (!pending) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (closed) break;
      pending = false;
      for (;;) {
        const rows = await notificationsAfter(source.dataSource, reader.principal.jurisdiction, cursor, FEED_BATCH);
        if (!rows.length || closed) break;
        await source.auditWriter.write(reader, {
          operation: reader.operation,
          criteria: { after: cursor },
          recordIds: rows.map((row) => row.id),
        });
        cursor = rows.at(-1)!.sequence;
        yield rows;
        if (rows.length < FEED_BATCH) break;
      }
    }
  } finally {
    stored.off('stored', onStored);
    stored.off('closing', onClosing);
    signal.removeEventListener('abort', onClosing);
  }
}
