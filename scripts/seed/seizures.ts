import { SUBSTANCE_CATALOGUE, type CatalogueSubstance } from '../../subgraphs/substances/src/catalogue';
import type { QuantityUnit } from '../../subgraphs/substances/src/entities';
import { toKilograms } from '../../subgraphs/substances/src/search/normalize';
import type { SeedContext } from './context';
import type { CopyJob, RowBuffer } from './copy';
import { SEIZURE_PROFILES, type SeizureProfile } from './data/seizure-profiles';
import { PROVENANCE_COLUMNS, provenance, provenanceValues } from './provenance';
import {
  DAY_MS,
  SEED_EPOCH,
  Weighted,
  chance,
  dayBetween,
  int,
  isoDate,
  logUniform,
  pick,
  pickDistinct,
  recordRandom,
  type Random,
} from './random';
import { OWNERS, cityIn, isJurisdiction, jurisdiction } from './reference';

interface Seizable {
  substance: CatalogueSubstance;
  profile: SeizureProfile;
  lots: Weighted<SeizureProfile['lots'][number]>;
}

const SEIZABLE = new Weighted<Seizable>(
  SUBSTANCE_CATALOGUE.flatMap((substance) => {
    const profile = SEIZURE_PROFILES[substance.key as keyof typeof SEIZURE_PROFILES];
    if (!profile) return [];
    const lots = new Weighted(profile.lots.map((lot) => [lot, lot.weight] as const));
    return [[{ substance, profile, lots }, profile.weight] as [Seizable, number]];
  }),
);

// Drug seizures are mostly recorded by customs and drug units where the owner has them.
const DRUG_AGENCIES = ['TULL', 'TULLI', 'OFAST', 'GDF', 'DEA', 'GC', 'GNDOCB', 'KOM', 'SG', 'BKA', 'NCA'];

const DECIMALS: Record<QuantityUnit, number> = { KG: 3, G: 1, L: 2, TABLETS: 0, UNITS: 0 };

function quantityOf(random: Random, min: number, max: number, unit: QuantityUnit): number {
  const factor = 10 ** DECIMALS[unit];
  return Math.max(1, Math.round(logUniform(random, min, max) * factor)) / factor;
}

export const SEIZURE_COLUMNS = [
  ...PROVENANCE_COLUMNS,
  'substance_id',
  'quantity',
  'unit',
  'quantity_kg',
  'purity',
  'form',
  'seized_on',
  'place',
  'country',
  'route_origin',
  'route_transit',
  'route_destination',
] as const;

function addSeizure(context: SeedContext, index: number, rows: RowBuffer): void {
  const random = recordRandom(context.seed, 'seizure', index);
  const { substance, profile, lots } = SEIZABLE.draw(random);
  const lot = lots.draw(random);
  const quantity = quantityOf(random, lot.min, lot.max, lot.unit);
  const purity =
    profile.purity && chance(random, 0.7)
      ? Math.round((profile.purity[0] + random() * (profile.purity[1] - profile.purity[0])) * 100) / 100
      : null;

  const origin = pickDistinct(random, profile.origin, chance(random, 0.1) ? 2 : 1);
  const transit = pickDistinct(random, profile.transit, int(random, 0, Math.min(2, profile.transit.length)));
  const destination = pickDistinct(random, profile.destination, chance(random, 0.15) ? 2 : 1);
  // Seized on the way or on arrival, in a member jurisdiction; otherwise found inland anywhere.
  const onRoute = [...transit, ...destination].filter(isJurisdiction);
  const country = onRoute.length && chance(random, 0.85) ? pick(random, onRoute) : OWNERS.draw(random).code;
  const owner = chance(random, 0.92) ? country : OWNERS.draw(random).code;
  const seizedOn = dayBetween(random, Date.UTC(2015, 0, 1), SEED_EPOCH - DAY_MS);
  const place = chance(random, 0.95) ? cityIn(random, country) : null;

  const block = provenance(random, {
    owner: jurisdiction(owner),
    series: 'seizure',
    index,
    eventMs: seizedOn,
    preferAgencies: DRUG_AGENCIES,
  });
  rows.add([
    ...provenanceValues(context.seizureIds.id(index), block),
    substance.id,
    quantity,
    lot.unit,
    toKilograms(quantity, lot.unit, substance.unitMassKg),
    purity,
    lot.form,
    isoDate(seizedOn),
    place,
    country,
    origin,
    transit,
    destination,
  ]);
}

export function seizureJob(context: SeedContext): CopyJob {
  return {
    table: 'substances.seizure',
    columns: SEIZURE_COLUMNS,
    steps: context.counts.seizures,
    produce: (index, rows) => addSeizure(context, index, rows),
  };
}

const PERSONS_PER_SEIZURE = new Weighted([
  [0, 30],
  [1, 40],
  [2, 20],
  [3, 10],
] as const);
const VEHICLES_PER_SEIZURE = new Weighted([
  [0, 55],
  [1, 35],
  [2, 10],
] as const);

/** Persons linked to seizure `index`: 0 to 3 distinct existing persons, from the seizure's own link stream. */
export function seizurePersonJob(context: SeedContext): CopyJob {
  const persons = context.counts.persons;
  return {
    table: 'substances.seizure_person',
    columns: ['seizure_id', 'person_id'],
    steps: context.counts.seizures,
    produce: (index, rows) => {
      if (!persons) return;
      const random = recordRandom(context.seed, 'seizure-person', index);
      const linked = new Set<number>();
      for (let n = PERSONS_PER_SEIZURE.draw(random); n > 0; n--) linked.add(int(random, 0, persons - 1));
      const seizureId = context.seizureIds.id(index);
      for (const person of linked) rows.add([seizureId, context.personIds.id(person)]);
    },
  };
}

/** Vehicles linked to seizure `index`: 0 to 2 distinct existing vehicles. */
export function seizureVehicleJob(context: SeedContext): CopyJob {
  const vehicles = context.counts.vehicles;
  return {
    table: 'substances.seizure_vehicle',
    columns: ['seizure_id', 'vehicle_id'],
    steps: context.counts.seizures,
    produce: (index, rows) => {
      if (!vehicles) return;
      const random = recordRandom(context.seed, 'seizure-vehicle', index);
      const linked = new Set<number>();
      for (let n = VEHICLES_PER_SEIZURE.draw(random); n > 0; n--) linked.add(int(random, 0, vehicles - 1));
      const seizureId = context.seizureIds.id(index);
      for (const vehicle of linked) rows.add([seizureId, context.vehicleIds.id(vehicle)]);
    },
  };
}
