import path from 'node:path';
import { canConnect } from '../shared/database';
import { developmentSecret } from '../shared/development-secrets';
import { adoptPassword, embeddedUrl, startEmbeddedPostgres } from '../shared/embedded-postgres';

export const EMBEDDED_DATA_DIR = path.resolve(__dirname, '..', '.data', 'postgres');
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** The superuser password of the project's embedded clusters (`.data/postgres`, the benchmark's), made on first use. */
export function embeddedSuperuserPassword(): string {
  return developmentSecret('embedded-postgres-superuser');
}

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
  const password = embeddedSuperuserPassword();
  const url = embeddedUrl(EMBEDDED_PORT, 'liaison', password);
  if ((await canConnect(url)) || (await adoptPassword(EMBEDDED_PORT, password, EMBEDDED_DATA_DIR).catch(() => false))) {
    handle = { url, embedded: true, stop: async () => {} };
  } else {
    const started = await startEmbeddedPostgres({
      dataDir: EMBEDDED_DATA_DIR,
      port: EMBEDDED_PORT,
      database: 'liaison',
      password,
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
