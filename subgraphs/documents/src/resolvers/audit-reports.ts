import type { AuditLogReportResolvers, HitReportResolvers } from '../generated/graphql';
import {
  auditLogReportFromId,
  hitReportFromId,
  listAuditEvents,
  listHits,
  type AuditedRecords,
} from '../../../../shared/audit-queries';

const RECORDS: AuditedRecords = { schema: 'documents', table: 'documents.document', type: 'Document' };

// The report's id carries the filter: decoded and validated again here, never trusted from the representation.
export const HitReport: HitReportResolvers = {
  __resolveReference: ({ id }) => hitReportFromId(id),
  documents: (report, { first, after }, context) => listHits(context, RECORDS, report, first, after),
};

export const AuditLogReport: AuditLogReportResolvers = {
  __resolveReference: ({ id }) => auditLogReportFromId(id),
  documents: (report, { first, after }, context) => listAuditEvents(context, 'documents', report, first, after),
};
