import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per (person, name key) with the person's year of birth: the bounded way for `checkPerson` with a date of
 * birth to find the namesakes born when the item says, reading index entries only. Without it the check read every
 * holder of the name key to test the date: at 10M records the most common key has ~250 holders. Kept by statement
 * triggers on `person_name` (names added, removed) and row triggers on a name's key or person changed and on a person's
 * year of birth changed, which other updates (a border visibility copied to every name) never fire; a person's removal
 * takes its rows with it (foreign key).
 */
export class IndexNameKeysByBirthYear1795478450300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persons.name_key_birth_year (
        person_id uuid NOT NULL REFERENCES persons.person (id) ON DELETE CASCADE,
        name_key text NOT NULL,
        birth_year smallint
      )`);
    await db.query(`
      INSERT INTO persons.name_key_birth_year (person_id, name_key, birth_year)
      SELECT DISTINCT pn.person_id, pn.name_key, p.dob_year
        FROM persons.person_name pn JOIN persons.person p ON p.id = pn.person_id`);
    await db.query('ALTER TABLE persons.name_key_birth_year ADD PRIMARY KEY (person_id, name_key)');
    await db.query(`
      CREATE INDEX name_key_birth_year_key ON persons.name_key_birth_year (name_key, birth_year, person_id)`);
    // Rebuilds the rows of the persons `person_ids` from their names and year of birth.
    await db.query(`
      CREATE FUNCTION persons.rebuild_name_key_birth_years(person_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM persons.name_key_birth_year WHERE person_id = ANY(person_ids);
        INSERT INTO persons.name_key_birth_year (person_id, name_key, birth_year)
        SELECT DISTINCT pn.person_id, pn.name_key, p.dob_year
          FROM persons.person_name pn JOIN persons.person p ON p.id = pn.person_id
         WHERE pn.person_id = ANY(person_ids)
        ON CONFLICT DO NOTHING;
      $$`);
    await db.query(`
      CREATE FUNCTION persons.name_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            -- Added names only add keys: the seed's and the import's loads stay one INSERT.
            INSERT INTO persons.name_key_birth_year (person_id, name_key, birth_year)
            SELECT DISTINCT a.person_id, a.name_key, p.dob_year
              FROM added_names a JOIN persons.person p ON p.id = a.person_id
            ON CONFLICT DO NOTHING;
          ELSE
            PERFORM persons.rebuild_name_key_birth_years(ARRAY(SELECT DISTINCT person_id FROM removed_names));
          END IF;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE FUNCTION persons.name_key_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM persons.rebuild_name_key_birth_years(ARRAY[OLD.person_id, NEW.person_id]);
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE FUNCTION persons.birth_year_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE persons.name_key_birth_year SET birth_year = NEW.dob_year WHERE person_id = NEW.id;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE TRIGGER person_name_adds_birth_years AFTER INSERT ON persons.person_name
        REFERENCING NEW TABLE AS added_names FOR EACH STATEMENT EXECUTE FUNCTION persons.name_keys_changed()`);
    await db.query(`
      CREATE TRIGGER person_name_removes_birth_years AFTER DELETE ON persons.person_name
        REFERENCING OLD TABLE AS removed_names FOR EACH STATEMENT EXECUTE FUNCTION persons.name_keys_changed()`);
    await db.query(`
      CREATE TRIGGER person_name_changes_birth_years AFTER UPDATE OF person_id, name_key ON persons.person_name
        FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.name_key IS DISTINCT FROM NEW.name_key)
        EXECUTE FUNCTION persons.name_key_changed()`);
    await db.query(`
      CREATE TRIGGER person_changes_birth_years AFTER UPDATE OF dob_year ON persons.person
        FOR EACH ROW WHEN (OLD.dob_year IS DISTINCT FROM NEW.dob_year) EXECUTE FUNCTION persons.birth_year_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER person_changes_birth_years ON persons.person');
    await db.query('DROP TRIGGER person_name_changes_birth_years ON persons.person_name');
    await db.query('DROP TRIGGER person_name_removes_birth_years ON persons.person_name');
    await db.query('DROP TRIGGER person_name_adds_birth_years ON persons.person_name');
    await db.query('DROP FUNCTION persons.birth_year_changed()');
    await db.query('DROP FUNCTION persons.name_key_changed()');
    await db.query('DROP FUNCTION persons.name_keys_changed()');
    await db.query('DROP FUNCTION persons.rebuild_name_key_birth_years(uuid[])');
    await db.query('DROP TABLE persons.name_key_birth_year');
  }
}
