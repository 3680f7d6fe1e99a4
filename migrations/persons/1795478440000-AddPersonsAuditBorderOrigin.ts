import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditOriginV1, dropAuditOriginV1 } from '../border-post';

/** persons audit rows shipped from a border post keep its name and their id there, once each. */
export class AddPersonsAuditBorderOrigin1795478440000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addAuditOriginV1('persons')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropAuditOriginV1('persons')) await db.query(statement);
  }
}
