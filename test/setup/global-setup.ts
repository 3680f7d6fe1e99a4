import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { migrateUp } from '../../shared/migrate';
import { ensureDevelopmentKeys } from '../../shared/auth';
import { developmentCaFile, ensureDevelopmentCertificates } from '../../shared/tls';
import { startStackOnFreePorts } from '../../scripts/stack';
import { createScratchDatabase, openTestServer } from './database';
import { loadFixtures } from '../fixtures';

/** Starts real PostgreSQL, migrates a fresh database, loads the fixtures and starts the five services (the subgraphs over HTTPS). */
export default async function globalSetup(): Promise<void> {
  // Fresh signing keys and certificates for the run: the services verify with them, the test client signs with them,
  // and the embedded PostgreSQL offers TLS with its certificate.
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-keys-'));
  process.env.LIAISON_KEYS_DIR = keysDir;
  await ensureDevelopmentKeys();
  await ensureDevelopmentCertificates();
  const server = await openTestServer();
  const databaseUrl = await createScratchDatabase(server.adminUrl);
  await migrateUp({ url: databaseUrl });
  await loadFixtures(databaseUrl);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-logs-'));
  // Partner suites send hundreds of checks a second under one credential; test/rate-limits.test.ts reaches this.
  process.env.LIAISON_RATE_LIMIT_PARTNER_CHECKS = '5000/1,3000/3600';
  // The services verify the embedded PostgreSQL's certificate against the development CA.
  const stack = await startStackOnFreePorts({
    databaseUrl,
    logDir,
    keysDir,
    env: server.embedded ? { LIAISON_DATABASE_CA_FILE: developmentCaFile() } : {},
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
    LIAISON_EXCHANGE_URL: stack.urls.exchange,
    ...Object.fromEntries(
      Object.entries(stack.metricsUrls).map(([name, url]) => [`LIAISON_${name.toUpperCase()}_METRICS_URL`, url]),
    ),
  });
  (globalThis as Record<string, unknown>).__liaison = { server, stack, databaseUrl };
}
