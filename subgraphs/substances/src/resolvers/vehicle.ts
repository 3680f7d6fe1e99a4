import type { VehicleResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

export const Vehicle: VehicleResolvers = {
  // Vehicles live in the vehicles subgraph: any well-formed id is a valid reference here, without a database call.
  __resolveReference: (reference) => (isUuid(reference.id) ? { ...reference, id: reference.id.toLowerCase() } : null),
  seizures: (vehicle, _args, { loaders }) => loaders.seizuresByVehicle.load(vehicle.id),
};
