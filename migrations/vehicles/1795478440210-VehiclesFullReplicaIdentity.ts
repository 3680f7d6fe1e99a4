import type { MigrationInterface, QueryRunner } from 'typeorm';
import { defaultReplicaIdentityV1, fullReplicaIdentityV1 } from '../border-post';

/** vehicles.vehicle logs whole old rows, for the row filters of border posts' publications. */
export class VehiclesFullReplicaIdentity1795478440210 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const statement of fullReplicaIdentityV1('vehicles.vehicle')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of defaultReplicaIdentityV1('vehicles.vehicle')) await db.query(statement);
  }
}
