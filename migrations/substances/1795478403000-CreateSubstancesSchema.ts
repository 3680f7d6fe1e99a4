import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubstancesSchema1795478403000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE SCHEMA substances');
    // Extensions are database-wide and shared by the subgraphs, so no migration drops them.
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP SCHEMA substances');
  }
}
