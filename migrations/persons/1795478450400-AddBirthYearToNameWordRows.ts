import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each row of `name_word_row` carries its person's year of birth, so that a name search with a date of birth can read
 * the sound-alikes born then first (index of the next migration): among thousands of holders of a common word, the
 * bounded read of every year rarely reaches them. Names added take their person's year; a person's year changed
 * updates its rows (the trigger `person_changes_birth_years`, which already keeps `name_key_birth_year`).
 */
export class AddBirthYearToNameWordRows1795478450400 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE persons.name_word_row ADD COLUMN birth_year smallint');
    await db.query(`
      UPDATE persons.name_word_row r SET birth_year = p.dob_year
        FROM persons.person p WHERE p.id = r.person_id AND p.dob_year IS NOT NULL`);
    await db.query(`
      CREATE OR REPLACE FUNCTION persons.add_name_word_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO persons.name_word_row (word, person_id, ordinal, name_key, birth_year)
          SELECT word, a.person_id, a.ordinal, a.name_key, p.dob_year
            FROM added_names a
            LEFT JOIN persons.person p ON p.id = a.person_id,
            LATERAL (SELECT DISTINCT unnest(a.words)) AS w (word);
          RETURN NULL;
        END $$`);
    // Rebuilt by the border posts' own triggers too (shared/border-post.ts), where persons and names arrive apart.
    // Through the persons' names and their words, so that each row is found by the primary key (word first).
    await db.query(`
      CREATE FUNCTION persons.rebuild_name_word_birth_years(person_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE persons.name_word_row r SET birth_year = p.dob_year
          FROM persons.person p
          JOIN persons.person_name pn ON pn.person_id = p.id
         CROSS JOIN LATERAL (SELECT DISTINCT unnest(pn.words)) AS w (word)
         WHERE p.id = ANY(person_ids) AND r.word = w.word AND r.person_id = pn.person_id AND r.ordinal = pn.ordinal
           AND r.birth_year IS DISTINCT FROM p.dob_year;
      $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION persons.birth_year_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE persons.name_key_birth_year SET birth_year = NEW.dob_year WHERE person_id = NEW.id;
          PERFORM persons.rebuild_name_word_birth_years(ARRAY[NEW.id]);
          RETURN NULL;
        END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION persons.birth_year_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE persons.name_key_birth_year SET birth_year = NEW.dob_year WHERE person_id = NEW.id;
          RETURN NULL;
        END $$`);
    await db.query('DROP FUNCTION persons.rebuild_name_word_birth_years(uuid[])');
    await db.query(`
      CREATE OR REPLACE FUNCTION persons.add_name_word_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO persons.name_word_row (word, person_id, ordinal, name_key)
          SELECT word, person_id, ordinal, name_key FROM added_names, LATERAL (SELECT DISTINCT unnest(words)) AS w (word);
          RETURN NULL;
        END $$`);
    await db.query('ALTER TABLE persons.name_word_row DROP COLUMN birth_year');
  }
}
