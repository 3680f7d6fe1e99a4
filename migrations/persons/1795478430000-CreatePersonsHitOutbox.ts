import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createHitOutboxV1, dropHitOutboxV1 } from '../hit-outbox';

/** The outbox of hit notifications the persons service's relay ships to the exchange subgraph. */
export class CreatePersonsHitOutbox1795478430000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createHitOutboxV1('persons')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropHitOutboxV1('persons')) await db.query(statement);
  }
}
