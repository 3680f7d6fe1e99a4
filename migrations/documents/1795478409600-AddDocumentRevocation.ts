import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRevocationColumnsV1, dropRevocationColumnsV1 } from '../revocation-columns';

export class AddDocumentRevocation1795478409600 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of addRevocationColumnsV1('documents.document')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropRevocationColumnsV1('documents.document')) await db.query(statement);
  }
}
