import { startSubgraph } from '../../../shared/subgraph';
import { VEHICLES_ENTITIES } from './entities';
import { createVehiclesLoaders } from './loaders';
import { resolvers } from './resolvers';

void startSubgraph({ name: 'vehicles', entities: VEHICLES_ENTITIES, resolvers, createLoaders: createVehiclesLoaders });
