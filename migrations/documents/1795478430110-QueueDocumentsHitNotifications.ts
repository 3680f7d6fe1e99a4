import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HIT_OUTBOX_SOURCES_V1, dropQueueHitNotificationsV1, queueHitNotificationsV1 } from '../hit-outbox';

/** Every audit row that discloses a document record to another jurisdiction queues its hit notifications. */
export class QueueDocumentsHitNotifications1795478430110 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsV1(HIT_OUTBOX_SOURCES_V1.documents)) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropQueueHitNotificationsV1('documents')) await db.query(statement);
  }
}
