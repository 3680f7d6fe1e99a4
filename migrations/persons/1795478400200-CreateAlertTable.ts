import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAlertTable1795478400200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persons.alert (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES persons.person (id) ON DELETE CASCADE,
        kind varchar NOT NULL CHECK (kind IN ('WANTED_FOR_ARREST', 'MISSING', 'WITNESS_SOUGHT', 'DISCREET_CHECK',
          'INQUIRY_CHECK', 'UNKNOWN_WANTED')),
        action_on_hit varchar NOT NULL,
        offence varchar,
        issuing_jurisdiction char(2) NOT NULL,
        valid_from date NOT NULL,
        valid_until date
      )`);
    await db.query('CREATE INDEX alert_person ON persons.alert (person_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE persons.alert');
  }
}
