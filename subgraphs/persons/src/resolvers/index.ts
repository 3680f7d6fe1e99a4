import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { AuditLogReport, HitReport } from './audit-reports';
import { Alert, Person, PersonSearchHit } from './person';

export const resolvers: Resolvers = { Query, Person, PersonSearchHit, Alert, HitReport, AuditLogReport };
