import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROVENANCE_COLUMNS_V1 } from '../provenance-columns';

export class CreateVehicleTable1795478402100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // holder_id references persons.person, which the persons subgraph owns: no foreign key across subgraphs.
    await db.query(`
      CREATE TABLE vehicles.vehicle (${PROVENANCE_COLUMNS_V1},
        vin varchar,
        vin_normalized varchar,
        registration_plate varchar,
        plate_normalized varchar,
        registration_country char(2),
        type varchar NOT NULL CHECK (type IN ('CAR', 'MOTORCYCLE', 'TRUCK', 'TRAILER', 'CARAVAN', 'BOAT', 'BOAT_ENGINE',
          'CONTAINER', 'CONSTRUCTION_MACHINE')),
        make varchar NOT NULL,
        model varchar,
        model_year smallint,
        colour varchar,
        status varchar NOT NULL CHECK (status IN ('STOLEN', 'SOUGHT_FOR_SEIZURE', 'USED_IN_CRIME')),
        theft_date date,
        theft_place varchar,
        holder_id uuid
      )`);
    await db.query('CREATE INDEX vehicle_vin_normalized ON vehicles.vehicle (vin_normalized)');
    await db.query(
      'CREATE INDEX vehicle_plate_normalized ON vehicles.vehicle (plate_normalized, registration_country)',
    );
    await db.query('CREATE INDEX vehicle_holder ON vehicles.vehicle (holder_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE vehicles.vehicle');
  }
}
