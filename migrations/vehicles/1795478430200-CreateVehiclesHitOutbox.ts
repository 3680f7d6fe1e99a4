import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createHitOutboxV1, dropHitOutboxV1 } from '../hit-outbox';

/** The outbox of hit notifications the vehicles service's relay ships to the exchange subgraph. */
export class CreateVehiclesHitOutbox1795478430200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createHitOutboxV1('vehicles')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropHitOutboxV1('vehicles')) await db.query(statement);
  }
}
