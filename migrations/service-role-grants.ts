// What a subgraph's service role may do in its own schema, version 1 (docs/security.md, "Database roles"): read and
// write its tables, but only read and append to the audit log and the record versions; nothing on other schemas, no
// CREATE anywhere, and it owns nothing, so it can neither change a trigger nor alter a table. Frozen: a later change
// gets a migration of its own. Tables later migrations create (as the owner role) are the service's to read and
// write by default privileges: a later append-only table revokes UPDATE and DELETE in its own migration.
import { escapeIdentifier } from 'pg';
import { ownerRole, serviceRole } from '../shared/database-roles';
import type { SubgraphName } from '../shared/schema';

export function grantServiceRoleV1(schema: SubgraphName): string[] {
  const [service, owner] = [escapeIdentifier(serviceRole(schema)), escapeIdentifier(ownerRole())];
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${service}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${service}`,
    `REVOKE UPDATE, DELETE ON ${schema}.audit_event, ${schema}.record_version FROM ${service}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${service}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema}
       GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${service}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${service}`,
  ];
}

export function revokeServiceRoleV1(schema: SubgraphName): string[] {
  const [service, owner] = [escapeIdentifier(serviceRole(schema)), escapeIdentifier(ownerRole())];
  return [
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} REVOKE ALL ON SEQUENCES FROM ${service}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} REVOKE ALL ON TABLES FROM ${service}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${service}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${service}`,
    `REVOKE ALL ON SCHEMA ${schema} FROM ${service}`,
  ];
}
