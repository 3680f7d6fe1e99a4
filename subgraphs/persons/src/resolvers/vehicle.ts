import type { VehicleResolvers } from '../generated/graphql';
import { openLinkId } from '../../../../shared/link-ids';

// The vehicles subgraph owns Vehicle; here it is only its holder, resolved through the visibility-checked loader.
export const Vehicle: VehicleResolvers = {
  __resolveReference: (reference) => reference,
  holder: ({ holderId }, _args, { loaders, principal }) => {
    const id = openLinkId(holderId, principal);
    return id ? loaders.person.load(id) : null;
  },
};
