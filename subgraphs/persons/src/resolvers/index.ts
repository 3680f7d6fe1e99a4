import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Mutation } from './mutation';
import { Alert, Person, PersonSearchHit } from './person';

export const resolvers: Resolvers = { Query, Mutation, Person, PersonSearchHit, Alert };
