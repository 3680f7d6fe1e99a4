// The append-only audit log every subgraph keeps in its own schema (SPEC 5.2), version 1. Frozen: a later change
// gets a migration of its own. UPDATE, DELETE and TRUNCATE are refused by triggers and revoked from PUBLIC.
export function createAuditLogV1(schema: string): string[] {
  return [
    `CREATE TABLE ${schema}.audit_event (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       occurred_at timestamptz NOT NULL DEFAULT now(),
       request_id varchar NOT NULL,
       user_id varchar NOT NULL,
       agency varchar NOT NULL,
       jurisdiction char(2) NOT NULL,
       purpose varchar,
       operation varchar NOT NULL,
       criteria jsonb NOT NULL DEFAULT '{}',
       record_ids uuid[] NOT NULL DEFAULT '{}'
     )`,
    `CREATE INDEX audit_event_occurred_at ON ${schema}.audit_event (occurred_at)`,
    `CREATE INDEX audit_event_record_ids ON ${schema}.audit_event USING gin (record_ids)`,
    `CREATE FUNCTION ${schema}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`,
    `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON ${schema}.audit_event
       FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_audit_change()`,
    `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON ${schema}.audit_event
       FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_audit_change()`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}.audit_event FROM PUBLIC`,
  ];
}

/** Version 2: the client's own request id beside the one Liaison made (`request_id`), never instead of it. */
export function addClientRequestId(schema: string): string {
  return `ALTER TABLE ${schema}.audit_event ADD COLUMN client_request_id varchar(64)`;
}

export function dropClientRequestId(schema: string): string {
  return `ALTER TABLE ${schema}.audit_event DROP COLUMN client_request_id`;
}

export function dropAuditLogV1(schema: string): string[] {
  return [`DROP TABLE ${schema}.audit_event`, `DROP FUNCTION ${schema}.refuse_audit_change()`];
}
