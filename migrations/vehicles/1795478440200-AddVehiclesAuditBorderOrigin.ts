import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditOriginV1, dropAuditOriginV1 } from '../border-post';

/** vehicles audit rows shipped from a border post keep its name and their id there, once each. */
export class AddVehiclesAuditBorderOrigin1795478440200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addAuditOriginV1('vehicles')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropAuditOriginV1('vehicles')) await db.query(statement);
  }
}
