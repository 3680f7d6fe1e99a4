import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVehicleVinReversedIndex1795478450220 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Partial VIN search by an ending of any length (5 to 16 characters): the VIN reversed, so that its ending is a
    // prefix, read as a range (`~>=~`, `~<~`: byte order, which a prepared statement's parameters can use, where
    // LIKE 'x%' and ^@ need the pattern when the plan is made).
    await db.query('CREATE INDEX vehicle_vin_reversed ON vehicles.vehicle (reverse(vin_normalized) text_pattern_ops)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX vehicles.vehicle_vin_reversed');
  }
}
