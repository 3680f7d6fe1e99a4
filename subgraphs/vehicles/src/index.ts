import { runReplicated } from '../../../shared/replicas';
import { startSubgraph } from '../../../shared/subgraph';
import { VEHICLES_ENTITIES } from './entities';
import { createVehiclesLoaders } from './loaders';
import { resolvers } from './resolvers';
import { VEHICLE_SEARCH_WARM_UP } from './search/vehicle-search';
import { vehicleActionOnHit } from './search/check';

runReplicated('vehicles', () =>
  startSubgraph({
    name: 'vehicles',
    entities: VEHICLES_ENTITIES,
    resolvers,
    createLoaders: createVehiclesLoaders,
    servedAtBorderPosts: true,
    warmUp: VEHICLE_SEARCH_WARM_UP,
    hitOutbox: { actionOnHit: vehicleActionOnHit },
  }),
);
