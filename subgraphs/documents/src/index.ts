import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { DOCUMENTS_ENTITIES } from './entities';
import { createDocumentsLoaders } from './loaders';
import { resolvers } from './resolvers';
import { DOCUMENT_SEARCH_WARM_UP } from './search/document-search';
import { documentActionOnHit } from './search/check';

runReplicated('documents', () =>
  startSubgraph({
    name: 'documents',
    entities: DOCUMENTS_ENTITIES,
    resolvers,
    createLoaders: createDocumentsLoaders,
    servedAtBorderPosts: true,
    warmUp: DOCUMENT_SEARCH_WARM_UP,
    hitOutbox: { actionOnHit: documentActionOnHit },
  }),
);
