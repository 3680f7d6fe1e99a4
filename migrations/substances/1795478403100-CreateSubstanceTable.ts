import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubstanceTable1795478403100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Reference data (the catalogue), not a record: no provenance block.
    await db.query(`
      CREATE TABLE substances.substance (
        id uuid PRIMARY KEY,
        name varchar NOT NULL UNIQUE,
        cas_number varchar,
        schedules jsonb NOT NULL DEFAULT '[]',
        unit_mass_kg numeric
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substances.substance');
  }
}
