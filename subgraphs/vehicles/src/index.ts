import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { VEHICLES_ENTITIES } from './entities';
import { createVehiclesLoaders } from './loaders';
import { resolvers } from './resolvers';
import { warmUpVehicleSearches } from './search/vehicle-search';
import { vehicleActionOnHit } from './search/check';

runReplicated('vehicles', () =>
  startSubgraph({
    name: 'vehicles',
    entities: VEHICLES_ENTITIES,
    resolvers,
    createLoaders: createVehiclesLoaders,
    servedAtBorderPosts: true,
    warmUp: warmUpVehicleSearches,
    hitOutbox: { actionOnHit: vehicleActionOnHit },
  }),
);
