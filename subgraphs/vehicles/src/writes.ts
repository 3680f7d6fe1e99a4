import { badUserInput } from '../../../shared/errors';
import type { RecordKind } from '../../../shared/writes';
import { VehicleEntity, type VehicleStatus, type VehicleType } from './entities';
import { normalizePlate, normalizeVin } from './search/normalize';
import { VIN_LENGTH } from './search/vin';

export const VEHICLE_TYPES: readonly VehicleType[] = [
  'CAR',
  'MOTORCYCLE',
  'TRUCK',
  'TRAILER',
  'CARAVAN',
  'BOAT',
  'BOAT_ENGINE',
  'CONTAINER',
  'CONSTRUCTION_MACHINE',
];
export const VEHICLE_STATUSES: readonly VehicleStatus[] = ['STOLEN', 'SOUGHT_FOR_SEIZURE', 'USED_IN_CRIME'];
/** The first motor car (Benz Patent-Motorwagen). */
const FIRST_MODEL_YEAR = 1886;

/** How vehicles are created, updated, revoked and imported (shared/writes.ts does the rest). */
export const VEHICLE_KIND: RecordKind<VehicleEntity> = {
  links: [{ field: 'holderId', type: 'Person' }],
  typeName: 'Vehicle',
  importType: 'vehicle',
  schema: 'vehicles',
  entity: VehicleEntity,
  fields: [
    'vin',
    'registrationPlate',
    'registrationCountry',
    'type',
    'make',
    'model',
    'modelYear',
    'colour',
    'status',
    'theftDate',
    'theftPlace',
    'holderId',
  ],

  parse(input) {
    const vin = input.string('vin', { max: 40 });
    const vinNormalized = vin === null ? null : normalizeVin(vin);
    if (vinNormalized !== null && vinNormalized.length < 4) {
      throw badUserInput(`${input.at('vin')} must hold at least 4 letters or digits`, input.at('vin'));
    }
    // The check digit is not checked here: it is compulsory only for North American VINs, and the owner records the
    // number the vehicle carries; searches say when it does not compute.
    if (vinNormalized?.length === VIN_LENGTH && /[IOQ]/.test(vinNormalized)) {
      throw badUserInput(
        `${input.at('vin')} is 17 characters long but holds I, O or Q, which no VIN does`,
        input.at('vin'),
      );
    }
    const registrationPlate = input.string('registrationPlate', { max: 20 });
    const plateNormalized = registrationPlate === null ? null : normalizePlate(registrationPlate);
    if (plateNormalized === '') {
      throw badUserInput(`${input.at('registrationPlate')} must hold letters or digits`, input.at('registrationPlate'));
    }
    const registrationCountry = input.country('registrationCountry');
    if (registrationPlate !== null && !registrationCountry) {
      throw badUserInput(
        `${input.at('registrationCountry')} is required with a registrationPlate: plates are unique per country only`,
        input.at('registrationCountry'),
      );
    }
    if (vin === null && registrationPlate === null) {
      throw badUserInput(
        `${input.at('vin')} or ${input.at('registrationPlate')} is required: a vehicle needs an identifier`,
        input.at('vin'),
      );
    }
    return {
      columns: {
        vin,
        vinNormalized,
        registrationPlate,
        plateNormalized,
        registrationCountry,
        type: input.enumOf('type', VEHICLE_TYPES, { required: true })!,
        make: input.string('make', { required: true, max: 100 })!,
        model: input.string('model', { max: 100 }),
        modelYear: input.integer('modelYear', { min: FIRST_MODEL_YEAR, max: new Date().getUTCFullYear() + 2 }),
        colour: input.string('colour', { max: 50 }),
        status: input.enumOf('status', VEHICLE_STATUSES, { required: true })!,
        theftDate: input.date('theftDate', { notInFuture: true }),
        theftPlace: input.string('theftPlace'),
        holderId: input.id('holderId'),
      },
    };
  },

  toInput: (record) => ({
    vin: record.vin,
    registrationPlate: record.registrationPlate,
    registrationCountry: record.registrationCountry,
    type: record.type,
    make: record.make,
    model: record.model,
    modelYear: record.modelYear,
    colour: record.colour,
    status: record.status,
    theftDate: record.theftDate,
    theftPlace: record.theftPlace,
    holderId: record.holderId,
  }),
};
