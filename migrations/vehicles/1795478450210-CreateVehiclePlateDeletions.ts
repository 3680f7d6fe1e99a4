import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DELETION_TABLES_V1, addDeletionTableV1, removeDeletionTableV1 } from '../identifier-deletions';

/** Plates with a typo: the deletion keys of every current vehicle's normalized plate, kept by triggers. */
export class CreateVehiclePlateDeletions1795478450210 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await addDeletionTableV1(db, DELETION_TABLES_V1.vehiclePlate);
  }

  async down(db: QueryRunner): Promise<void> {
    await removeDeletionTableV1(db, DELETION_TABLES_V1.vehiclePlate);
  }
}
