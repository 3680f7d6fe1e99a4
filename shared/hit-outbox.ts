// The relay of a search subgraph's hit-notification outbox (migrations/hit-outbox.ts): ships the queued notifications
// to the exchange subgraph and deletes them only once the exchange has stored them, so that a relay killed at any
// point loses nothing; what it shipped twice the exchange keeps once (by the notification's id).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import { isProduction, subgraphUrl } from './config';
import { developmentSecret } from './development-secrets';
import { BatchLoop } from './batch-loop';
import { hitNotificationsRelayed } from './metrics';
import type { SearchSubgraphName } from './schema';
import { inOwnTransaction, poolOf } from './sql';
import { serviceRequest } from './tls';

/** A hit notification as the relays ship it and the exchange stores it. */
export interface HitNotificationMessage {
  /** Stable id, the same in every delivery: the exchange and the brokers' consumers de-duplicate by it. */
  id: string;
  recordType: 'Person' | 'Document' | 'Vehicle' | 'Seizure';
  recordId: string;
  ownerJurisdiction: string;
  ownerAgency: { code: string; name: string };
  nationalReference: string;
  hitBy: { agency: string; jurisdiction: string };
  hitAt: string;
  operation: string;
  purpose: string | null;
  status: string | null;
  actionOnHit: string | null;
}

/** Header carrying the relays' shared secret to the exchange's internal endpoint. */
export const RELAY_SECRET_HEADER = 'x-liaison-relay';
export const HIT_NOTIFICATIONS_PATH = '/internal/hit-notifications';

/** The secret the relays and the exchange share: `LIAISON_RELAY_SECRET`, or outside production a development secret. */
export function relaySecret(): string {
  const secret = process.env.LIAISON_RELAY_SECRET;
  if (secret) return secret;
  if (isProduction) throw new Error('set LIAISON_RELAY_SECRET: the search services and the exchange share it');
  return developmentSecret('hit-relay');
}

/** Whether a presented relay secret is the right one (compared in constant time). */
export function isRelaySecret(presented: string | undefined, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return presented !== undefined && timingSafeEqual(digest(presented), digest(secret));
}

/** Most notifications one delivery carries. */
const BATCH = 200;
/**
 * How often the outbox is read without a wake-up: rows queued by another process (another replica, the import), and
 * a failed delivery's retry.
 */
const POLL_MS = Number(process.env.LIAISON_RELAY_POLL_MS ?? 2_000);
/**
 * How long a woken relay waits for more rows before it ships: one delivery per 100 ms at most, not one per commit.
 * Measured (docs/benchmark-exchange.md): 20 ms cost a third of the hit/no-hit checks' throughput; 100 ms keeps the
 * delay well under the second the owner must be told within.
 */
const SETTLE_MS = Number(process.env.LIAISON_RELAY_SETTLE_MS ?? 100);

interface OutboxRow {
  sequence: string;
  id: string;
  hit_at: Date;
  record_type: HitNotificationMessage['recordType'];
  record_id: string;
  owner_jurisdiction: string;
  owner_agency_code: string;
  owner_agency_name: string;
  national_reference: string;
  hit_by_agency: string;
  hit_by_jurisdiction: string;
  operation: string;
  purpose: string | null;
  status: string | null;
  action_on_hit: string | null;
}

export interface HitOutboxRelayOptions {
  schema: SearchSubgraphName;
  dataSource: DataSource;
  log: pino.Logger;
  /** The action on a hit when the row holds none (a document's or vehicle's, by its status). */
  actionOnHit?(status: string): string;
  /** Where the notifications go; by default the exchange subgraph's internal endpoint. */
  deliver?(messages: HitNotificationMessage[]): Promise<void>;
}

/**
 * Ships the outbox: woken by its service once an audit batch that disclosed records is committed (`wake`) and every
 * POLL_MS, it takes up to BATCH rows (`FOR UPDATE SKIP LOCKED`, so that replicas share the work), delivers them, and
 * deletes them in the same transaction; a failed delivery rolls back and is retried at the next wake-up.
 */
export class HitOutboxRelay {
  private readonly loop: BatchLoop;
  private readonly deliver: (messages: HitNotificationMessage[]) => Promise<void>;

  constructor(private readonly options: HitOutboxRelayOptions) {
    this.deliver = options.deliver ?? deliverToExchange();
    this.loop = new BatchLoop(() => this.relayBatch(), {
      batchSize: BATCH,
      pollMs: POLL_MS,
      settleMs: SETTLE_MS,
      onError: (error) => options.log.warn({ err: error }, 'hit outbox: delivery failed; kept for the next attempt'),
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Rows may have been queued: ship them after the settling time. */
  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** One batch: taken, delivered and deleted in one transaction. Resolves to the number of rows shipped. */
  private async relayBatch(): Promise<number> {
    const { schema } = this.options;
    const shipped = await inOwnTransaction(poolOf(this.options.dataSource), async (client) => {
      const { rows } = await client.query<OutboxRow>(
        `SELECT * FROM ${schema}.hit_outbox ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (!rows.length) return 0;
      await this.deliver(rows.map((row) => this.message(row)));
      await client.query(`DELETE FROM ${schema}.hit_outbox WHERE sequence = ANY ($1::bigint[])`, [
        rows.map((row) => row.sequence),
      ]);
      return rows.length;
    });
    hitNotificationsRelayed.inc(shipped);
    return shipped;
  }

  private message(row: OutboxRow): HitNotificationMessage {
    return {
      id: row.id,
      recordType: row.record_type,
      recordId: row.record_id,
      ownerJurisdiction: row.owner_jurisdiction,
      ownerAgency: { code: row.owner_agency_code, name: row.owner_agency_name },
      nationalReference: row.national_reference,
      hitBy: { agency: row.hit_by_agency, jurisdiction: row.hit_by_jurisdiction },
      hitAt: row.hit_at.toISOString(),
      operation: row.operation,
      purpose: row.purpose,
      status: row.status,
      actionOnHit: row.action_on_hit ?? (row.status ? (this.options.actionOnHit?.(row.status) ?? null) : null),
    };
  }
}

/** POSTs a batch to the exchange subgraph's internal endpoint; resolves once the exchange has stored it. */
function deliverToExchange(): (messages: HitNotificationMessage[]) => Promise<void> {
  const url = subgraphUrl('exchange').replace(/\/graphql$/, HIT_NOTIFICATIONS_PATH);
  const secret = relaySecret();
  return async (messages) => {
    const answer = await serviceRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [RELAY_SECRET_HEADER]: secret },
      body: JSON.stringify({ notifications: messages }),
      timeoutMs: 5_000,
    });
    if (answer.status !== 200) throw new Error(`the exchange answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  };
}
