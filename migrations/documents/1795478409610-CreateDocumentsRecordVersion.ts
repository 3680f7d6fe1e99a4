import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRecordVersionV1, dropRecordVersionV1 } from '../record-version';

export class CreateDocumentsRecordVersion1795478409610 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createRecordVersionV1('documents')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRecordVersionV1('documents')) await db.query(statement);
  }
}
