import { normalizePlate, normalizeVin } from '../../subgraphs/vehicles/src/search/normalize';
import type { SeedContext } from './context';
import type { CopyJob, RowBuffer } from './copy';
import { containerNumber, engineSerial, hin, pin, vin } from './identifiers';
import { plate } from './plates';
import { PROVENANCE_COLUMNS, provenance, provenanceValues } from './provenance';
import {
  DAY_MS,
  SEED_EPOCH,
  Weighted,
  chance,
  dayBetween,
  int,
  isoDate,
  pick,
  recordRandom,
  type Random,
} from './random';
import { OWNERS, cityIn, jurisdiction, readReferenceJson } from './reference';

type VehicleType =
  | 'CAR'
  | 'MOTORCYCLE'
  | 'TRUCK'
  | 'TRAILER'
  | 'CARAVAN'
  | 'BOAT'
  | 'BOAT_ENGINE'
  | 'CONTAINER'
  | 'CONSTRUCTION_MACHINE';

interface Make {
  make: string;
  weight: number;
  models: string[];
  market?: 'EU' | 'NA';
  wmi?: string[];
  pin?: string;
  hin?: string;
  serial?: string;
  owners?: string[];
}

interface VehicleFile {
  types: [VehicleType, number][];
  colours: [string, number][];
  makes: Record<VehicleType, Make[]>;
}

const DATA = readReferenceJson<VehicleFile>('vehicles.json');
const TYPES = new Weighted(DATA.types);
const COLOURS = new Weighted(DATA.colours);
const byWeight = (makes: Make[]) => new Weighted(makes.map((make) => [make, make.weight] as const));
const MAKES = Object.fromEntries(
  Object.entries(DATA.makes).map(([type, makes]) => [type, byWeight(makes.filter((make) => make.market !== 'NA'))]),
) as Record<VehicleType, Weighted<Make>>;
const NORTH_AMERICAN_CARS = byWeight(DATA.makes.CAR.filter((make) => make.market === 'NA'));

const STATUSES = new Weighted([
  ['STOLEN', 82],
  ['SOUGHT_FOR_SEIZURE', 10],
  ['USED_IN_CRIME', 8],
] as const);

// Road vehicles carry plates; boats, engines and containers are identified by their numbers alone.
const PLATED = new Set<VehicleType>(['CAR', 'MOTORCYCLE', 'TRUCK', 'TRAILER', 'CARAVAN']);

// Owners whose customs or border units record sought vehicles and containers, tried before the police.
const VEHICLE_AGENCIES = ['BKA', 'NCA', 'FBI', 'GC', 'KMAR', 'SG'];

function identifier(random: Random, type: VehicleType, make: Make, modelYear: number): string | null {
  switch (type) {
    case 'BOAT':
      return hin(random, make.hin ?? 'XX-XXX', modelYear);
    case 'BOAT_ENGINE':
      return engineSerial(random, make.serial ?? 'DDDDDDDD');
    case 'CONTAINER':
      return containerNumber(random, pick(random, make.owners ?? ['MSCU']));
    case 'CONSTRUCTION_MACHINE':
      return pin(random, make.pin ?? 'XXX');
    default:
      // Some older trailers and caravans are recorded without a VIN.
      return chance(random, 0.02) ? null : vin(random, pick(random, make.wmi ?? ['WVW']), modelYear);
  }
}

export const VEHICLE_COLUMNS = [
  ...PROVENANCE_COLUMNS,
  'vin',
  'vin_normalized',
  'registration_plate',
  'plate_normalized',
  'registration_country',
  'type',
  'make',
  'model',
  'model_year',
  'colour',
  'status',
  'theft_date',
  'theft_place',
  'holder_id',
] as const;

const SEED_YEAR = new Date(SEED_EPOCH).getUTCFullYear();

function addVehicle(context: SeedContext, index: number, rows: RowBuffer): void {
  const random = recordRandom(context.seed, 'vehicle', index);
  const owner = OWNERS.draw(random).code;
  const registrationCountry = chance(random, 0.85) ? owner : OWNERS.draw(random).code;
  const type = TYPES.draw(random);
  const northAmerica = type === 'CAR' && (registrationCountry === 'US' || registrationCountry === 'CA');
  const make = (northAmerica ? NORTH_AMERICAN_CARS : MAKES[type]).draw(random);
  const modelYear = SEED_YEAR - Math.min(int(random, 0, 12), int(random, 0, 25)) - 1;
  const id = identifier(random, type, make, modelYear);
  const registrationPlate =
    PLATED.has(type) || (type === 'CONSTRUCTION_MACHINE' && chance(random, 0.2))
      ? plate(random, registrationCountry)
      : null;
  const status = STATUSES.draw(random);
  const theftMs =
    status === 'STOLEN'
      ? dayBetween(random, Math.max(Date.UTC(modelYear, 6, 1), Date.UTC(2014, 0, 1)), SEED_EPOCH - DAY_MS)
      : null;
  const theftPlace =
    theftMs !== null && chance(random, 0.92) ? cityIn(random, chance(random, 0.8) ? registrationCountry : owner) : null;
  const persons = context.counts.persons;
  const holderId =
    type !== 'CONTAINER' && persons && chance(random, 0.75) ? context.personIds.id(int(random, 0, persons - 1)) : null;
  const block = provenance(random, {
    owner: jurisdiction(owner),
    series: 'vehicle',
    index,
    eventMs: theftMs ?? dayBetween(random, Date.UTC(2016, 0, 1), SEED_EPOCH - 30 * DAY_MS),
    preferAgencies: type === 'CONTAINER' || type === 'BOAT' ? ['TULL', 'TULLI', 'GDF', 'KMAR', 'GC'] : VEHICLE_AGENCIES,
  });
  rows.add([
    ...provenanceValues(context.vehicleIds.id(index), block),
    id,
    id === null ? null : normalizeVin(id),
    registrationPlate,
    registrationPlate === null ? null : normalizePlate(registrationPlate),
    type === 'CONTAINER' ? null : registrationCountry,
    type,
    make.make,
    pick(random, make.models),
    type === 'CONTAINER' ? null : modelYear,
    COLOURS.draw(random),
    status,
    theftMs === null ? null : isoDate(theftMs),
    theftPlace,
    holderId,
  ]);
}

export function vehicleJob(context: SeedContext): CopyJob {
  return {
    table: 'vehicles.vehicle',
    columns: VEHICLE_COLUMNS,
    steps: context.counts.vehicles,
    produce: (index, rows) => addVehicle(context, index, rows),
  };
}
