import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HIT_OUTBOX_SOURCES_V1, dropQueueHitNotificationsV1, queueHitNotificationsV1 } from '../hit-outbox';

/** Every audit row that discloses a vehicle record to another jurisdiction queues its hit notifications. */
export class QueueVehiclesHitNotifications1795478430210 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsV1(HIT_OUTBOX_SOURCES_V1.vehicles)) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropQueueHitNotificationsV1('vehicles')) await db.query(statement);
  }
}
