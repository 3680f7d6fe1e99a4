import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRevocationColumnsV1, dropRevocationColumnsV1 } from '../revocation-columns';

export class AddVehicleRevocation1795478409700 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addRevocationColumnsV1('vehicles.vehicle')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRevocationColumnsV1('vehicles.vehicle')) await db.query(statement);
  }
}
