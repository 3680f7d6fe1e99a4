import type { SeizureResolvers } from '../generated/graphql';
import type { PersonEntity } from '../entities';
import { openLinkIds } from '../../../../shared/link-ids';

// The substances subgraph owns Seizure; here it is only its persons, of which the caller sees the visible ones.
export const Seizure: SeizureResolvers = {
  __resolveReference: (reference) => reference,
  persons: async ({ personIds }, _args, { loaders, principal }) => {
    const persons = await Promise.all(openLinkIds(personIds, principal).map((id) => loaders.person.load(id)));
    return persons.filter((person): person is PersonEntity => person !== null);
  },
};
