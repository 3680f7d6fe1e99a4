// What a centre needs to serve border posts (issue 15, item 3), version 1. An audit row written at a border post
// arrives at the centre with the border post's name and its id there: a unique pair, so that a row shipped twice
// (the link failed after the centre committed) is kept once. A record table published to border posts with row
// filters logs whole old rows (REPLICA IDENTITY FULL): PostgreSQL filters an UPDATE or DELETE on its old row too, so
// a record that stops being visible to a border post (revoked, restricted) is deleted there.
// Frozen: a later change gets a migration of its own.
import type { SearchSubgraphName } from '../shared/schema';

export function addAuditOriginV1(schema: SearchSubgraphName): string[] {
  return [
    `ALTER TABLE ${schema}.audit_event ADD COLUMN border_post varchar(64), ADD COLUMN border_audit_id bigint`,
    `CREATE UNIQUE INDEX audit_event_border_origin ON ${schema}.audit_event (border_post, border_audit_id)
       WHERE border_post IS NOT NULL`,
  ];
}

export function dropAuditOriginV1(schema: SearchSubgraphName): string[] {
  return [
    `DROP INDEX ${schema}.audit_event_border_origin`,
    `ALTER TABLE ${schema}.audit_event DROP COLUMN border_post, DROP COLUMN border_audit_id`,
  ];
}

export function fullReplicaIdentityV1(table: string): string[] {
  return [`ALTER TABLE ${table} REPLICA IDENTITY FULL`];
}

export function defaultReplicaIdentityV1(table: string): string[] {
  return [`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`];
}

/**
 * Which border posts may hold a person, on the person, its names and its alerts (`border_visibility`: NULL for none,
 * `{*}` for all, else the jurisdictions), because a publication's row filter sees only its own table's columns: a
 * person goes to border posts when it has an alert, is shared with the post's jurisdiction and is not revoked. Kept by
 * triggers, so every way of writing (writes, imports, the seed's COPY) keeps it: a person's own columns on update, its
 * alerts added or removed, and its names added; a change of the person's value is copied to its names and alerts.
 */
export function personBorderVisibilityV1(): string[] {
  const value = (p: string, alerted: string) =>
    `persons.border_visibility(${p}.owner_jurisdiction, ${p}.sharing, ${p}.shared_with, ${p}.revoked_at, ${alerted})`;
  const alerted = (p: string) => `EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = ${p}.id)`;
  return [
    ...['person', 'person_name', 'alert'].map(
      (table) => `ALTER TABLE persons.${table} ADD COLUMN border_visibility varchar[]`,
    ),
    `CREATE FUNCTION persons.border_visibility(owner char(2), sharing varchar, shared_with varchar[],
       revoked_at timestamptz, alerted boolean) RETURNS varchar[] LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN revoked_at IS NOT NULL OR NOT alerted THEN NULL
                   WHEN sharing = 'ALL_JURISDICTIONS' THEN ARRAY['*']::varchar[]
                   WHEN sharing = 'LISTED_JURISDICTIONS' THEN ARRAY[owner::varchar] || shared_with
                   ELSE ARRAY[owner::varchar] END $$`,
    // The person's own columns changed (sharing, revocation): its value follows before the row is written.
    `CREATE FUNCTION persons.person_border_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       NEW.border_visibility := ${value('NEW', alerted('NEW'))};
       RETURN NEW;
     END $$`,
    `CREATE TRIGGER person_sets_border_visibility BEFORE UPDATE ON persons.person
       FOR EACH ROW EXECUTE FUNCTION persons.person_border_visibility()`,
    // A person's value changed (set by the statement, or by the trigger above): its names and alerts carry it too.
    `CREATE FUNCTION persons.person_border_visibility_copied() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE persons.person_name SET border_visibility = NEW.border_visibility WHERE person_id = NEW.id;
       UPDATE persons.alert SET border_visibility = NEW.border_visibility WHERE person_id = NEW.id;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER person_copies_border_visibility AFTER UPDATE ON persons.person
       FOR EACH ROW WHEN (OLD.border_visibility IS DISTINCT FROM NEW.border_visibility)
       EXECUTE FUNCTION persons.person_border_visibility_copied()`,
    // Alerts added or removed: the persons they belong to are looked at again; new alerts take their person's value.
    `CREATE FUNCTION persons.alerts_border_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE persons.person p SET border_visibility = ${value('p', alerted('p'))}
        WHERE p.id IN (SELECT person_id FROM changed_alerts)
          AND p.border_visibility IS DISTINCT FROM ${value('p', alerted('p'))};
       IF TG_OP = 'INSERT' THEN
         UPDATE persons.alert a SET border_visibility = p.border_visibility
           FROM changed_alerts c JOIN persons.person p ON p.id = c.person_id
          WHERE a.id = c.id AND a.border_visibility IS DISTINCT FROM p.border_visibility;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER alert_added_border_visibility AFTER INSERT ON persons.alert
       REFERENCING NEW TABLE AS changed_alerts FOR EACH STATEMENT EXECUTE FUNCTION persons.alerts_border_visibility()`,
    `CREATE TRIGGER alert_removed_border_visibility AFTER DELETE ON persons.alert
       REFERENCING OLD TABLE AS changed_alerts FOR EACH STATEMENT EXECUTE FUNCTION persons.alerts_border_visibility()`,
    // Names added to a person who goes to border posts take its value.
    `CREATE FUNCTION persons.names_border_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE persons.person_name n SET border_visibility = p.border_visibility
         FROM added_names a JOIN persons.person p ON p.id = a.person_id
        WHERE n.person_id = a.person_id AND n.ordinal = a.ordinal AND p.border_visibility IS NOT NULL;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER person_name_border_visibility AFTER INSERT ON persons.person_name
       REFERENCING NEW TABLE AS added_names FOR EACH STATEMENT EXECUTE FUNCTION persons.names_border_visibility()`,
    // The persons, names and alerts there are now.
    `UPDATE persons.person p SET border_visibility = ${value('p', 'true')}
      WHERE EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = p.id) AND p.revoked_at IS NULL`,
    ...['person', 'person_name', 'alert'].map((table) => `ALTER TABLE persons.${table} REPLICA IDENTITY FULL`),
  ];
}

export function dropPersonBorderVisibilityV1(): string[] {
  return [
    ...['person', 'person_name', 'alert'].map((table) => `ALTER TABLE persons.${table} REPLICA IDENTITY DEFAULT`),
    'DROP TRIGGER person_name_border_visibility ON persons.person_name',
    'DROP FUNCTION persons.names_border_visibility()',
    'DROP TRIGGER alert_removed_border_visibility ON persons.alert',
    'DROP TRIGGER alert_added_border_visibility ON persons.alert',
    'DROP FUNCTION persons.alerts_border_visibility()',
    'DROP TRIGGER person_copies_border_visibility ON persons.person',
    'DROP FUNCTION persons.person_border_visibility_copied()',
    'DROP TRIGGER person_sets_border_visibility ON persons.person',
    'DROP FUNCTION persons.person_border_visibility()',
    'DROP FUNCTION persons.border_visibility(char, varchar, varchar[], timestamptz, boolean)',
    ...['person', 'person_name', 'alert'].map((table) => `ALTER TABLE persons.${table} DROP COLUMN border_visibility`),
  ];
}
