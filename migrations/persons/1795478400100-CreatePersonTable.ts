import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROVENANCE_COLUMNS_V1 } from '../provenance-columns';

export class CreatePersonTable1795478400100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persons.person (${PROVENANCE_COLUMNS_V1},
        family_name varchar NOT NULL,
        given_names varchar,
        family_name_latin varchar NOT NULL,
        given_names_latin varchar,
        script varchar NOT NULL CHECK (script IN ('LATIN', 'CYRILLIC', 'GREEK', 'ARABIC')),
        name_at_birth varchar,
        aliases varchar[] NOT NULL DEFAULT '{}',
        sex varchar NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'UNKNOWN')),
        dob_year smallint,
        dob_month smallint CHECK (dob_month BETWEEN 1 AND 12),
        dob_day smallint CHECK (dob_day BETWEEN 1 AND 31),
        place_of_birth varchar,
        country_of_birth char(2),
        nationalities varchar[] NOT NULL DEFAULT '{}',
        warning_markers varchar[] NOT NULL DEFAULT '{}',
        search_name text NOT NULL
      )`);
    await db.query('CREATE INDEX person_search_name_trgm ON persons.person USING gin (search_name gin_trgm_ops)');
    await db.query('CREATE INDEX person_dob ON persons.person (dob_year, dob_month, dob_day)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE persons.person');
  }
}
