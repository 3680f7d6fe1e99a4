import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropPersonSearchNameIndex1795478400500 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // Names are searched in persons.person_name now; the trigram index on person.search_name only slowed writes.
    await db.query('DROP INDEX persons.person_search_name_trgm');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX person_search_name_trgm ON persons.person USING gin (search_name gin_trgm_ops)');
  }
}
