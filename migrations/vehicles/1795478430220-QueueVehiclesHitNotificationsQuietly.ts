import type { MigrationInterface, QueryRunner } from 'typeorm';
import { HIT_OUTBOX_SOURCES_V1, queueHitNotificationsNoisilyV1, queueHitNotificationsQuietlyV2 } from '../hit-outbox';

/** The vehicles audit trigger queues hit notifications without a NOTIFY: the service wakes its relay itself. */
export class QueueVehiclesHitNotificationsQuietly1795478430220 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsQuietlyV2(HIT_OUTBOX_SOURCES_V1.vehicles)) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of queueHitNotificationsNoisilyV1(HIT_OUTBOX_SOURCES_V1.vehicles)) await db.query(statement);
  }
}
