import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per (alert kind, nationality, person): the bounded way to find the persons of one nationality holding an
 * alert of one kind (a criteria-only search). Neither index alone bounds it: at 10M records the persons of one
 * nationality number ~70,000 and the alerts of one kind ~60,000, while those holding both may be a few hundred. Kept by
 * statement triggers on `alert` (rows added, removed, changed) and `person` (nationalities changed); a person's
 * removal takes its rows with it (foreign key).
 */
export class IndexAlertKindsByNationality1795478450200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persons.alert_nationality (
        kind varchar NOT NULL,
        nationality varchar NOT NULL,
        person_id uuid NOT NULL REFERENCES persons.person (id) ON DELETE CASCADE
      )`);
    await db.query(`
      INSERT INTO persons.alert_nationality (kind, nationality, person_id)
      SELECT DISTINCT a.kind, n.nationality, a.person_id
        FROM persons.alert a JOIN persons.person p ON p.id = a.person_id, unnest(p.nationalities) AS n (nationality)`);
    await db.query('ALTER TABLE persons.alert_nationality ADD PRIMARY KEY (kind, nationality, person_id)');
    await db.query('CREATE INDEX alert_nationality_person ON persons.alert_nationality (person_id)');
    // Rebuilds the rows of the persons `person_ids` from their alerts and nationalities.
    await db.query(`
      CREATE FUNCTION persons.rebuild_alert_nationalities(person_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM persons.alert_nationality WHERE person_id = ANY(person_ids);
        INSERT INTO persons.alert_nationality (kind, nationality, person_id)
        SELECT DISTINCT a.kind, n.nationality, a.person_id
          FROM persons.alert a JOIN persons.person p ON p.id = a.person_id, unnest(p.nationalities) AS n (nationality)
         WHERE a.person_id = ANY(person_ids)
        ON CONFLICT DO NOTHING;
      $$`);
    await db.query(`
      CREATE FUNCTION persons.alerts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO persons.alert_nationality (kind, nationality, person_id)
            SELECT DISTINCT a.kind, n.nationality, a.person_id
              FROM added_alerts a JOIN persons.person p ON p.id = a.person_id,
                   unnest(p.nationalities) AS n (nationality)
            ON CONFLICT DO NOTHING;
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM persons.rebuild_alert_nationalities(ARRAY(SELECT DISTINCT person_id FROM removed_alerts));
          ELSE
            -- The persons an alert left and joined, when its kind or person changed.
            PERFORM persons.rebuild_alert_nationalities(ARRAY(
              SELECT DISTINCT unnest(ARRAY[o.person_id, a.person_id])
                FROM removed_alerts o JOIN added_alerts a ON a.id = o.id
               WHERE (a.kind, a.person_id) IS DISTINCT FROM (o.kind, o.person_id)));
          END IF;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE FUNCTION persons.nationalities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM persons.rebuild_alert_nationalities(ARRAY(
            SELECT n.id FROM old_persons o JOIN new_persons n ON n.id = o.id
             WHERE n.nationalities IS DISTINCT FROM o.nationalities));
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE TRIGGER alert_adds_nationalities AFTER INSERT ON persons.alert
        REFERENCING NEW TABLE AS added_alerts FOR EACH STATEMENT EXECUTE FUNCTION persons.alerts_changed()`);
    await db.query(`
      CREATE TRIGGER alert_removes_nationalities AFTER DELETE ON persons.alert
        REFERENCING OLD TABLE AS removed_alerts FOR EACH STATEMENT EXECUTE FUNCTION persons.alerts_changed()`);
    await db.query(`
      CREATE TRIGGER alert_changes_nationalities AFTER UPDATE ON persons.alert
        REFERENCING OLD TABLE AS removed_alerts NEW TABLE AS added_alerts
        FOR EACH STATEMENT EXECUTE FUNCTION persons.alerts_changed()`);
    await db.query(`
      CREATE TRIGGER person_changes_alert_nationalities AFTER UPDATE ON persons.person
        REFERENCING OLD TABLE AS old_persons NEW TABLE AS new_persons
        FOR EACH STATEMENT EXECUTE FUNCTION persons.nationalities_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER person_changes_alert_nationalities ON persons.person');
    await db.query('DROP TRIGGER alert_changes_nationalities ON persons.alert');
    await db.query('DROP TRIGGER alert_removes_nationalities ON persons.alert');
    await db.query('DROP TRIGGER alert_adds_nationalities ON persons.alert');
    await db.query('DROP FUNCTION persons.nationalities_changed()');
    await db.query('DROP FUNCTION persons.alerts_changed()');
    await db.query('DROP FUNCTION persons.rebuild_alert_nationalities(uuid[])');
    await db.query('DROP TABLE persons.alert_nationality');
  }
}
