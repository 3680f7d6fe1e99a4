import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Document, DocumentSearchHit } from './document';
import { Person } from './person';
import { Mutation } from './mutation';

export const resolvers: Resolvers = { Query, Mutation, Document, DocumentSearchHit, Person };
