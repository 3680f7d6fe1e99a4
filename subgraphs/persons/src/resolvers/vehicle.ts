import type { VehicleResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

// The vehicles subgraph owns Vehicle; here it is only its holder, resolved through the visibility-checked loader.
export const Vehicle: VehicleResolvers = {
  __resolveReference: (reference) => reference,
  holder: ({ holderId }, _args, { loaders }) => (holderId && isUuid(holderId) ? loaders.person.load(holderId) : null),
};
