import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantServiceRoleV1, revokeServiceRoleV1 } from '../service-role-grants';

/** The vehicles service connects as its own role (`<prefix>_vehicles`): this schema only, audit and versions append-only. */
export class GrantVehiclesServiceRole1795478420200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of grantServiceRoleV1('vehicles')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of revokeServiceRoleV1('vehicles')) await db.query(statement);
  }
}
