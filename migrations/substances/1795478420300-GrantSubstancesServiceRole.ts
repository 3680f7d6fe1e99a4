import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantServiceRoleV1, revokeServiceRoleV1 } from '../service-role-grants';

/** The substances service connects as its own role (`<prefix>_substances`): this schema only, audit and versions append-only. */
export class GrantSubstancesServiceRole1795478420300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of grantServiceRoleV1('substances')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of revokeServiceRoleV1('substances')) await db.query(statement);
  }
}
