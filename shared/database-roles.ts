import { Client, escapeIdentifier } from 'pg';
import { databaseUrl, envName, isProduction, readDatabaseUrls } from './config';
import { developmentSecret, scramVerifier } from './development-secrets';
import { SUBGRAPH_NAMES, type SubgraphName } from './schema';
import { canConnect } from './database';

/**
 * The PostgreSQL roles of a Liaison (docs/security.md, "Database roles"): `<prefix>_owner` (NOLOGIN) owns every
 * schema and table and is the role migrations run as; `<prefix>_<subgraph>` (LOGIN) is what each service connects as,
 * with reading and writing rights on its own schema only. `LIAISON_DB_ROLE_PREFIX` (default `liaison`) tells apart
 * several Liaisons on one server; roles are cluster-wide, databases are not.
 */
export const ROLE_PREFIX_VARIABLE = 'LIAISON_DB_ROLE_PREFIX';
// An identifier PostgreSQL neither folds nor needs quoted, short enough for `<prefix>_substances` to fit 63 bytes.
const ROLE_PREFIX = /^[a-z][a-z0-9_]{0,47}$/;

export function rolePrefix(env: NodeJS.ProcessEnv = process.env): string {
  const prefix = env[ROLE_PREFIX_VARIABLE] || 'liaison';
  if (!ROLE_PREFIX.test(prefix)) {
    throw new Error(
      `${ROLE_PREFIX_VARIABLE} must be lower-case letters, digits and _, starting with a letter: '${prefix}'`,
    );
  }
  return prefix;
}

export function ownerRole(env: NodeJS.ProcessEnv = process.env): string {
  return `${rolePrefix(env)}_owner`;
}

export function serviceRole(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return `${rolePrefix(env)}_${name}`;
}

/**
 * The URL a subgraph's service connects with: `<NAME>_SERVICE_DATABASE_URL` when set (production: the operator gives
 * each service its own role's URL), else, outside production, its database URL with the service role as the user and
 * the role's development password (`serviceLoginPassword`).
 */
export function serviceDatabaseUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env[envName(name, 'SERVICE_DATABASE_URL')];
  if (own) return own;
  const admin = databaseUrl(name, env);
  if (!admin) return undefined;
  if (isProduction) {
    throw new Error(
      `set ${envName(name, 'SERVICE_DATABASE_URL')}: in production each service connects as its own role`,
    );
  }
  return asServiceRole(admin, name, env);
}

/** A server's URL with the subgraph's service role as the user and the role's development password. */
function asServiceRole(admin: string, name: SubgraphName, env: NodeJS.ProcessEnv): string {
  const url = new URL(admin);
  url.username = serviceRole(name, env);
  url.password = serviceLoginPassword(name, env);
  return url.toString();
}

/**
 * The read replicas a subgraph's service connects to: `<NAME>_SERVICE_READ_DATABASE_URLS` when set (production), else,
 * outside production, each of `readDatabaseUrls` with the service role and its development password, as for the
 * primary (a streaming replica has the primary's roles).
 */
export function serviceReadDatabaseUrls(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string[] {
  const own = env[envName(name, 'SERVICE_READ_DATABASE_URLS')];
  if (own)
    return own
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean);
  const urls = readDatabaseUrls(name, env);
  if (urls.length && isProduction) {
    throw new Error(
      `set ${envName(name, 'SERVICE_READ_DATABASE_URLS')}: in production each service connects as its own role`,
    );
  }
  return urls.map((admin) => asServiceRole(admin, name, env));
}

/** The development password of a service role, kept with the development keys. */
export function serviceLoginPassword(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return developmentSecret(`database-${serviceRole(name, env)}`);
}

type Query = (sql: string, parameters?: unknown[]) => Promise<any[]>;

/**
 * Before a subgraph's migrations run as the owner role (`shared/migrate.ts`): the owner and the subgraph's service
 * role exist (created when missing, which needs CREATEROLE), the migrating user may act as the owner, the owner may
 * create schemas, extensions and the migrations table in this database, and whatever of the subgraph's is already
 * here (made by migrations that ran as the migrating user, before the owner role) is handed to the owner. Idempotent
 * and safe when several databases of one server migrate at once.
 */
export async function prepareOwnerRole(query: Query, name: SubgraphName, env: NodeJS.ProcessEnv = process.env) {
  const owner = ownerRole(env);
  await ensureRole(query, owner, false);
  await ensureRole(query, serviceRole(name, env), true);
  const [me] = await query(
    `SELECT rolsuper OR pg_has_role(current_user, $1, 'MEMBER') AS member,
            has_database_privilege($1, current_database(), 'CREATE') AS creates_schemas,
            has_schema_privilege($1, 'public', 'CREATE') AS creates_in_public,
            current_database() AS database
       FROM pg_roles WHERE rolname = current_user`,
    [owner],
  );
  if (!me.member) await query(`GRANT ${escapeIdentifier(owner)} TO CURRENT_USER`);
  if (!me.creates_schemas)
    await query(`GRANT CREATE ON DATABASE ${escapeIdentifier(me.database)} TO ${escapeIdentifier(owner)}`);
  // The migrations table and the trusted extensions (pg_trgm, fuzzystrmatch) live in public.
  if (!me.creates_in_public) await query(`GRANT USAGE, CREATE ON SCHEMA public TO ${escapeIdentifier(owner)}`);
  const handOver = await query(
    `SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, $2::text) AS statement
       FROM pg_namespace n WHERE n.nspname = $1 AND n.nspowner <> $2::regrole
     UNION ALL
     SELECT format('ALTER %s %s OWNER TO %I',
                   CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                  ELSE 'TABLE' END,
                   c.oid::regclass, $2::text)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE (n.nspname = $1 OR c.oid = to_regclass(format('public.%I', $1 || '_migrations')))
        AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> $2::regrole
        -- Sequences of identity and serial columns follow their tables; extension members stay the extension's.
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                                    AND d.deptype IN ('a', 'i', 'e'))
     UNION ALL
     SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, $2::text)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.prokind IN ('f', 'p') AND p.proowner <> $2::regrole
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                    AND d.deptype = 'e')`,
    [name, owner],
  );
  for (const { statement } of handOver) await query(statement);
}

/** Creates a role unless it exists; another process creating it at the same moment is no error. */
async function ensureRole(query: Query, role: string, login: boolean): Promise<void> {
  if ((await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).length) return;
  try {
    await query(`CREATE ROLE ${escapeIdentifier(role)} ${login ? 'LOGIN' : 'NOLOGIN'}`);
  } catch (error) {
    // duplicate_object, or unique_violation when the other CREATE ROLE committed while this one waited for it.
    const code = (error as { code?: string }).code;
    if (code !== '42710' && code !== '23505') throw error;
  }
}

/**
 * Gives each service role its development password (`serviceDatabaseUrl`) where it cannot log in with it yet, through
 * the admin URL in `env`; subgraphs with `<NAME>_SERVICE_DATABASE_URL` set are left alone. Returns each subgraph's
 * service URL. On a server that trusts every local login (the CI server) the roles log in already and nothing changes.
 */
export async function ensureServiceLogins(env: NodeJS.ProcessEnv): Promise<Record<SubgraphName, string>> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const url = serviceDatabaseUrl(name, env);
    if (!url)
      throw new Error(`No database configured for ${name}: set DATABASE_URL or ${envName(name, 'DATABASE_URL')}`);
    urls[name] = url;
    if (env[envName(name, 'SERVICE_DATABASE_URL')] || (await canConnect(url, 5000))) continue;
    const admin = new Client({ connectionString: databaseUrl(name, env) });
    await admin.connect();
    try {
      const verifier = scramVerifier(serviceLoginPassword(name, env));
      await admin.query(
        `ALTER ROLE ${escapeIdentifier(serviceRole(name, env))} PASSWORD ${admin.escapeLiteral(verifier)}`,
      );
    } finally {
      await admin.end();
    }
  }
  return urls;
}
