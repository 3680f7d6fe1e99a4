import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePersonNameKeyIndex1795478409520 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // checkPerson matches a whole name by its order-free key: one equality lookup per spelling of the typed name.
    await db.query('CREATE INDEX person_name_key ON persons.person_name (name_key)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX persons.person_name_key');
  }
}
