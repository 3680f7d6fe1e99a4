import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createHitOutboxV1, dropHitOutboxV1 } from '../hit-outbox';

/** The outbox of hit notifications the documents service's relay ships to the exchange subgraph. */
export class CreateDocumentsHitOutbox1795478430100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createHitOutboxV1('documents')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropHitOutboxV1('documents')) await db.query(statement);
  }
}
