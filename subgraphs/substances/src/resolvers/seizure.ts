import type { SeizureResolvers, SeizureSearchHitResolvers } from '../generated/graphql';
import { provenanceResolvers } from '../../../../shared/provenance';
import { isUuid } from '../../../../shared/validation';
import { versionsForOwner } from '../../../../shared/versions';
import { sealLinkId } from '../../../../shared/link-ids';
import { catalogueSubstance } from '../catalogue';

export const Seizure: SeizureResolvers = {
  ...provenanceResolvers,
  // Unknown or malformed keys resolve to null rather than failing the whole _entities batch.
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.seizure.load(id.toLowerCase()) : null),
  // The foreign key guarantees the substance exists, and it comes from the catalogue.
  substance: (seizure) => catalogueSubstance(seizure.substanceId)!,
  route: (seizure) => ({
    origin: seizure.routeOrigin,
    transit: seizure.routeTransit,
    destination: seizure.routeDestination,
  }),
  // Only the persons and vehicles subgraphs read these (`@requires`), sealed for them: they decide which linked
  // records the caller sees.
  personIds: async (seizure, _args, { loaders, principal }) =>
    (await loaders.personIdsBySeizure.load(seizure.id)).map((id) => sealLinkId(id, principal)),
  vehicleIds: async (seizure, _args, { loaders, principal }) =>
    (await loaders.vehicleIdsBySeizure.load(seizure.id)).map((id) => sealLinkId(id, principal)),
  versions: (seizure, _args, { principal, loaders }) => versionsForOwner(seizure, principal, loaders.versions),
};

export const SeizureSearchHit: SeizureSearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loaders.seizure.load(hit.id))!,
};
