// The transactional outbox of hit notifications (issue 14), version 1: every audit row that discloses a record to a
// jurisdiction other than its owner's queues one notification per record, in the same statement as the audit row, so
// that there is no audit row without its notifications and no notification without its audit row. The service's
// relay (shared/hit-outbox.ts) ships them to the exchange subgraph and deletes them once it has them.
// Frozen: a later change gets a migration of its own (version 2 of the trigger's function drops the NOTIFY).
import type { SearchSubgraphName } from '../shared/schema';

export const HIT_OUTBOX_CHANNEL = 'liaison_hit_outbox';

export function createHitOutboxV1(schema: SearchSubgraphName): string[] {
  return [
    `CREATE TABLE ${schema}.hit_outbox (
       sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
       audit_event_id bigint NOT NULL,
       hit_at timestamptz NOT NULL,
       record_type varchar NOT NULL,
       record_id uuid NOT NULL,
       owner_jurisdiction char(2) NOT NULL,
       owner_agency_code varchar NOT NULL,
       owner_agency_name varchar NOT NULL,
       national_reference varchar NOT NULL,
       hit_by_agency varchar NOT NULL,
       hit_by_jurisdiction char(2) NOT NULL,
       operation varchar NOT NULL,
       purpose varchar,
       status varchar,
       action_on_hit varchar
     )`,
  ];
}

export function dropHitOutboxV1(schema: SearchSubgraphName): string[] {
  return [`DROP TABLE ${schema}.hit_outbox`];
}

/** Where one subgraph's disclosed records are, and what their status and action on a hit are (SQL over `r`). */
export interface HitOutboxSource {
  schema: SearchSubgraphName;
  recordType: 'Person' | 'Document' | 'Vehicle' | 'Seizure';
  table: string;
  /** A LATERAL join that the status and action read (a person's alert in force). */
  join?: string;
  status: string;
  actionOnHit: string;
}

/**
 * A statement-level trigger on `<schema>.audit_event`: the rows one INSERT appended (a group commit of many requests)
 * queue their foreign disclosures in one INSERT ... SELECT, and wake the relay when there are any.
 */
export function queueHitNotificationsV1(source: HitOutboxSource): string[] {
  const { schema } = source;
  return [
    queueFunction(source, { replace: false, notify: true }),
    `CREATE TRIGGER audit_event_queues_hit_notifications AFTER INSERT ON ${schema}.audit_event
       REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.queue_hit_notifications()`,
  ];
}

/**
 * Version 2 of the trigger's function: the same rows queued, without the NOTIFY. The service whose audit writer
 * committed them wakes its own relay in process (shared/subgraph.ts), and every relay also polls; a NOTIFY per audit
 * commit took PostgreSQL's notification-queue lock at every commit and woke every listening connection of the database.
 */
export function queueHitNotificationsQuietlyV2(source: HitOutboxSource): string[] {
  return [queueFunction(source, { replace: true, notify: false })];
}

/** Back to version 1's function (the NOTIFY after queueing). */
export function queueHitNotificationsNoisilyV1(source: HitOutboxSource): string[] {
  return [queueFunction(source, { replace: true, notify: true })];
}

/** The trigger's function: one INSERT ... SELECT of the appended rows' foreign disclosures. */
function queueFunction(source: HitOutboxSource, options: { replace: boolean; notify: boolean }): string {
  const { schema } = source;
  const notify = `
       IF FOUND THEN
         PERFORM pg_notify('${HIT_OUTBOX_CHANNEL}', '${schema}');
       END IF;`;
  return `CREATE${options.replace ? ' OR REPLACE' : ''} FUNCTION ${schema}.queue_hit_notifications() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO ${schema}.hit_outbox (audit_event_id, hit_at, record_type, record_id, owner_jurisdiction,
              owner_agency_code, owner_agency_name, national_reference, hit_by_agency, hit_by_jurisdiction, operation,
              purpose, status, action_on_hit)
       SELECT e.id, e.occurred_at, '${source.recordType}', r.id, r.owner_jurisdiction, r.owner_agency_code,
              r.owner_agency_name, r.national_reference, e.agency, e.jurisdiction, e.operation, e.purpose,
              ${source.status}, ${source.actionOnHit}
         FROM appended e
        CROSS JOIN LATERAL unnest(e.record_ids) AS disclosed (id)
         JOIN ${source.table} r ON r.id = disclosed.id
         ${source.join ?? ''}
        WHERE r.owner_jurisdiction <> e.jurisdiction
        ORDER BY e.id, r.id;${options.notify ? notify : ''}
       RETURN NULL;
     END $$`;
}

export function dropQueueHitNotificationsV1(schema: SearchSubgraphName): string[] {
  return [
    `DROP TRIGGER audit_event_queues_hit_notifications ON ${schema}.audit_event`,
    `DROP FUNCTION ${schema}.queue_hit_notifications()`,
  ];
}

/** The sources as they stood when the trigger was created (version 1), copied here so that the migration stays frozen. */
export const HIT_OUTBOX_SOURCES_V1: Record<SearchSubgraphName, HitOutboxSource> = {
  persons: {
    schema: 'persons',
    recordType: 'Person',
    table: 'persons.person',
    // The alert in force that matters most, as checkPerson picks it.
    join: `LEFT JOIN LATERAL (
             SELECT a.kind, a.action_on_hit FROM persons.alert a
              WHERE a.person_id = r.id AND a.valid_from <= current_date
                AND (a.valid_until IS NULL OR a.valid_until >= current_date)
              ORDER BY array_position(ARRAY['WANTED_FOR_ARREST', 'UNKNOWN_WANTED', 'MISSING', 'DISCREET_CHECK',
                       'INQUIRY_CHECK', 'WITNESS_SOUGHT'], a.kind::text), a.valid_from DESC, a.id
              LIMIT 1) alert ON true`,
    status: `coalesce(alert.kind, 'RECORDED')`,
    actionOnHit: 'alert.action_on_hit',
  },
  documents: {
    schema: 'documents',
    recordType: 'Document',
    table: 'documents.document',
    status: 'r.status',
    actionOnHit: 'NULL',
  },
  vehicles: {
    schema: 'vehicles',
    recordType: 'Vehicle',
    table: 'vehicles.vehicle',
    status: 'r.status',
    actionOnHit: 'NULL',
  },
  substances: {
    schema: 'substances',
    recordType: 'Seizure',
    table: 'substances.seizure',
    status: 'NULL',
    actionOnHit: 'NULL',
  },
};
