import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hit notifications as the search subgraphs' relays ship them: one row per notification id (a redelivery is kept
 * once), numbered in arrival order (`sequence`), which is the feed's cursor.
 */
export class CreateHitNotificationTable1795478440100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.hit_notification (
        sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        record_type varchar NOT NULL CHECK (record_type IN ('Person', 'Document', 'Vehicle', 'Seizure')),
        record_id uuid NOT NULL,
        owner_jurisdiction char(2) NOT NULL,
        owner_agency_code varchar NOT NULL,
        owner_agency_name varchar NOT NULL,
        national_reference varchar NOT NULL,
        hit_by_agency varchar NOT NULL,
        hit_by_jurisdiction char(2) NOT NULL,
        hit_at timestamptz NOT NULL,
        operation varchar NOT NULL,
        purpose varchar,
        status varchar,
        action_on_hit varchar,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    // An owner's feed, read from a cursor on.
    await db.query('CREATE INDEX hit_notification_feed ON exchange.hit_notification (owner_jurisdiction, sequence)');
    // Whether a jurisdiction hit a record (who may ask its owner about it).
    await db.query(
      'CREATE INDEX hit_notification_record_hit_by ON exchange.hit_notification (record_id, hit_by_jurisdiction)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exchange.hit_notification');
  }
}
