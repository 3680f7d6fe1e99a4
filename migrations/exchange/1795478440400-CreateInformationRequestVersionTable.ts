import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every state of an information request, written with each change; append-only like the audit log. */
export class CreateInformationRequestVersionTable1795478440400 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.information_request_version (
        request_id uuid NOT NULL REFERENCES exchange.information_request (id),
        version int NOT NULL CHECK (version > 0),
        change varchar NOT NULL CHECK (change IN ('REQUESTED', 'FORWARDED', 'ANSWERED', 'REFUSED', 'CLOSED')),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by varchar NOT NULL,
        agency varchar NOT NULL,
        jurisdiction char(2) NOT NULL,
        purpose varchar,
        note varchar,
        data jsonb NOT NULL,
        PRIMARY KEY (request_id, version)
      )`);
    await db.query(`CREATE FUNCTION exchange.refuse_request_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'information request versions are append-only'; END $$`);
    await db.query(`CREATE TRIGGER information_request_version_append_only
       BEFORE UPDATE OR DELETE ON exchange.information_request_version
       FOR EACH ROW EXECUTE FUNCTION exchange.refuse_request_version_change()`);
    await db.query(`CREATE TRIGGER information_request_version_no_truncate
       BEFORE TRUNCATE ON exchange.information_request_version
       FOR EACH STATEMENT EXECUTE FUNCTION exchange.refuse_request_version_change()`);
    await db.query('REVOKE UPDATE, DELETE, TRUNCATE ON exchange.information_request_version FROM PUBLIC');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exchange.information_request_version');
    await db.query('DROP FUNCTION exchange.refuse_request_version_change()');
  }
}
