import type { MutationResolvers } from '../generated/graphql';
import { recordMutations } from '../../../../shared/writes';
import { VEHICLE_KIND } from '../writes';

const vehicles = recordMutations(VEHICLE_KIND);

// Owner-only writes: roles, validation, one transaction, versions and audit are shared/writes.ts's.
export const Mutation: MutationResolvers = {
  createVehicle: (_parent, { input }, context) => vehicles.create(input, context),
  updateVehicle: (_parent, { id, input }, context) => vehicles.update(id, input, context),
  revokeVehicle: (_parent, { id, reason }, context) => vehicles.revoke(id, reason, context),
};
