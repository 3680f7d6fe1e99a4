import { Client } from 'pg';
import { ownerRole, serviceDatabaseUrl, serviceRole } from '../shared/database-roles';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { serviceUrl } from './client';
import { probe } from '../shared/tls';

// Each service connects as its own role (docs/security.md, "Database roles"): its own schema only, the audit log and
// the record versions append-only, no DDL. Run on the suite's database, migrated as the suite migrates it.
const adminUrl = () => process.env.LIAISON_TEST_DATABASE_URL!;

async function connect<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** As the service role of `name`, with the password the stack gave it (or none, on a server that trusts logins). */
const asService = <T>(name: SubgraphName, work: (client: Client) => Promise<T>) =>
  connect(serviceDatabaseUrl(name, { ...process.env, DATABASE_URL: adminUrl() })!, work);

const refused = (client: Client, sql: string) =>
  expect(client.query(sql)).rejects.toMatchObject({ code: '42501' /* insufficient_privilege */ });

/** Each schema's append-only tables besides the audit log, and the trigger that refuses a change to each. */
const VERSION_TABLE: Record<SubgraphName, { table: string; trigger: string; insert: string[] }> = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [
    name,
    name === 'exchange'
      ? {
          table: 'information_request_version',
          trigger: 'information_request_version_append_only',
          insert: [
            `INSERT INTO exchange.information_request (id, record_type, record_id, national_reference, question, urgency,
                    handling_code, purpose, status, deadline, requested_by, requesting_agency, requesting_jurisdiction,
                    owner_jurisdiction, assigned_agency)
             VALUES ('00000000-0000-4000-8000-00000000abcd', 'Person', gen_random_uuid(), 'R', 'q', 'NORMAL', 'H0',
                     'roles-test', 'OPEN', now(), 'roles-test', 'DE-BKA', 'DE', 'SE', 'SE-NOA')`,
            `INSERT INTO exchange.information_request_version (request_id, version, change, changed_by, agency,
                    jurisdiction, data)
             VALUES ('00000000-0000-4000-8000-00000000abcd', 1, 'REQUESTED', 'roles-test', 'DE-BKA', 'DE', '{}')`,
          ],
        }
      : {
          table: 'record_version',
          trigger: 'record_version_append_only',
          insert: [
            `INSERT INTO ${name}.record_version (record_id, version, change, user_id, agency, data)
             VALUES (gen_random_uuid(), 1, 'CREATE', 'roles-test', 'SE-NOA', '{}')`,
          ],
        },
  ]),
) as Record<SubgraphName, { table: string; trigger: string; insert: string[] }>;
/** Tables the exchange's role may only append to, with no trigger of their own: privileges alone keep them. */
const INSERT_ONLY: Partial<Record<SubgraphName, string[]>> = { exchange: ['hit_notification'] };

describe.each(SUBGRAPH_NAMES)('the %s service role', (name) => {
  const others = SUBGRAPH_NAMES.filter((other) => other !== name);
  const versions = VERSION_TABLE[name];

  it('is an ordinary login: no superuser, no CREATEROLE, no CREATEDB, does not bypass row-level security', async () => {
    const role = await connect(adminUrl(), async (client) => {
      const { rows } = await client.query(
        `SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication
           FROM pg_roles WHERE rolname = $1`,
        [serviceRole(name)],
      );
      return rows[0];
    });
    expect(role).toEqual({
      rolcanlogin: true,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      rolreplication: false,
    });
  });

  it('cannot disable, drop or replace the append-only triggers', async () => {
    await asService(name, async (client) => {
      await refused(client, `ALTER TABLE ${name}.audit_event DISABLE TRIGGER audit_event_append_only`);
      await refused(client, `ALTER TABLE ${name}.audit_event DISABLE TRIGGER ALL`);
      await refused(client, `ALTER TABLE ${name}.${versions.table} DISABLE TRIGGER ${versions.trigger}`);
      await refused(client, `DROP TRIGGER audit_event_no_truncate ON ${name}.audit_event`);
      await refused(
        client,
        `CREATE OR REPLACE FUNCTION ${name}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql
           AS $$ BEGIN RETURN NULL; END $$`,
      );
    });
  });

  it('cannot update, delete or truncate audit rows and record versions', async () => {
    await asService(name, async (client) => {
      for (const table of ['audit_event', versions.table, ...(INSERT_ONLY[name] ?? [])]) {
        await refused(client, `UPDATE ${name}.${table} SET ${await anyColumn(client, table)}`);
        await refused(client, `DELETE FROM ${name}.${table}`);
        await refused(client, `TRUNCATE ${name}.${table}`);
      }
    });
  });

  it("cannot read or write another subgraph's schema, nor the migrations tables", async () => {
    await asService(name, async (client) => {
      for (const other of others) {
        await refused(client, `SELECT 1 FROM ${other}.audit_event LIMIT 1`);
        await refused(client, `INSERT INTO ${other}.record_version DEFAULT VALUES`);
      }
      await refused(client, `SELECT 1 FROM public.${name}_migrations LIMIT 1`);
    });
  });

  it('cannot create or alter anything', async () => {
    await asService(name, async (client) => {
      await refused(client, `CREATE TABLE ${name}.intruder (id int)`);
      await refused(client, 'CREATE TABLE public.intruder (id int)');
      await refused(client, 'CREATE SCHEMA intruder');
      await refused(client, `ALTER TABLE ${name}.audit_event ADD COLUMN note text`);
      await refused(client, `DROP INDEX ${name}.audit_event_occurred_at`);
    });
  });

  it('reads its own tables, writes its record tables and appends to its audit log and versions', async () => {
    const tables = await connect(adminUrl(), async (client) => {
      const { rows } = await client.query('SELECT tablename FROM pg_tables WHERE schemaname = $1', [name]);
      return rows.map((row) => row.tablename as string);
    });
    expect(tables).toEqual(expect.arrayContaining(['audit_event', versions.table]));
    await asService(name, async (client) => {
      for (const table of tables) await client.query(`SELECT 1 FROM ${name}.${table} LIMIT 1`);
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO ${name}.audit_event (request_id, user_id, agency, jurisdiction, operation)
           VALUES ('roles-test', 'roles-test', 'SE-NOA', 'SE', 'test') RETURNING id`,
        );
        for (const statement of versions.insert) await client.query(statement);
        const appendOnly = ['audit_event', versions.table, ...(INSERT_ONLY[name] ?? [])];
        for (const table of tables.filter((table) => !appendOnly.includes(table))) {
          await client.query(`UPDATE ${name}.${table} SET ${await anyColumn(client, table)} WHERE false`);
          await client.query(`DELETE FROM ${name}.${table} WHERE false`);
        }
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('owns nothing: the schema and every table and function in it belong to the owner role', async () => {
    const owners = await connect(adminUrl(), async (client) => {
      const { rows } = await client.query(
        `SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = $1
         UNION SELECT relowner::regrole::text FROM pg_class WHERE relnamespace = $1::regnamespace
         UNION SELECT proowner::regrole::text FROM pg_proc WHERE pronamespace = $1::regnamespace`,
        [name],
      );
      return rows.map((row) => row.owner as string);
    });
    expect(owners).toEqual([ownerRole()]);
  });

  /** A column of `table` to set to itself: proves UPDATE is granted without changing a row. */
  async function anyColumn(client: Client, table: string): Promise<string> {
    const { rows } = await client.query(
      `SELECT format('%I = %I', column_name, column_name) AS assignment FROM information_schema.columns
        WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' AND identity_generation IS NULL
        ORDER BY ordinal_position LIMIT 1`,
      [name, table],
    );
    return rows[0].assignment;
  }
});

describe('the running services', () => {
  it('connect to PostgreSQL as their own roles', async () => {
    // A ready check runs a statement, so that each service holds a connection at least for the next seconds.
    for (const name of SUBGRAPH_NAMES) {
      expect((await probe(serviceUrl(name).replace(/\/graphql$/, '/ready'), 10_000)).status).toBe(200);
    }
    const sessions = await connect(adminUrl(), async (client) => {
      const { rows } = await client.query(
        `SELECT DISTINCT application_name, usename FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = ANY ($1) ORDER BY 1, 2`,
        [SUBGRAPH_NAMES.map((name) => `liaison-${name}`)],
      );
      return rows;
    });
    expect(sessions).toEqual(
      [...SUBGRAPH_NAMES]
        .sort()
        .map((name) => ({ application_name: `liaison-${name}`, usename: serviceRole(name as SubgraphName) })),
    );
  });
});
