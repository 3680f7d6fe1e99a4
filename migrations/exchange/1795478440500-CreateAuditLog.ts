import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogV1, dropAuditLogV1 } from '../audit-log';

export class CreateAuditLog1795478440500 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of createAuditLogV1('exchange')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropAuditLogV1('exchange')) await db.query(statement);
  }
}
