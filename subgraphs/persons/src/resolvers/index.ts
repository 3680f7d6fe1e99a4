import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Mutation } from './mutation';
import { AuditLogReport, HitReport } from './audit-reports';
import { Alert, Person, PersonSearchHit } from './person';
import { Document } from './document';
import { Vehicle } from './vehicle';
import { Seizure } from './seizure';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  PersonSearchHit,
  Alert,
  Document,
  Vehicle,
  Seizure,
  HitReport,
  AuditLogReport,
};
