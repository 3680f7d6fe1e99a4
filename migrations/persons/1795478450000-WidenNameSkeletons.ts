import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consonant skeletons that the press's spellings of Arabic names reach, so that a Latin query finds a name recorded
 * in Arabic script (MBARK for مبارك from Mubarak, Moubarak; QDHAFI from Gaddafi, Kadhafi, Gheddafi): one letter per
 * sound whatever the language writes it with (SCH, SZ, SH, CZ → S; DJ, DZ → J; TH → T; DH → D; GH → G; Q → K; Z → S),
 * every reading of an ambiguous letter (KH as K or H, CH as S or H, C as K, S or TS, J as J or Y, G as K or J, V as
 * V or W), and no vowels (Muammar and معمر → MR; a leading vowel also kept as A: Ali → AL). The dictionary's `skeletons` are recomputed with it.
 */
/** The dictionary's `skeletons`, computed anew by the function as it now is, and their index. */
async function addSkeletonsColumn(db: QueryRunner): Promise<void> {
  await db.query(
    'ALTER TABLE persons.name_word ADD COLUMN skeletons text[] GENERATED ALWAYS AS (persons.name_skeletons(word)) STORED',
  );
  await db.query('CREATE INDEX name_word_skeletons ON persons.name_word USING gin (skeletons)');
}

export class WidenNameSkeletons1795478450000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE persons.name_word DROP COLUMN skeletons');
    await db.query(`
      CREATE OR REPLACE FUNCTION persons.name_skeletons(name text) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        DECLARE
          word text;
          readings text[];
          next_readings text[];
          reading text;
          choice text;
          rule record;
          codes text[] := '{}';
        BEGIN
          FOREACH word IN ARRAY string_to_array(name, ' ') LOOP
            CONTINUE WHEN word = '';
            word := replace(word, 'SCH', 'S');
            word := regexp_replace(word, 'DZH|DZ|DJ', 'J', 'g');
            word := regexp_replace(word, 'SZ|SH|ZH|CZ', 'S', 'g');
            word := replace(replace(replace(replace(word, 'TH', 'T'), 'DH', 'D'), 'GH', 'G'), 'PH', 'F');
            word := translate(replace(replace(word, 'CK', 'K'), 'X', 'KS'), 'QZ', 'KS');
            -- Each reading of an ambiguous letter; J before G, so that a G read as J is not read again.
            readings := ARRAY[word];
            FOR rule IN SELECT * FROM (VALUES ('KH', ARRAY['K', 'H']), ('CH', ARRAY['S', 'H']),
                                              ('C', ARRAY['K', 'S', 'TS']), ('J', ARRAY['J', '']),
                                              ('G', ARRAY['K', 'J']), ('V', ARRAY['V', ''])) AS r (letters, sounds) LOOP
              next_readings := '{}';
              FOREACH reading IN ARRAY readings LOOP
                IF position(rule.letters IN reading) = 0 THEN
                  next_readings := next_readings || reading;
                ELSE
                  FOREACH choice IN ARRAY rule.sounds LOOP
                    next_readings := next_readings || replace(reading, rule.letters, choice);
                  END LOOP;
                END IF;
              END LOOP;
              readings := next_readings;
            END LOOP;
            -- Without vowels, and with a leading vowel kept as A (Ali, and عمر written AMR, keep a code of two letters).
            FOREACH reading IN ARRAY readings LOOP
              codes := codes || ('#' || regexp_replace(regexp_replace(reading, '[AEIOUYW]', '', 'g'), '(.)\\1+', '\\1', 'g'));
              IF reading ~ '^[AEIOU]' THEN
                codes := codes || ('#A' || regexp_replace(regexp_replace(substr(reading, 2), '[AEIOUYW]', '', 'g'), '(.)\\1+', '\\1', 'g'));
              END IF;
            END LOOP;
          END LOOP;
          RETURN ARRAY(SELECT DISTINCT code FROM unnest(codes) AS code ORDER BY code);
        END $$`);
    await db.query(`
      COMMENT ON FUNCTION persons.name_skeletons(text) IS
        'Consonant skeletons of each word of a name, prefixed with #: one letter per sound, every reading of an ambiguous letter, no vowels'`);
    await addSkeletonsColumn(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE persons.name_word DROP COLUMN skeletons');
    await db.query('DROP FUNCTION persons.name_skeletons(text)');
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
    await addSkeletonsColumn(db);
  }
}
