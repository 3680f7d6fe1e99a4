import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addClientRequestId, dropClientRequestId } from '../audit-log';

export class AddAuditClientRequestId1795478410400 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(addClientRequestId('persons'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropClientRequestId('persons'));
  }
}
