import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name search finds sound-alikes and typos through the dictionary of name words (`persons.name_word`) and the word
 * btree (`persons.name_word_row`): no statement reads the per-row phonetic codes or the trigram index of whole names
 * any more, which every write of a name kept up to date (double metaphone of each row, two GIN indexes).
 */
export class DropPersonNamePhoneticAndTrigramIndex1795478410200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX persons.person_name_folded_trgm');
    await db.query('DROP INDEX persons.person_name_phonetic');
    await db.query('ALTER TABLE persons.person_name DROP COLUMN phonetic');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE persons.person_name ADD COLUMN phonetic text[]
        GENERATED ALWAYS AS (persons.name_sounds(name_key) || persons.name_skeletons(name_key)) STORED`);
    await db.query('CREATE INDEX person_name_phonetic ON persons.person_name USING gin (phonetic)');
    await db.query('CREATE INDEX person_name_folded_trgm ON persons.person_name USING gin (folded gin_trgm_ops)');
  }
}
