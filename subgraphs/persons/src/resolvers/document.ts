import type { DocumentResolvers } from '../generated/graphql';
import { openLinkId } from '../../../../shared/link-ids';

// The documents subgraph owns Document; here it is only its holder, resolved through the visibility-checked loader.
export const Document: DocumentResolvers = {
  __resolveReference: (reference) => reference,
  holder: ({ holderId }, _args, { loaders, principal }) => {
    const id = openLinkId(holderId, principal);
    return id ? loaders.person.load(id) : null;
  },
};
