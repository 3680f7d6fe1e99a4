import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Person } from './person';
import { Vehicle, VehicleSearchHit } from './vehicle';
import { Mutation } from './mutation';
import { Seizure } from './seizure';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Vehicle,
  VehicleSearchHit,
  Person,
  Seizure,
  HitReport,
  AuditLogReport,
};
