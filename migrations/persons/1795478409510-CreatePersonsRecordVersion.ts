import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRecordVersionV1, dropRecordVersionV1 } from '../record-version';

export class CreatePersonsRecordVersion1795478409510 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createRecordVersionV1('persons')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRecordVersionV1('persons')) await db.query(statement);
  }
}
