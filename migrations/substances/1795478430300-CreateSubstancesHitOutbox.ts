import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createHitOutboxV1, dropHitOutboxV1 } from '../hit-outbox';

/** The outbox of hit notifications the substances service's relay ships to the exchange subgraph. */
export class CreateSubstancesHitOutbox1795478430300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createHitOutboxV1('substances')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropHitOutboxV1('substances')) await db.query(statement);
  }
}
