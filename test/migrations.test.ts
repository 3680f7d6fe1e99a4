import { Client } from 'pg';
import { migrateDownAll, migrateUp } from '../shared/migrate';
import { MIGRATIONS } from '../migrations';
import { createScratchDatabase, dropScratchDatabase } from './setup/database';

const adminUrl = () => process.env.LIAISON_TEST_ADMIN_URL!;

async function userTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    return rows.map((row) => row.name as string);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let url: string;
  beforeAll(async () => {
    url = await createScratchDatabase(adminUrl(), 'liaison_migrations');
  });
  afterAll(async () => {
    await dropScratchDatabase(adminUrl(), url);
  });

  it('run up, all the way down and up again, leaving nothing behind but the migrations tables', async () => {
    const total = Object.values(MIGRATIONS).reduce((sum, list) => sum + list.length, 0);
    expect(await migrateUp({ url })).toHaveLength(total);
    const tables = await userTables(url);
    for (const table of [
      'persons.person',
      'persons.alert',
      'documents.document',
      'vehicles.vehicle',
      'substances.seizure',
    ]) {
      expect(tables).toContain(table);
    }

    expect(await migrateDownAll({ url })).toBe(total);
    expect(await userTables(url)).toEqual([
      'public.documents_migrations',
      'public.exchange_migrations',
      'public.persons_migrations',
      'public.substances_migrations',
      'public.vehicles_migrations',
    ]);

    expect(await migrateUp({ url })).toHaveLength(total);
    expect(await userTables(url)).toEqual(tables);
    expect(await migrateUp({ url })).toEqual([]);
  });
});
