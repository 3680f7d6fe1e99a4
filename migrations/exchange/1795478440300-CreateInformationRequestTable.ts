import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A request for more information about a record, from the jurisdiction that hit it to the one that owns it. */
export class CreateInformationRequestTable1795478440300 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.information_request (
        id uuid PRIMARY KEY,
        record_type varchar NOT NULL CHECK (record_type IN ('Person', 'Document', 'Vehicle', 'Seizure')),
        record_id uuid NOT NULL,
        national_reference varchar NOT NULL,
        question varchar NOT NULL,
        urgency varchar NOT NULL CHECK (urgency IN ('URGENT', 'NORMAL', 'ROUTINE')),
        handling_code varchar(2) NOT NULL CHECK (handling_code IN ('H0', 'H1', 'H2', 'H3')),
        purpose varchar NOT NULL,
        status varchar NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'REFUSED', 'CLOSED')),
        deadline timestamptz NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by varchar NOT NULL,
        requesting_agency varchar NOT NULL,
        requesting_jurisdiction char(2) NOT NULL,
        owner_jurisdiction char(2) NOT NULL,
        assigned_agency varchar NOT NULL,
        answer varchar,
        answer_handling_code varchar(2) CHECK (answer_handling_code IN ('H0', 'H1', 'H2', 'H3')),
        answered_at timestamptz,
        refusal_reason varchar,
        version int NOT NULL DEFAULT 1,
        CHECK (requesting_jurisdiction <> owner_jurisdiction)
      )`);
    // The owner's inbox, deadline first; the requester's sent requests, newest first; a record's requests.
    await db.query(
      'CREATE INDEX information_request_inbox ON exchange.information_request (owner_jurisdiction, deadline, id)',
    );
    await db.query(
      `CREATE INDEX information_request_sent ON exchange.information_request
         (requesting_jurisdiction, requested_at DESC, id)`,
    );
    await db.query('CREATE INDEX information_request_record ON exchange.information_request (record_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exchange.information_request');
  }
}
