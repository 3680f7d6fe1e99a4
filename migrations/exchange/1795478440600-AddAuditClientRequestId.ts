import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addClientRequestId, dropClientRequestId } from '../audit-log';

export class AddAuditClientRequestId1795478440600 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(addClientRequestId('exchange'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(dropClientRequestId('exchange'));
  }
}
