import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HIT_OUTBOX_SOURCES_V1, dropQueueHitNotificationsV1, queueHitNotificationsV1 } from '../hit-outbox';

/** Every audit row that discloses a person record to another jurisdiction queues its hit notifications. */
export class QueuePersonsHitNotifications1795478430010 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsV1(HIT_OUTBOX_SOURCES_V1.persons)) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropQueueHitNotificationsV1('persons')) await db.query(statement);
  }
}
