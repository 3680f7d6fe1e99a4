import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateUp } from '../shared/migrate';
import { freePort, startService } from '../scripts/stack';
import { SUBSTANCE_CATALOGUE } from '../subgraphs/substances/src/catalogue';
import { createScratchDatabase, dropScratchDatabase } from './setup/database';

// The substances service serves the catalogue from memory, but seizures reference its rows by foreign key: on a
// database nobody seeded, the service itself writes the catalogue when it starts.
describe('substances service startup', () => {
  const adminUrl = () => process.env.LIAISON_TEST_ADMIN_URL!;
  let url: string;
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-substances-startup-'));
  beforeAll(async () => {
    url = await createScratchDatabase(adminUrl(), 'liaison_substances_startup');
    await migrateUp({ url, names: ['substances'] });
  });
  afterAll(async () => {
    await dropScratchDatabase(adminUrl(), url);
    rmSync(logDir, { recursive: true, force: true });
  });

  it('loads the catalogue into an empty database before it answers', async () => {
    const count = async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query('SELECT count(*)::int AS n FROM substances.substance')).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    expect(await count()).toBe(0);
    const service = await startService('substances', {
      port: await freePort(),
      logDir,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    });
    try {
      expect(await count()).toBe(SUBSTANCE_CATALOGUE.length);
    } finally {
      await service.stop();
    }
  });
});
