// The version history every subgraph keeps of its records in its own schema (SPEC 5.2: every change is kept as a
// version), version 1. One row per create, update or revoke, written in the same transaction as the change, with
// who, when, why and the full state of the record after the change. Append-only like the audit log: UPDATE, DELETE
// and TRUNCATE are refused by triggers and revoked from PUBLIC. Frozen: a later change gets a migration of its own.
export function createRecordVersionV1(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.record_version (
       record_id uuid NOT NULL,
       version int NOT NULL CHECK (version > 0),
       change varchar NOT NULL CHECK (change IN ('CREATE', 'UPDATE', 'REVOKE')),
       changed_at timestamptz NOT NULL DEFAULT now(),
       user_id varchar NOT NULL,
       agency varchar NOT NULL,
       purpose varchar,
       data jsonb NOT NULL,
       PRIMARY KEY (record_id, version)
     )`,
    `CREATE INDEX record_version_changed_at ON ${schema}.record_version (changed_at)`,
    `CREATE FUNCTION ${schema}.refuse_record_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'record versions are append-only'; END $$`,
    `CREATE TRIGGER record_version_append_only BEFORE UPDATE OR DELETE ON ${schema}.record_version
       FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_record_version_change()`,
    `CREATE TRIGGER record_version_no_truncate BEFORE TRUNCATE ON ${schema}.record_version
       FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_record_version_change()`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}.record_version FROM PUBLIC`,
  ];
}

export function dropRecordVersionV1(schema: string): string[] {
  return [`DROP TABLE ${schema}.record_version`, `DROP FUNCTION ${schema}.refuse_record_version_change()`];
}
