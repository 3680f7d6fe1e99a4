import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HIT_OUTBOX_SOURCES_V1, dropQueueHitNotificationsV1, queueHitNotificationsV1 } from '../hit-outbox';

/** Every audit row that discloses a substance record to another jurisdiction queues its hit notifications. */
export class QueueSubstancesHitNotifications1795478430310 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsV1(HIT_OUTBOX_SOURCES_V1.substances)) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropQueueHitNotificationsV1('substances')) await db.query(statement);
  }
}
