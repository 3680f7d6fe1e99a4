import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name words by year of birth, holding the name's key: the phonetic and typo branches of a name search with a
 * date of birth read the holders of a word born in the searched years, index only (at 10M records DAVID is held by
 * 17,694 names, 199 of persons born in 1960). Unknown years sort last, a range of their own.
 */
export class IndexNameWordRowsByBirthYear1795478450500 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX name_word_row_birth_year ON persons.name_word_row (word, birth_year, person_id, ordinal)
        INCLUDE (name_key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX persons.name_word_row_birth_year');
  }
}
