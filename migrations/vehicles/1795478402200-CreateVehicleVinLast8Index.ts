import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVehicleVinLast8Index1795478402200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Partial VIN search by the last 8 characters (model year, plant, serial number) without scanning the table.
    await db.query('CREATE INDEX vehicle_vin_last8 ON vehicles.vehicle (right(vin_normalized, 8))');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX vehicles.vehicle_vin_last8');
  }
}
