import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../shared/embedded-postgres';
import { freePort } from '../../scripts/stack';

export { freePort };

export interface TestServer {
  /** URL of the server's `postgres` database, for creating and dropping scratch databases. */
  adminUrl: string;
  /** The embedded PostgreSQL (offering TLS with the development certificate), not DATABASE_URL's server. */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server the suite runs on: the one `DATABASE_URL` points at, or, when it is unset (a fresh
 * machine), an embedded PostgreSQL in a temporary folder that is removed afterwards.
 */
export async function openTestServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    return { adminUrl: admin.toString(), embedded: false, stop: async () => {} };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-pg-'));
  // Run as root, PostgreSQL runs as its own system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    port: await freePort(),
    database: 'postgres',
    // A throw-away cluster: its superuser password lives as long as the run.
    password: randomBytes(18).toString('base64url'),
  });
  return {
    adminUrl: embedded.url,
    embedded: true,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the test server and returns its URL. */
export async function createScratchDatabase(adminUrl: string, prefix = 'liaison_test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropScratchDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^liaison_\w+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
