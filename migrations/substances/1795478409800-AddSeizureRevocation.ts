import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRevocationColumnsV1, dropRevocationColumnsV1 } from '../revocation-columns';

export class AddSeizureRevocation1795478409800 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addRevocationColumnsV1('substances.seizure')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRevocationColumnsV1('substances.seizure')) await db.query(statement);
  }
}
