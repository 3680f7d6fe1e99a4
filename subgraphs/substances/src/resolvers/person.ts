import type { PersonResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

export const Person: PersonResolvers = {
  // Persons live in the persons subgraph: any well-formed id is a valid reference here, without a database call.
  __resolveReference: (reference) => (isUuid(reference.id) ? { ...reference, id: reference.id.toLowerCase() } : null),
  seizures: (person, _args, { loaders }) => loaders.seizuresByPerson.load(person.id),
};
