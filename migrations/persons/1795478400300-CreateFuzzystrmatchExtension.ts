import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFuzzystrmatchExtension1795478400300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Double metaphone (dmetaphone) for phonetic name keys. Extensions are database-wide: no migration drops them.
    await db.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
  }

  async down(): Promise<void> {
    // The extension stays: other schemas of the same database may use it.
  }
}
