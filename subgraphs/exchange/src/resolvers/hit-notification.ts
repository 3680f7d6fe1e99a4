import type { HitNotificationResolvers } from '../generated/graphql';
import { agencyOf } from '../notification-view';
import { recordReferenceOf } from '../rows';

export const HitNotification: HitNotificationResolvers = {
  cursor: (row) => row.sequence,
  record: recordReferenceOf,
  ownerAgency: (row) => ({ code: row.ownerAgencyCode, name: row.ownerAgencyName }),
  hitByAgency: (row) => agencyOf(row.hitByAgency),
};
