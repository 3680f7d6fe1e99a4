// What a centre needs to serve border posts (issue 15, item 3), version 1. An audit row written at a border post
// arrives at the centre with the border post's name and its id there: a unique pair, so that a row shipped twice
// (the link failed after the centre committed) is kept once. A record table published to border posts with row
// filters logs whole old rows (REPLICA IDENTITY FULL): PostgreSQL filters an UPDATE or DELETE on its old row too, so
// a record that stops being visible to a border post (revoked, restricted) is deleted there.
// Frozen: a later change gets a migration of its own.
import type { SearchSubgraphName } from '../shared/schema';

export function addAuditOriginV1(schema: SearchSubgraphName): string[] {
  return [
    `ALTER TABLE ${schema}.audit_event ADD COLUMN border_post varchar(64), ADD COLUMN border_audit_id bigint`,
    `CREATE UNIQUE INDEX audit_event_border_origin ON ${schema}.audit_event (border_post, border_audit_id)
       WHERE border_post IS NOT NULL`,
  ];
}

export function dropAuditOriginV1(schema: SearchSubgraphName): string[] {
  return [
    `DROP INDEX ${schema}.audit_event_border_origin`,
    `ALTER TABLE ${schema}.audit_event DROP COLUMN border_post, DROP COLUMN border_audit_id`,
  ];
}

export function fullReplicaIdentityV1(table: string): string[] {
  return [`ALTER TABLE ${table} REPLICA IDENTITY FULL`];
}

export function defaultReplicaIdentityV1(table: string): string[] {
  return [`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`];
}
