import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVehicleVinLast6Index1795478402300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Partial VIN search by the last 6 characters (the serial number) without scanning the table.
    await db.query('CREATE INDEX vehicle_vin_last6 ON vehicles.vehicle (right(vin_normalized, 6))');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX vehicles.vehicle_vin_last6');
  }
}
