import type { DocumentResolvers, DocumentSearchHitResolvers } from '../generated/graphql';
import { provenanceResolvers } from '../../../../shared/provenance';
import { isUuid } from '../../../../shared/validation';
import { versionsForOwner } from '../../../../shared/versions';
import { sealLinkId } from '../../../../shared/link-ids';

export const Document: DocumentResolvers = {
  ...provenanceResolvers,
  // Unknown or malformed keys resolve to null rather than failing the whole _entities batch.
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.document.load(id.toLowerCase()) : null),
  versions: (document, _args, { principal, loaders }) => versionsForOwner(document, principal, loaders.versions),
  // Sealed for the persons subgraph, which decides whether the caller sees the holder (shared/link-ids.ts).
  holderId: (document, _args, { principal }) => document.holderId && sealLinkId(document.holderId, principal),
};

export const DocumentSearchHit: DocumentSearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loaders.document.load(hit.id))!,
};
