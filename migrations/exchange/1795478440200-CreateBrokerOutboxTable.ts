import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications still to publish on the message broker, queued in the transaction that stores them when a broker
 * is configured; the publisher deletes a row once the broker has acknowledged it.
 */
export class CreateBrokerOutboxTable1795478440200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.broker_outbox (
        notification_sequence bigint PRIMARY KEY REFERENCES exchange.hit_notification (sequence),
        queued_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exchange.broker_outbox');
  }
}
