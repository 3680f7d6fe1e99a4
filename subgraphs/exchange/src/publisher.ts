// Publishes the stored notifications on the configured message broker (brokers.ts), at least once: a notification
// leaves `exchange.broker_outbox` only once the broker has acknowledged it; consumers de-duplicate by its id.
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import { BatchLoop } from '../../../shared/batch-loop';
import { inOwnTransaction, poolOf } from '../../../shared/sql';
import type { HitPublisher } from './brokers';
import { hitNotificationView } from './notification-view';
import { NOTIFICATION_COLUMNS } from './store/notifications';
import type { HitNotificationRow } from './rows';

const BATCH = 200;
/** How often the outbox is read without a wake-up: another replica's rows, a failed publish's retry. */
const POLL_MS = Number(process.env.LIAISON_PUBLISH_POLL_MS ?? 1_000);
/** How long a woken publisher waits for more notifications before it publishes (see shared/batch-loop.ts). */
const SETTLE_MS = Number(process.env.LIAISON_PUBLISH_SETTLE_MS ?? 10);

const NEXT_BATCH_SQL = `
  SELECT ${NOTIFICATION_COLUMNS}
    FROM exchange.broker_outbox o JOIN exchange.hit_notification n ON n.sequence = o.notification_sequence
   ORDER BY o.notification_sequence LIMIT $1 FOR UPDATE OF o SKIP LOCKED`;

export class BrokerPublisher {
  private readonly loop: BatchLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly broker: HitPublisher,
    log: pino.Logger,
  ) {
    this.loop = new BatchLoop(() => this.publishBatch(), {
      batchSize: BATCH,
      pollMs: POLL_MS,
      settleMs: SETTLE_MS,
      onError: (error) =>
        log.warn({ err: error, broker: broker.kind }, 'publishing hit notifications failed; kept for a retry'),
    });
  }

  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.broker.close().catch(() => undefined);
  }

  /** One batch: taken, published, acknowledged and deleted in one transaction; a failure leaves it queued. */
  private publishBatch(): Promise<number> {
    return inOwnTransaction(poolOf(this.dataSource), async (client) => {
      const { rows } = await client.query<HitNotificationRow>(NEXT_BATCH_SQL, [BATCH]);
      if (!rows.length) return 0;
      await this.broker.publish(
        rows.map((row) => ({ id: row.id, ownerJurisdiction: row.ownerJurisdiction, body: hitNotificationView(row) })),
      );
      await client.query('DELETE FROM exchange.broker_outbox WHERE notification_sequence = ANY ($1::bigint[])', [
        rows.map((row) => row.sequence),
      ]);
      return rows.length;
    });
  }
}
