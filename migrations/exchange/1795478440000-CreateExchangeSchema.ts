import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The exchange subgraph's own schema: hit notifications and the information requests between bureaus. */
export class CreateExchangeSchema1795478440000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE SCHEMA exchange');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP SCHEMA exchange');
  }
}
