import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROVENANCE_COLUMNS_V1 } from '../provenance-columns';

export class CreateSeizureTable1795478403300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE substances.seizure (${PROVENANCE_COLUMNS_V1},
        substance_id uuid NOT NULL REFERENCES substances.substance (id),
        quantity numeric NOT NULL CHECK (quantity > 0),
        unit varchar NOT NULL CHECK (unit IN ('KG', 'G', 'L', 'TABLETS', 'UNITS')),
        quantity_kg numeric NOT NULL,
        purity numeric CHECK (purity BETWEEN 0 AND 1),
        form varchar CHECK (form IN ('POWDER', 'CRYSTAL', 'TABLET', 'LIQUID', 'PLANT', 'RESIN', 'PASTE', 'BLOTTER')),
        seized_on date NOT NULL,
        place varchar,
        country char(2) NOT NULL,
        route_origin varchar[] NOT NULL DEFAULT '{}',
        route_transit varchar[] NOT NULL DEFAULT '{}',
        route_destination varchar[] NOT NULL DEFAULT '{}'
      )`);
    await db.query('CREATE INDEX seizure_substance_seized_on ON substances.seizure (substance_id, seized_on DESC)');
    await db.query('CREATE INDEX seizure_seized_on ON substances.seizure (seized_on)');
    await db.query('CREATE INDEX seizure_quantity_kg ON substances.seizure (quantity_kg)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substances.seizure');
  }
}
