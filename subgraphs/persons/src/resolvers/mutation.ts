import type { MutationResolvers } from '../generated/graphql';
import { recordMutations } from '../../../../shared/writes';
import { PERSON_KIND } from '../writes';

const persons = recordMutations(PERSON_KIND);

// Owner-only writes: roles, validation, one transaction, versions and audit are shared/writes.ts's.
export const Mutation: MutationResolvers = {
  createPerson: (_parent, { input }, context) => persons.create(input, context),
  updatePerson: (_parent, { id, input }, context) => persons.update(id, input, context),
  revokePerson: (_parent, { id, reason }, context) => persons.revoke(id, reason, context),
};
