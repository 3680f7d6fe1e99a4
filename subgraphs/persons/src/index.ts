import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { PERSONS_ENTITIES } from './entities';
import { createPersonsLoaders } from './loaders';
import { resolvers } from './resolvers';
import { personActionOnHit } from './search/check';
import { PERSON_SEARCH_WARM_UP } from './search/person-search';

runReplicated('persons', () =>
  startSubgraph({
    name: 'persons',
    entities: PERSONS_ENTITIES,
    resolvers,
    createLoaders: createPersonsLoaders,
    servedAtBorderPosts: true,
    hitOutbox: { actionOnHit: personActionOnHit },
    warmUp: PERSON_SEARCH_WARM_UP,
  }),
);
