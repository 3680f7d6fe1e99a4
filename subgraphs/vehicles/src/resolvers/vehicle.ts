import type { VehicleResolvers, VehicleSearchHitResolvers } from '../generated/graphql';
import { provenanceResolvers } from '../../../../shared/provenance';
import { isUuid } from '../../../../shared/validation';
import { versionsForOwner } from '../../../../shared/versions';
import { sealLinkId } from '../../../../shared/link-ids';

export const Vehicle: VehicleResolvers = {
  ...provenanceResolvers,
  // Unknown or malformed keys resolve to null rather than failing the whole _entities batch.
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.vehicle.load(id.toLowerCase()) : null),
  versions: (vehicle, _args, { principal, loaders }) => versionsForOwner(vehicle, principal, loaders.versions),
  // Sealed for the persons subgraph, which decides whether the caller sees the holder (shared/link-ids.ts).
  holderId: (vehicle, _args, { principal }) => vehicle.holderId && sealLinkId(vehicle.holderId, principal),
};

export const VehicleSearchHit: VehicleSearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loaders.vehicle.load(hit.id))!,
};
