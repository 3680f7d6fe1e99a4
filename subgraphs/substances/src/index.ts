import { startSubgraph } from '../../../shared/subgraph';
import { SUBSTANCES_ENTITIES } from './entities';
import { createSubstancesLoaders } from './loaders';
import { resolvers } from './resolvers';

void startSubgraph({
  name: 'substances',
  entities: SUBSTANCES_ENTITIES,
  resolvers,
  createLoaders: createSubstancesLoaders,
});
