import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Seizure, SeizureSearchHit } from './seizure';
import { Substance } from './substance';
import { Person } from './person';
import { Vehicle } from './vehicle';
import { Mutation } from './mutation';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Seizure,
  SeizureSearchHit,
  Substance,
  Person,
  Vehicle,
  HitReport,
  AuditLogReport,
};
