import type { MigrationInterface, QueryRunner } from 'typeorm';
import { defaultReplicaIdentityV1, fullReplicaIdentityV1 } from '../border-post';

/** documents.document logs whole old rows, for the row filters of border posts' publications. */
export class DocumentsFullReplicaIdentity1795478440110 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of fullReplicaIdentityV1('documents.document')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of defaultReplicaIdentityV1('documents.document')) await db.query(statement);
  }
}
