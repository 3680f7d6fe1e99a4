import type { DocumentResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

// The documents subgraph owns Document; here it is only its holder, resolved through the visibility-checked loader.
export const Document: DocumentResolvers = {
  __resolveReference: (reference) => reference,
  holder: ({ holderId }, _args, { loaders }) => (holderId && isUuid(holderId) ? loaders.person.load(holderId) : null),
};
