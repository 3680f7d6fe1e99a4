import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Document, DocumentSearchHit } from './document';
import { Person } from './person';

export const resolvers: Resolvers = { Query, Document, DocumentSearchHit, Person };
