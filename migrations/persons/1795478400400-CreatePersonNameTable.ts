import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every searchable spelling of a person's names, one row each (written by `personNameRows`): the Latin name as
 * recorded, its ICAO variants, the original-script name transliterated, aliases and the name at birth. `words` and
 * `phonetic` are computed by PostgreSQL from the order-free `name_key`, so that a query's codes come from the same
 * functions.
 */
export class CreatePersonNameTable1795478400400 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // SET search_path FROM CURRENT: the functions find dmetaphone where this migration found it, whatever the
    // search_path of a later session (or of pg_restore, which empties it) is.
    await db.query(`
      CREATE FUNCTION persons.name_sounds(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$
          SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}')
            FROM unnest(string_to_array(name, ' ')) AS word,
                 LATERAL (VALUES (dmetaphone(word)), (dmetaphone_alt(word))) AS codes (code)
           WHERE code <> ''
        $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.name_sounds(text) IS
        'Double metaphone codes (primary and alternate) of each word of a name'`);
    // Consonant skeletons match names written without short vowels (Arabic script: MHMD) to their Latin spellings.
    await db.query(`
      CREATE FUNCTION persons.name_skeletons(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(DISTINCT '#' || skeleton ORDER BY '#' || skeleton), '{}')
            FROM unnest(string_to_array(name, ' ')) AS word,
                 LATERAL (SELECT regexp_replace(
                   translate(translate(left(word, 1), 'EIOU', 'AAAA') || regexp_replace(substr(word, 2), '[AEIOUYW]', '', 'g'),
                             'Q', 'K'),
                   '(.)\\1+', '\\1', 'g') AS skeleton) AS s
           WHERE word <> ''
        $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.name_skeletons(text) IS
        'Consonant skeleton of each word of a name, prefixed with #: first letter (a vowel as A), then its consonants'`);
    await db.query(`
      CREATE TABLE persons.person_name (
        person_id uuid NOT NULL REFERENCES persons.person (id) ON DELETE CASCADE,
        ordinal smallint NOT NULL,
        kind varchar NOT NULL CHECK (kind IN ('PRIMARY', 'ORIGINAL', 'VARIANT', 'ALIAS', 'BIRTH_NAME')),
        value text NOT NULL,
        scheme text NOT NULL,
        folded text NOT NULL CHECK (folded ~ '^[A-Z]+( [A-Z]+)*$'),
        name_key text NOT NULL CHECK (name_key ~ '^[A-Z]+( [A-Z]+)*$'),
        words text[] GENERATED ALWAYS AS (string_to_array(name_key, ' ')) STORED,
        phonetic text[] GENERATED ALWAYS AS (persons.name_sounds(name_key) || persons.name_skeletons(name_key)) STORED,
        PRIMARY KEY (person_id, ordinal)
      )`);
    await db.query('CREATE INDEX person_name_folded_trgm ON persons.person_name USING gin (folded gin_trgm_ops)');
    await db.query('CREATE INDEX person_name_words ON persons.person_name USING gin (words)');
    await db.query('CREATE INDEX person_name_phonetic ON persons.person_name USING gin (phonetic)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE persons.person_name');
    await db.query('DROP FUNCTION persons.name_skeletons(text)');
    await db.query('DROP FUNCTION persons.name_sounds(text)');
  }
}
