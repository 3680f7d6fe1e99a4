import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per word of each stored name, in a btree that also holds the name's key: the bounded way to read some of the
 * rows that hold a very common word (a lone MARIA is held by ~90,000 names at 10M records), where the GIN words index
 * would read all of them, and to check their other words without reading the names. Kept by statement triggers on
 * `person_name`.
 */
export class CreateNameWordRowTable1795478410050 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persons.name_word_row (
        word text NOT NULL,
        person_id uuid NOT NULL,
        ordinal smallint NOT NULL,
        name_key text NOT NULL
      )`);
    await db.query(`
      INSERT INTO persons.name_word_row (word, person_id, ordinal, name_key)
      SELECT word, person_id, ordinal, name_key FROM persons.person_name, LATERAL (SELECT DISTINCT unnest(words)) AS w (word)`);
    await db.query('ALTER TABLE persons.name_word_row ADD PRIMARY KEY (word, person_id, ordinal) INCLUDE (name_key)');
    await db.query(`
      CREATE FUNCTION persons.add_name_word_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO persons.name_word_row (word, person_id, ordinal, name_key)
          SELECT word, person_id, ordinal, name_key FROM added_names, LATERAL (SELECT DISTINCT unnest(words)) AS w (word);
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE FUNCTION persons.remove_name_word_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM persons.name_word_row r
           USING removed_names o, unnest(o.words) AS removed (word)
           WHERE r.word = removed.word AND r.person_id = o.person_id AND r.ordinal = o.ordinal;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE TRIGGER person_name_adds_word_rows AFTER INSERT ON persons.person_name
        REFERENCING NEW TABLE AS added_names FOR EACH STATEMENT EXECUTE FUNCTION persons.add_name_word_rows()`);
    await db.query(`
      CREATE TRIGGER person_name_removes_word_rows AFTER DELETE ON persons.person_name
        REFERENCING OLD TABLE AS removed_names FOR EACH STATEMENT EXECUTE FUNCTION persons.remove_name_word_rows()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER person_name_removes_word_rows ON persons.person_name');
    await db.query('DROP TRIGGER person_name_adds_word_rows ON persons.person_name');
    await db.query('DROP FUNCTION persons.remove_name_word_rows()');
    await db.query('DROP FUNCTION persons.add_name_word_rows()');
    await db.query('DROP TABLE persons.name_word_row');
  }
}
