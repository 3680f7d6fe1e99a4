import { agencyByCode } from '../../../shared/jurisdictions';
import { recordReferenceOf, recordTypeEnum, type HitNotificationRow } from './rows';

/** An agency by its code, named as the jurisdictions list names it (the code itself when the list does not know it). */
export function agencyOf(code: string): { code: string; name: string } {
  return { code, name: agencyByCode(code)?.name ?? code };
}

/**
 * A notification as the live feed and the brokers carry it: the `HitNotification` type's fields, so that a client
 * reads the three deliveries alike.
 */
export function hitNotificationView(row: HitNotificationRow) {
  return {
    id: row.id,
    cursor: row.sequence,
    record: { ...recordReferenceOf(row), type: recordTypeEnum(row.recordType) },
    ownerJurisdiction: row.ownerJurisdiction,
    ownerAgency: { code: row.ownerAgencyCode, name: row.ownerAgencyName },
    hitByJurisdiction: row.hitByJurisdiction,
    hitByAgency: agencyOf(row.hitByAgency),
    hitAt: row.hitAt.toISOString(),
    operation: row.operation,
    purpose: row.purpose,
    status: row.status,
    actionOnHit: row.actionOnHit,
    receivedAt: row.receivedAt.toISOString(),
  };
}
