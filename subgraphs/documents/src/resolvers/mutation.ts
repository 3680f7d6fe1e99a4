import type { MutationResolvers } from '../generated/graphql';
import { recordMutations } from '../../../../shared/writes';
import { DOCUMENT_KIND } from '../writes';

const documents = recordMutations(DOCUMENT_KIND);

// Owner-only writes: roles, validation, one transaction, versions and audit are shared/writes.ts's.
export const Mutation: MutationResolvers = {
  createDocument: (_parent, { input }, context) => documents.create(input, context),
  updateDocument: (_parent, { id, input }, context) => documents.update(id, input, context),
  revokeDocument: (_parent, { id, reason }, context) => documents.revoke(id, reason, context),
};
