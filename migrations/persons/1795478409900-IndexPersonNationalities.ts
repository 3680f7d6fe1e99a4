import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexPersonNationalities1795478409900 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // A search by criteria alone (nationality, no name) must not scan every person.
    await db.query('CREATE INDEX person_nationalities ON persons.person USING gin (nationalities)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX persons.person_nationalities');
  }
}
