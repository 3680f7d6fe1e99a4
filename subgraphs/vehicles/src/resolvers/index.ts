import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Person } from './person';
import { Vehicle, VehicleSearchHit } from './vehicle';
import { Mutation } from './mutation';

export const resolvers: Resolvers = { Query, Mutation, Vehicle, VehicleSearchHit, Person, HitReport, AuditLogReport };
