import { IdSpace } from './random';

/** How many main records of each kind a seed of `size` records makes. */
export interface SeedCounts {
  persons: number;
  documents: number;
  vehicles: number;
  seizures: number;
}

/** Splits `size` main records 30 / 40 / 20 / 10 between persons, documents, vehicles and seizures. */
export function seedCounts(size: number): SeedCounts {
  const persons = Math.round(size * 0.3);
  const documents = Math.round(size * 0.4);
  const vehicles = Math.round(size * 0.2);
  return { persons, documents, vehicles, seizures: Math.max(0, size - persons - documents - vehicles) };
}

/** What every generator needs: the seed, the counts (to link to existing records) and the id spaces. */
export class SeedContext {
  readonly counts: SeedCounts;
  readonly personIds: IdSpace;
  readonly alertIds: IdSpace;
  readonly documentIds: IdSpace;
  readonly vehicleIds: IdSpace;
  readonly seizureIds: IdSpace;

  constructor(
    readonly seed: number,
    size: number,
  ) {
    this.counts = seedCounts(size);
    this.personIds = new IdSpace(seed, 'person');
    this.alertIds = new IdSpace(seed, 'alert');
    this.documentIds = new IdSpace(seed, 'document');
    this.vehicleIds = new IdSpace(seed, 'vehicle');
    this.seizureIds = new IdSpace(seed, 'seizure');
  }
}
