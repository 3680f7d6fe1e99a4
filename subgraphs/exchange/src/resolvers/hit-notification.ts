import type { HitNotificationResolvers } from '../generated/graphql';
import { agencyOf } from '../notification-view';

export const HitNotification: HitNotificationResolvers = {
  cursor: (row) => row.sequence,
  record: (row) => ({ type: row.recordType, id: row.recordId, nationalReference: row.nationalReference }),
  ownerAgency: (row) => ({ code: row.ownerAgencyCode, name: row.ownerAgencyName }),
  hitByAgency: (row) => agencyOf(row.hitByAgency),
};
