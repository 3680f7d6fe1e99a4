import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Alert, Person, PersonSearchHit } from './person';
import { Document } from './document';
import { Vehicle } from './vehicle';
import { Seizure } from './seizure';

export const resolvers: Resolvers = {
  Query,
  Person,
  PersonSearchHit,
  Alert,
  Document,
  Vehicle,
  Seizure,
  HitReport,
  AuditLogReport,
};
