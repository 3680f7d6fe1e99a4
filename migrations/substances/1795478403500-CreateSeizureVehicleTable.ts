import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSeizureVehicleTable1795478403500 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // vehicle_id has no foreign key: the vehicles subgraph owns vehicles, possibly in another database.
    await db.query(`
      CREATE TABLE substances.seizure_vehicle (
        seizure_id uuid NOT NULL REFERENCES substances.seizure (id) ON DELETE CASCADE,
        vehicle_id uuid NOT NULL,
        PRIMARY KEY (seizure_id, vehicle_id)
      )`);
    await db.query('CREATE INDEX seizure_vehicle_vehicle ON substances.seizure_vehicle (vehicle_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substances.seizure_vehicle');
  }
}
