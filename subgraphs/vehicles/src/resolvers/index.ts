import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Person } from './person';
import { Vehicle, VehicleSearchHit } from './vehicle';

export const resolvers: Resolvers = { Query, Vehicle, VehicleSearchHit, Person };
