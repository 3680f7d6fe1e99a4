import type { InformationRequestResolvers, InformationRequestVersionResolvers } from '../generated/graphql';
import { agencyOf } from '../notification-view';
import { isOverdue, recordReferenceOf } from '../rows';

export const InformationRequest: InformationRequestResolvers = {
  record: recordReferenceOf,
  handling: (row) => row.handlingCode,
  status: (row) => (isOverdue(row) ? 'OVERDUE' : row.status),
  overdue: (row) => isOverdue(row),
  requestingAgency: (row) => agencyOf(row.requestingAgency),
  assignedAgency: (row) => agencyOf(row.assignedAgency),
  answerHandling: (row) => row.answerHandlingCode,
  versions: (row, _args, { loaders }) => loaders.versionsByRequest.load(row.id),
};

export const InformationRequestVersion: InformationRequestVersionResolvers = {
  agency: (row) => agencyOf(row.agency),
};
