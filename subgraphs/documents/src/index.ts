import { startSubgraph } from '../../../shared/subgraph';
import { DOCUMENTS_ENTITIES } from './entities';
import { createDocumentsLoaders } from './loaders';
import { resolvers } from './resolvers';

void startSubgraph({
  name: 'documents',
  entities: DOCUMENTS_ENTITIES,
  resolvers,
  createLoaders: createDocumentsLoaders,
});
