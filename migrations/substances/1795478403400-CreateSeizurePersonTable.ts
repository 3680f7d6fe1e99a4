import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSeizurePersonTable1795478403400 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // person_id has no foreign key: the persons subgraph owns persons, possibly in another database.
    await db.query(`
      CREATE TABLE substances.seizure_person (
        seizure_id uuid NOT NULL REFERENCES substances.seizure (id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        PRIMARY KEY (seizure_id, person_id)
      )`);
    await db.query('CREATE INDEX seizure_person_person ON substances.seizure_person (person_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substances.seizure_person');
  }
}
