import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../shared/embedded-postgres';

export const EMBEDDED_DATA_DIR = path.resolve(__dirname, '..', '.data', 'postgres');
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const EMBEDDED_URL = `postgres://liaison:liaison@127.0.0.1:${EMBEDDED_PORT}/liaison`;

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database for the CLI commands: `DATABASE_URL` when set, else the project's embedded PostgreSQL in
 * `.data/postgres` (reused when `npm start` already runs it). Sets `DATABASE_URL` for the rest of the process.
 */
export async function openDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  let handle: DatabaseHandle;
  if (await reachable(EMBEDDED_URL)) {
    handle = { url: EMBEDDED_URL, embedded: true, stop: async () => {} };
  } else {
    const started = await startEmbeddedPostgres({
      dataDir: EMBEDDED_DATA_DIR,
      port: EMBEDDED_PORT,
      database: 'liaison',
    });
    handle = { url: started.url, embedded: true, stop: started.stop };
  }
  process.env.DATABASE_URL = handle.url;
  return handle;
}

/** Runs a command with the database open and closes what it opened, exiting non-zero on failure. */
export async function withDatabase(command: (database: DatabaseHandle) => Promise<void>): Promise<void> {
  const database = await openDatabase();
  try {
    await command(database);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await database.stop();
  }
}

/** Whether a PostgreSQL server answers at `url` (within a second). */
export async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
