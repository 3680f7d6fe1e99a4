import type { PersonResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

export const Person: PersonResolvers = {
  // Persons live in the persons subgraph: a well-formed key is enough to resolve the documents it holds.
  __resolveReference: (reference) => (isUuid(reference.id) ? { ...reference, id: reference.id.toLowerCase() } : null),
  documents: (person, _args, { loaders }) => loaders.documentsByHolder.load(person.id),
};
