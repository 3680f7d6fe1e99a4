import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DELETION_TABLES_V1, addDeletionTableV1, removeDeletionTableV1 } from '../identifier-deletions';

/** Document numbers with a typo: the deletion keys of every current document's normalized number, kept by triggers. */
export class CreateDocumentNumberDeletions1795478450100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await addDeletionTableV1(db, DELETION_TABLES_V1.documentNumber, { keysFunction: true });
  }

  async down(db: QueryRunner): Promise<void> {
    await removeDeletionTableV1(db, DELETION_TABLES_V1.documentNumber, { keysFunction: true });
  }
}
