import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-word functions of the name search, so that its one statement takes every spelling of a query as parameter
 * arrays: the dictionary words that sound like a word, and those spelt like it.
 */
export class CreateNameSearchFunctions1795478410100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // A name typed in Arabic script (no short vowels) is compared by consonant skeletons; a lone word by its codes of
    // three letters or more only (one- and two-letter codes, MARIA: MR, match half the names).
    await db.query(`
      CREATE FUNCTION persons.sounding_name_words(searched_word text, arabic boolean, lone boolean) RETURNS text[]
        LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(n.word ORDER BY n.word), '{}')
            FROM (SELECT coalesce(array_agg(code), '{}') AS codes
                    FROM unnest(CASE WHEN arabic THEN persons.name_skeletons(searched_word)
                                     ELSE persons.name_sounds(searched_word) END) AS code
                   WHERE NOT lone OR length(code) >= 3) AS searched
            JOIN persons.name_word n
              ON CASE WHEN arabic THEN n.skeletons && searched.codes ELSE n.sounds && searched.codes END
        $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.sounding_name_words(text, boolean, boolean) IS
        'The dictionary words sharing a phonetic code (double metaphone, or for Arabic script a consonant skeleton) with a word'`);
    // SET search_path FROM CURRENT: the function finds pg_trgm's operator where this migration found it. Trigram
    // similarity misses a swap or a change in a short word (COZMA, CZOMA): words of four letters or more also reach
    // the dictionary words one letter away.
    await db.query(`
      CREATE FUNCTION persons.similar_name_words(searched_word text, how_many int) RETURNS text[]
        LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$
          SELECT coalesce(array_agg(DISTINCT d.word), '{}')
            FROM ((SELECT n.word FROM persons.name_word n
                    WHERE n.word % searched_word
                    ORDER BY similarity(n.word, searched_word) DESC, n.word
                    LIMIT how_many)
                  UNION ALL
                  SELECT n.word FROM persons.name_word n
                   WHERE length(searched_word) >= 4 AND n.deletions && persons.word_deletions(searched_word)) AS d
        $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.similar_name_words(text, int) IS
        'The dictionary words most similar to a word (trigram similarity above pg_trgm.similarity_threshold), and those one letter away'`);
    await db.query(`
      CREATE FUNCTION persons.name_words_frequency(searched_words text[]) RETURNS bigint
        LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(sum(n.frequency), 0) FROM persons.name_word n WHERE n.word = ANY(searched_words)
        $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.name_words_frequency(text[]) IS
        'How many name rows hold one of the words, at most (the sum of their dictionary frequencies)'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION persons.name_words_frequency(text[])');
    await db.query('DROP FUNCTION persons.similar_name_words(text, int)');
    await db.query('DROP FUNCTION persons.sounding_name_words(text, boolean, boolean)');
  }
}
