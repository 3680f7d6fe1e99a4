import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropPersonBorderVisibilityV1, personBorderVisibilityV1 } from '../border-post';

/** Persons with alerts go to border posts: which ones, on the person, its names and its alerts, kept by triggers. */
export class AddPersonBorderVisibility1795478440010 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of personBorderVisibilityV1()) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropPersonBorderVisibilityV1()) await db.query(statement);
  }
}
