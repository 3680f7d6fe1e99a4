import { runCheck, runChecks, type CheckDefinition } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import { parseCountry } from '../../../../shared/validation';
import type { VehicleCheckInput } from '../generated/graphql';
import { normalizePlate, normalizeVin } from './normalize';

const ACTION_ON_HIT: Record<string, string> = {
  STOLEN: 'Stop the vehicle, secure it and contact the owner quoting the reference.',
  SOUGHT_FOR_SEIZURE: 'Seize the vehicle and contact the owner quoting the reference.',
  USED_IN_CRIME: 'Discreetly report the sighting to the owner quoting the reference; do not seize unless told.',
};

/** A VIN, or (without a VIN) a plate with its registration country: an item gives the one or the other. */
const VEHICLE_CHECK: CheckDefinition<VehicleCheckInput> = {
  table: 'vehicles.vehicle',
  itemColumns: [
    ['vin', 'text'],
    ['plate', 'text'],
    ['registration_country', 'text'],
  ],
  readItem(input, argument) {
    const vin = input.vin ? normalizeVin(input.vin) : undefined;
    const plate = input.plate ? normalizePlate(input.plate) : undefined;
    if (vin !== undefined && vin.length < 6)
      throw badUserInput('vin must hold at least 6 letters or digits', argument('vin'));
    if (!vin && !plate) throw badUserInput('give a vin, or a plate and its registrationCountry', argument('vin'));
    const country = parseCountry(input.registrationCountry, argument('registrationCountry'));
    if (!vin && !country) {
      throw badUserInput('a plate is checked within its registrationCountry', argument('registrationCountry'));
    }
    return vin ? [vin, null, null] : [null, plate, country];
  },
  // Indexes `vehicle_vin_normalized` and `vehicle_plate_normalized` (a BitmapOr; the item's other branch is null).
  condition: `(r.vin_normalized = item.vin
               OR (r.plate_normalized = item.plate AND r.registration_country = item.registration_country))`,
  actionOnHit: (status) => ACTION_ON_HIT[status] ?? 'Contact the owner quoting the reference.',
};

/** `checkVehicle`: one vehicle. */
export function checkVehicle(context: RequestContext<unknown>, args: VehicleCheckInput) {
  return runCheck(context, VEHICLE_CHECK, args);
}

/** `checkVehicles`: up to 100 vehicles, one statement. */
export function checkVehicles(context: RequestContext<unknown>, items: readonly VehicleCheckInput[]) {
  return runChecks(context, 'checkVehicles', VEHICLE_CHECK, items);
}

/** What to do on a hit of a record in this status, as a check says it: the hit notifications say it too. */
export const vehicleActionOnHit = (status: string): string => VEHICLE_CHECK.actionOnHit(status);
