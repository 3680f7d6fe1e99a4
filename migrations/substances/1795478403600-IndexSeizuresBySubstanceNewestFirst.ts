import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets a substance search read one page of a substance's seizures, newest first, straight from the index. */
export class IndexSeizuresBySubstanceNewestFirst1795478403600 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX seizure_substance_newest ON substances.seizure (substance_id, seized_on DESC, id)');
    await db.query('DROP INDEX substances.seizure_substance_seized_on');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX seizure_substance_seized_on ON substances.seizure (substance_id, seized_on DESC)');
    await db.query('DROP INDEX substances.seizure_substance_newest');
  }
}
