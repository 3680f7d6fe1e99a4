import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropVehicleVinLast6Index1795478450240 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Endings of every length are read through `vehicle_vin_reversed` now: nothing reads this one.
    await db.query('DROP INDEX vehicles.vehicle_vin_last6');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX vehicle_vin_last6 ON vehicles.vehicle (right(vin_normalized, 6))');
  }
}
