import type { SeizureResolvers } from '../generated/graphql';
import type { VehicleEntity } from '../entities';
import { openLinkIds } from '../../../../shared/link-ids';

// The substances subgraph owns Seizure; here it is only its vehicles, of which the caller sees the visible ones.
export const Seizure: SeizureResolvers = {
  __resolveReference: (reference) => reference,
  vehicles: async ({ vehicleIds }, _args, { loaders, principal }) => {
    const vehicles = await Promise.all(openLinkIds(vehicleIds, principal).map((id) => loaders.vehicle.load(id)));
    return vehicles.filter((vehicle): vehicle is VehicleEntity => vehicle !== null);
  },
};
