import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks the dictionary words that occur in the names of persons recorded in Arabic script (`unvowelled`: written
 * without short vowels, MBARK, HSNI), and indexes their skeletons apart. A Latin query's skeletons are compared with
 * these words only: every other word is reached by double metaphone, and comparing skeletons with all of them cost
 * the name search 2-4 ms at 10M records for nothing it found.
 */
export class FlagUnvowelledNameWords1795478450100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE persons.name_word ADD COLUMN unvowelled boolean NOT NULL DEFAULT false');
    await db.query(`
      UPDATE persons.name_word n SET unvowelled = true
        FROM (SELECT DISTINCT w.word
                FROM persons.person p
                JOIN persons.person_name pn ON pn.person_id = p.id, unnest(pn.words) AS w (word)
               WHERE p.script = 'ARABIC') a
       WHERE n.word = a.word`);
    await db.query(
      'CREATE INDEX name_word_unvowelled_skeletons ON persons.name_word USING gin (skeletons) WHERE unvowelled',
    );
    await replaceCountNameWords(
      db,
      `INSERT INTO persons.name_word AS n (word, frequency, unvowelled)
       SELECT w.word, count(*), bool_or(p.script = 'ARABIC')
         FROM added_names a
         LEFT JOIN persons.person p ON p.id = a.person_id,
              LATERAL (SELECT DISTINCT unnest(a.words)) AS w (word)
        GROUP BY w.word ORDER BY w.word
           ON CONFLICT (word) DO UPDATE
          SET frequency = n.frequency + excluded.frequency, unvowelled = n.unvowelled OR excluded.unvowelled`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await replaceCountNameWords(
      db,
      `INSERT INTO persons.name_word AS n (word, frequency)
       SELECT word, count(*) FROM added_names, LATERAL (SELECT DISTINCT unnest(words)) AS w (word) GROUP BY word ORDER BY word
           ON CONFLICT (word) DO UPDATE SET frequency = n.frequency + excluded.frequency`,
    );
    await db.query('DROP INDEX persons.name_word_unvowelled_skeletons');
    await db.query('ALTER TABLE persons.name_word DROP COLUMN unvowelled');
  }
}

/** `persons.count_name_words` (the statement trigger of CreateNameWordDictionary) with `insert` as its body. */
async function replaceCountNameWords(db: QueryRunner, insert: string): Promise<void> {
  await db.query(`
    CREATE OR REPLACE FUNCTION persons.count_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${insert};
        RETURN NULL;
      END $$`);
}
