import type { MutationResolvers } from '../generated/graphql';
import { recordMutations } from '../../../../shared/writes';
import { SEIZURE_KIND } from '../writes';

const seizures = recordMutations(SEIZURE_KIND);

// Owner-only writes: roles, validation, one transaction, versions and audit are shared/writes.ts's.
export const Mutation: MutationResolvers = {
  createSeizure: (_parent, { input }, context) => seizures.create(input, context),
  updateSeizure: (_parent, { id, input }, context) => seizures.update(id, input, context),
  revokeSeizure: (_parent, { id, reason }, context) => seizures.revoke(id, reason, context),
};
