import { runCheck } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import { parseCountry } from '../../../../shared/validation';
import { normalizePlate, normalizeVin } from './normalize';

const ACTION_ON_HIT: Record<string, string> = {
  STOLEN: 'Stop the vehicle, secure it and contact the owner quoting the reference.',
  SOUGHT_FOR_SEIZURE: 'Seize the vehicle and contact the owner quoting the reference.',
  USED_IN_CRIME: 'Discreetly report the sighting to the owner quoting the reference; do not seize unless told.',
};

/** `checkVehicle`: a VIN, or a plate with its registration country. */
export function checkVehicle(
  context: RequestContext<unknown>,
  args: { vin?: string | null; plate?: string | null; registrationCountry?: string | null },
) {
  const vin = args.vin ? normalizeVin(args.vin) : undefined;
  const plate = args.plate ? normalizePlate(args.plate) : undefined;
  if (vin !== undefined && vin.length < 6) throw badUserInput('vin must hold at least 6 letters or digits', 'vin');
  if (!vin && !plate) throw badUserInput('give a vin, or a plate and its registrationCountry', 'vin');
  const country = parseCountry(args.registrationCountry, 'registrationCountry');
  if (!vin && !country) throw badUserInput('a plate is checked within its registrationCountry', 'registrationCountry');
  return runCheck(context, {
    table: 'vehicles.vehicle',
    condition: (params) =>
      vin
        ? `r.vin_normalized = ${params.add(vin)}`
        : `r.plate_normalized = ${params.add(plate)} AND r.registration_country = ${params.add(country)}`,
    actionOnHit: (status) => ACTION_ON_HIT[status] ?? 'Contact the owner quoting the reference.',
  });
}
