import type { PersonResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

export const Person: PersonResolvers = {
  // Persons are owned by the persons subgraph: the key is all this subgraph needs, so no database call here.
  __resolveReference: ({ __typename, id }) => (isUuid(id) ? { __typename, id: id.toLowerCase() } : null),
  vehicles: ({ id }, _args, { loaders }) => loaders.vehiclesByHolder.load(id),
};
