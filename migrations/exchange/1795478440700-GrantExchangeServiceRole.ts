import type { MigrationInterface, QueryRunner } from 'typeorm';
import { escapeIdentifier } from 'pg';
import { ownerRole, serviceRole } from '../../shared/database-roles';

/**
 * The exchange service connects as its own role (`<prefix>_exchange`): this schema only; the audit log, the request
 * versions and the notifications received are append-only for it (docs/security.md, "Database roles").
 */
export class GrantExchangeServiceRole1795478440700 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    const [service, owner] = [escapeIdentifier(serviceRole('exchange')), escapeIdentifier(ownerRole())];
    await db.query(`GRANT USAGE ON SCHEMA exchange TO ${service}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA exchange TO ${service}`);
    await db.query(
      `REVOKE UPDATE, DELETE ON exchange.audit_event, exchange.information_request_version,
              exchange.hit_notification FROM ${service}`,
    );
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA exchange TO ${service}`);
    await db.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA exchange
       GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${service}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA exchange GRANT USAGE, SELECT ON SEQUENCES TO ${service}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    const [service, owner] = [escapeIdentifier(serviceRole('exchange')), escapeIdentifier(ownerRole())];
    await db.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA exchange REVOKE ALL ON SEQUENCES FROM ${service}`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA exchange REVOKE ALL ON TABLES FROM ${service}`,
    );
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA exchange FROM ${service}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA exchange FROM ${service}`);
    await db.query(`REVOKE ALL ON SCHEMA exchange FROM ${service}`);
  }
}
