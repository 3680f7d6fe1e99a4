import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRevocationColumnsV1, dropRevocationColumnsV1 } from '../revocation-columns';

export class AddPersonRevocation1795478409500 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addRevocationColumnsV1('persons.person')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRevocationColumnsV1('persons.person')) await db.query(statement);
  }
}
