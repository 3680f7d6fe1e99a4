import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantServiceRoleV1, revokeServiceRoleV1 } from '../service-role-grants';

/** The documents service connects as its own role (`<prefix>_documents`): this schema only, audit and versions append-only. */
export class GrantDocumentsServiceRole1795478420100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of grantServiceRoleV1('documents')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of revokeServiceRoleV1('documents')) await db.query(statement);
  }
}
