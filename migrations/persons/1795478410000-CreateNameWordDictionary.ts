import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The distinct key words of all stored names (a few thousand, whatever the number of persons), with how many name
 * rows hold each (an upper bound: it is never lowered), their phonetic codes and their one-letter deletions. A
 * searched word is expanded here to the dictionary words that sound like it (`name_word_sounds`,
 * `name_word_skeletons`), are spelt alike (`name_word_trgm`) or are one letter away, two neighbours swapped included
 * (symmetric deletions: `name_word_deletions`), and its frequency tells the search how to read the rows that hold
 * it (persons/search). Kept by a statement trigger, so that every way of writing names (writes, imports, the seed's
 * COPY) counts their words.
 */
export class CreateNameWordDictionary1795478410000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // The word and every spelling of it with one letter left out: two words share one of these when they are one
    // letter apart (left out, added, changed) or have two neighbouring letters swapped.
    await db.query(`
      CREATE FUNCTION persons.word_deletions(word text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT array_agg(DISTINCT variant)
            FROM (SELECT word AS variant
                  UNION ALL
                  SELECT left(word, i - 1) || substr(word, i + 1) FROM generate_series(1, length(word)) AS i) AS v
        $$`);
    await db.query(`
      CREATE TABLE persons.name_word (
        word text PRIMARY KEY,
        frequency integer NOT NULL,
        sounds text[] GENERATED ALWAYS AS (persons.name_sounds(word)) STORED,
        skeletons text[] GENERATED ALWAYS AS (persons.name_skeletons(word)) STORED,
        deletions text[] GENERATED ALWAYS AS (persons.word_deletions(word)) STORED
      )`);
    await db.query('CREATE INDEX name_word_trgm ON persons.name_word USING gin (word gin_trgm_ops)');
    await db.query('CREATE INDEX name_word_sounds ON persons.name_word USING gin (sounds)');
    await db.query('CREATE INDEX name_word_skeletons ON persons.name_word USING gin (skeletons)');
    await db.query('CREATE INDEX name_word_deletions ON persons.name_word USING gin (deletions)');
    // Words in a fixed order, so that concurrent writers lock the dictionary rows they share in the same order.
    await db.query(`
      CREATE FUNCTION persons.count_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO persons.name_word AS n (word, frequency)
          SELECT word, count(*) FROM added_names, LATERAL (SELECT DISTINCT unnest(words)) AS w (word) GROUP BY word ORDER BY word
              ON CONFLICT (word) DO UPDATE SET frequency = n.frequency + excluded.frequency;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE TRIGGER person_name_counts_words AFTER INSERT ON persons.person_name
        REFERENCING NEW TABLE AS added_names FOR EACH STATEMENT EXECUTE FUNCTION persons.count_name_words()`);
    await db.query(`
      INSERT INTO persons.name_word (word, frequency)
      SELECT word, count(*) FROM persons.person_name, LATERAL (SELECT DISTINCT unnest(words)) AS w (word) GROUP BY word`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER person_name_counts_words ON persons.person_name');
    await db.query('DROP FUNCTION persons.count_name_words()');
    await db.query('DROP TABLE persons.name_word');
    await db.query('DROP FUNCTION persons.word_deletions(text)');
  }
}
