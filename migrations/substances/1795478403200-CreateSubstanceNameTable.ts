import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubstanceNameTable1795478403200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE substances.substance_name (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        substance_id uuid NOT NULL REFERENCES substances.substance (id) ON DELETE CASCADE,
        name varchar NOT NULL,
        language char(2) NOT NULL,
        kind varchar NOT NULL CHECK (kind IN ('NAME', 'SYNONYM', 'STREET_NAME')),
        normalized varchar NOT NULL,
        UNIQUE (substance_id, language, name)
      )`);
    await db.query(
      'CREATE INDEX substance_name_normalized_trgm ON substances.substance_name USING gin (normalized gin_trgm_ops)',
    );
    await db.query('CREATE INDEX substance_name_normalized ON substances.substance_name (normalized)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substances.substance_name');
  }
}
