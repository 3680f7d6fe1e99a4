import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { VEHICLES_ENTITIES } from './entities';
import { createVehiclesLoaders } from './loaders';
import { resolvers } from './resolvers';
import { vehicleActionOnHit } from './search/check';

runReplicated('vehicles', () =>
  startSubgraph({
    name: 'vehicles',
    entities: VEHICLES_ENTITIES,
    resolvers,
    createLoaders: createVehiclesLoaders,
    servedAtBorderPosts: true,
    hitOutbox: { actionOnHit: vehicleActionOnHit },
  }),
);
