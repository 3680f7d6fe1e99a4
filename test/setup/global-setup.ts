import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { ensureDevelopmentKeys } from '../../shared/auth';
import { migrateUp } from '../../shared/migrate';
import { startStack } from '../../scripts/stack';
import { createScratchDatabase, freePort, openTestServer } from './database';
import { loadFixtures } from '../fixtures';

/** Starts real PostgreSQL, migrates a fresh database, loads the fixtures and starts the five services over HTTP. */
export default async function globalSetup(): Promise<void> {
  const server = await openTestServer();
  const databaseUrl = await createScratchDatabase(server.adminUrl);
  await migrateUp({ url: databaseUrl });
  await loadFixtures(databaseUrl);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-logs-'));
  // Fresh signing keys for the run: the services verify with them, the test client signs with them.
  process.env.LIAISON_KEYS_DIR = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-keys-'));
  await ensureDevelopmentKeys();
  const stack = await startStack({
    logDir,
    ports: {
      gateway: await freePort(),
      persons: await freePort(),
      documents: await freePort(),
      vehicles: await freePort(),
      substances: await freePort(),
    },
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', LIAISON_KEYS_DIR: process.env.LIAISON_KEYS_DIR },
  });
  Object.assign(process.env, {
    LIAISON_TEST_ADMIN_URL: server.adminUrl,
    LIAISON_TEST_DATABASE_URL: databaseUrl,
    LIAISON_TEST_LOG_DIR: logDir,
    LIAISON_GATEWAY_URL: stack.urls.gateway,
    LIAISON_PERSONS_URL: stack.urls.persons,
    LIAISON_DOCUMENTS_URL: stack.urls.documents,
    LIAISON_VEHICLES_URL: stack.urls.vehicles,
    LIAISON_SUBSTANCES_URL: stack.urls.substances,
  });
  (globalThis as Record<string, unknown>).__liaison = { server, stack, databaseUrl };
}
