// Hit notifications in the exchange's schema: stored once per id as the relays deliver them, read as an owner's feed.
import type { DataSource } from 'typeorm';
import type { HitNotificationMessage } from '../../../../shared/hit-outbox';
import { isUuid } from '../../../../shared/validation';
import { JURISDICTION_CODES } from '../../../../shared/jurisdictions';
import { queryPrepared, queryPreparedInBackground } from '../../../../shared/sql';
import { RECORD_TYPE_NAMES, type HitNotificationRow } from '../rows';

/** NOTIFY channel on which a stored batch wakes every exchange process's live feeds (payload: the last sequence). */
export const STORED_CHANNEL = 'liaison_hit_notification';

/** A notification's columns as `HitNotificationRow` names them (alias `n`). */
export const NOTIFICATION_COLUMNS = `n.sequence::text AS sequence, n.id, n.record_type AS "recordType", n.record_id AS "recordId",
       n.owner_jurisdiction AS "ownerJurisdiction", n.owner_agency_code AS "ownerAgencyCode",
       n.owner_agency_name AS "ownerAgencyName", n.national_reference AS "nationalReference",
       n.hit_by_agency AS "hitByAgency", n.hit_by_jurisdiction AS "hitByJurisdiction", n.hit_at AS "hitAt",
       n.operation, n.purpose, n.status, n.action_on_hit AS "actionOnHit", n.received_at AS "receivedAt"`;

/**
 * Stores a delivered batch in one statement: each id once (a redelivery changes nothing), queued for the broker when
 * one is configured, and a NOTIFY for the live feeds when anything was new. Resolves to the number of new rows.
 */
const STORE_SQL = `
  WITH delivered AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS d (id uuid, "recordType" varchar, "recordId" uuid,
                "ownerJurisdiction" char(2), "ownerAgency" jsonb, "nationalReference" varchar, "hitBy" jsonb,
                "hitAt" timestamptz, operation varchar, purpose varchar, status varchar, "actionOnHit" varchar)),
       stored AS (
         INSERT INTO exchange.hit_notification (id, record_type, record_id, owner_jurisdiction, owner_agency_code,
                owner_agency_name, national_reference, hit_by_agency, hit_by_jurisdiction, hit_at, operation, purpose,
                status, action_on_hit)
         SELECT d.id, d."recordType", d."recordId", d."ownerJurisdiction", d."ownerAgency" ->> 'code',
                d."ownerAgency" ->> 'name', d."nationalReference", d."hitBy" ->> 'agency', d."hitBy" ->> 'jurisdiction',
                d."hitAt", d.operation, d.purpose, d.status, d."actionOnHit"
           FROM delivered d
         ON CONFLICT (id) DO NOTHING
         RETURNING sequence),
       queued AS (
         INSERT INTO exchange.broker_outbox (notification_sequence)
         SELECT sequence FROM stored WHERE $2::boolean)
  SELECT count(*)::int AS stored, pg_notify('${STORED_CHANNEL}', max(sequence)::text) IS NULL AS quiet
    FROM stored HAVING count(*) > 0`;

export async function storeNotifications(
  dataSource: DataSource,
  messages: HitNotificationMessage[],
  options: { queueForBroker: boolean },
): Promise<number> {
  const rows = await queryPreparedInBackground<{ stored: number }>(dataSource, STORE_SQL, [
    JSON.stringify(messages),
    options.queueForBroker,
  ]);
  return rows[0]?.stored ?? 0;
}

/** The owner's notifications after `afterSequence`, oldest first. Index `hit_notification_feed`. */
const FEED_SQL = `SELECT ${NOTIFICATION_COLUMNS} FROM exchange.hit_notification n
   WHERE n.owner_jurisdiction = $1 AND n.sequence > $2
   ORDER BY n.sequence LIMIT $3`;

export function notificationsAfter(
  dataSource: DataSource,
  ownerJurisdiction: string,
  afterSequence: string,
  limit: number,
): Promise<HitNotificationRow[]> {
  return queryPrepared<HitNotificationRow>(dataSource, FEED_SQL, [ownerJurisdiction, afterSequence, limit]);
}

/** The sequence of the newest notification (where a live feed without a cursor starts). */
export async function lastSequence(dataSource: DataSource): Promise<string> {
  const rows = await queryPrepared<{ last: string }>(
    dataSource,
    'SELECT coalesce(max(sequence), 0)::text AS last FROM exchange.hit_notification',
    [],
  );
  return rows[0].last;
}

/** The newest hit of `jurisdiction` on a record: who owns it, for a request about it. Index `hit_notification_record_hit_by`. */
const HIT_BY_SQL = `SELECT ${NOTIFICATION_COLUMNS} FROM exchange.hit_notification n
   WHERE n.record_id = $1 AND n.hit_by_jurisdiction = $2 AND n.record_type = $3
   ORDER BY n.sequence DESC LIMIT 1`;

export async function latestHitBy(
  runner: Pick<DataSource, 'query'>,
  record: { type: string; id: string },
  jurisdiction: string,
): Promise<HitNotificationRow | undefined> {
  const rows: HitNotificationRow[] = await runner.query(HIT_BY_SQL, [record.id, jurisdiction, record.type]);
  return rows[0];
}

/** What a relay may deliver: anything else is refused whole (the relays are ours; a bad batch is a bug). */
export function isHitNotificationMessage(value: unknown): value is HitNotificationMessage {
  const m = value as Partial<HitNotificationMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    isUuid(m.id) &&
    isUuid(m.recordId) &&
    RECORD_TYPE_NAMES.includes(m.recordType!) &&
    JURISDICTION_CODES.has(m.ownerJurisdiction ?? '') &&
    JURISDICTION_CODES.has(m.hitBy?.jurisdiction ?? '') &&
    typeof m.ownerAgency?.code === 'string' &&
    typeof m.ownerAgency?.name === 'string' &&
    typeof m.hitBy?.agency === 'string' &&
    typeof m.nationalReference === 'string' &&
    typeof m.operation === 'string' &&
    !Number.isNaN(Date.parse(m.hitAt ?? ''))
  );
}
