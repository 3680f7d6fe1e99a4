import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexAlertKind1795478409910 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // The alert-kind filter finds its persons from the kind, and checks one person's alerts from the person.
    await db.query('CREATE INDEX alert_kind_person ON persons.alert (kind, person_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX persons.alert_kind_person');
  }
}
