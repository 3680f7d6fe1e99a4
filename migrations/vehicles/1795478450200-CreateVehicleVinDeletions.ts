import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DELETION_TABLES_V1, addDeletionTableV1, removeDeletionTableV1 } from '../identifier-deletions';

/** VINs with a typo: the deletion keys of every current vehicle's normalized VIN, kept by triggers. */
export class CreateVehicleVinDeletions1795478450200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await addDeletionTableV1(db, DELETION_TABLES_V1.vehicleVin, { keysFunction: true });
  }

  async down(db: QueryRunner): Promise<void> {
    await removeDeletionTableV1(db, DELETION_TABLES_V1.vehicleVin, { keysFunction: true });
  }
}
