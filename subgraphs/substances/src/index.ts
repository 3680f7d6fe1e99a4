import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { loadSubstanceCatalogue } from './catalogue';
import { SUBSTANCES_ENTITIES } from './entities';
import { createSubstancesLoaders } from './loaders';
import { resolvers } from './resolvers';
import { SEIZURE_SEARCH_WARM_UP } from './search/seizure-search';

runReplicated('substances', () =>
  startSubgraph({
    name: 'substances',
    entities: SUBSTANCES_ENTITIES,
    resolvers,
    createLoaders: createSubstancesLoaders,
    warmUp: SEIZURE_SEARCH_WARM_UP,
    hitOutbox: {},
    // The service matches and serves the catalogue from memory; seizures reference its rows by foreign key, so a
    // database that was never seeded gets them here (idempotent).
    prepare: loadSubstanceCatalogue,
  }),
);
