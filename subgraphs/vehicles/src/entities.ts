import { Column, Entity } from 'typeorm';
import { ProvenanceColumns } from '../../../shared/provenance';

export type VehicleType =
  | 'CAR'
  | 'MOTORCYCLE'
  | 'TRUCK'
  | 'TRAILER'
  | 'CARAVAN'
  | 'BOAT'
  | 'BOAT_ENGINE'
  | 'CONTAINER'
  | 'CONSTRUCTION_MACHINE';
export type VehicleStatus = 'STOLEN' | 'SOUGHT_FOR_SEIZURE' | 'USED_IN_CRIME';

@Entity({ schema: 'vehicles', name: 'vehicle' })
export class VehicleEntity extends ProvenanceColumns {
  /** The VIN (or hull or serial number) as the owner recorded it. */
  @Column({ type: 'varchar', nullable: true })
  vin!: string | null;

  /** `normalizeVin(vin)`, written with the record; searches compare on it. */
  @Column({ name: 'vin_normalized', type: 'varchar', nullable: true })
  vinNormalized!: string | null;

  /** The plate as printed. */
  @Column({ name: 'registration_plate', type: 'varchar', nullable: true })
  registrationPlate!: string | null;

  /** `normalizePlate(registrationPlate)`, written with the record; searches compare on it. */
  @Column({ name: 'plate_normalized', type: 'varchar', nullable: true })
  plateNormalized!: string | null;

  @Column({ name: 'registration_country', type: 'char', length: 2, nullable: true })
  registrationCountry!: string | null;

  @Column({ type: 'varchar' })
  type!: VehicleType;

  @Column({ type: 'varchar' })
  make!: string;

  @Column({ type: 'varchar', nullable: true })
  model!: string | null;

  @Column({ name: 'model_year', type: 'smallint', nullable: true })
  modelYear!: number | null;

  @Column({ type: 'varchar', nullable: true })
  colour!: string | null;

  @Column({ type: 'varchar' })
  status!: VehicleStatus;

  @Column({ name: 'theft_date', type: 'date', nullable: true })
  theftDate!: string | null;

  @Column({ name: 'theft_place', type: 'varchar', nullable: true })
  theftPlace!: string | null;

  /** The registered holder, a person the persons subgraph owns. */
  @Column({ name: 'holder_id', type: 'uuid', nullable: true })
  holderId!: string | null;
}

export const VEHICLES_ENTITIES = [VehicleEntity];
