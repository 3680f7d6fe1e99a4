import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantServiceRoleV1, revokeServiceRoleV1 } from '../service-role-grants';

/** The persons service connects as its own role (`<prefix>_persons`): this schema only, audit and versions append-only. */
export class GrantPersonsServiceRole1795478420000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of grantServiceRoleV1('persons')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of revokeServiceRoleV1('persons')) await db.query(statement);
  }
}
