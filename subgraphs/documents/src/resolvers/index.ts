import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Document, DocumentSearchHit } from './document';
import { Person } from './person';
import { Mutation } from './mutation';

export const resolvers: Resolvers = { Query, Mutation, Document, DocumentSearchHit, Person, HitReport, AuditLogReport };
