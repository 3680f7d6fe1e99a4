import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type ValueTransformer,
} from 'typeorm';
import { ProvenanceColumns } from '../../../shared/provenance';

export type Convention = 'UN_1961' | 'UN_1971';
export type ScheduleNumber = 'I' | 'II' | 'III' | 'IV';
export type SubstanceNameKind = 'NAME' | 'SYNONYM' | 'STREET_NAME';
export type QuantityUnit = 'KG' | 'G' | 'L' | 'TABLETS' | 'UNITS';
export type SubstanceForm = 'POWDER' | 'CRYSTAL' | 'TABLET' | 'LIQUID' | 'PLANT' | 'RESIN' | 'PASTE' | 'BLOTTER';

export interface ScheduleEntry {
  convention: Convention;
  schedule: ScheduleNumber;
}

// node-postgres returns numeric as a string to keep precision; quantities and purities fit a double.
const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ schema: 'substances', name: 'substance' })
export class SubstanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ name: 'cas_number', type: 'varchar', nullable: true })
  casNumber!: string | null;

  @Column({ type: 'jsonb' })
  schedules!: ScheduleEntry[];

  /** Typical mass of one tablet or unit, to convert counted seizures to kilograms. */
  @Column({ name: 'unit_mass_kg', type: 'numeric', nullable: true, transformer: numeric })
  unitMassKg!: number | null;
}

@Entity({ schema: 'substances', name: 'substance_name' })
export class SubstanceNameEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'substance_id', type: 'uuid' })
  substanceId!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Column({ type: 'char', length: 2 })
  language!: string;

  @Column({ type: 'varchar' })
  kind!: SubstanceNameKind;

  /** The name folded by foldSubstanceName, for equality and trigram search. */
  @Column({ type: 'varchar' })
  normalized!: string;
}

@Entity({ schema: 'substances', name: 'seizure' })
export class SeizureEntity extends ProvenanceColumns {
  @Column({ name: 'substance_id', type: 'uuid' })
  substanceId!: string;

  @Column({ type: 'numeric', transformer: numeric })
  quantity!: number;

  @Column({ type: 'varchar' })
  unit!: QuantityUnit;

  @Column({ name: 'quantity_kg', type: 'numeric', transformer: numeric })
  quantityKg!: number;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  purity!: number | null;

  @Column({ type: 'varchar', nullable: true })
  form!: SubstanceForm | null;

  @Column({ name: 'seized_on', type: 'date' })
  seizedOn!: string;

  @Column({ type: 'varchar', nullable: true })
  place!: string | null;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ name: 'route_origin', type: 'varchar', array: true })
  routeOrigin!: string[];

  @Column({ name: 'route_transit', type: 'varchar', array: true })
  routeTransit!: string[];

  @Column({ name: 'route_destination', type: 'varchar', array: true })
  routeDestination!: string[];
}

@Entity({ schema: 'substances', name: 'seizure_person' })
export class SeizurePersonEntity {
  @PrimaryColumn({ name: 'seizure_id', type: 'uuid' })
  seizureId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  /** Joined by the seizuresByPerson loader only. */
  @ManyToOne(() => SeizureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seizure_id' })
  seizure?: SeizureEntity;
}

@Entity({ schema: 'substances', name: 'seizure_vehicle' })
export class SeizureVehicleEntity {
  @PrimaryColumn({ name: 'seizure_id', type: 'uuid' })
  seizureId!: string;

  @PrimaryColumn({ name: 'vehicle_id', type: 'uuid' })
  vehicleId!: string;

  /** Joined by the seizuresByVehicle loader only. */
  @ManyToOne(() => SeizureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seizure_id' })
  seizure?: SeizureEntity;
}

export const SUBSTANCES_ENTITIES = [
  SubstanceEntity,
  SubstanceNameEntity,
  SeizureEntity,
  SeizurePersonEntity,
  SeizureVehicleEntity,
];
