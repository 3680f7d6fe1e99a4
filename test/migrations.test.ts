import { Client } from 'pg';
import { migrateDownAll, migrateDownLast, migrateUp } from '../shared/migrate';
import { MIGRATIONS } from '../migrations';
import { DELETION_TABLES_V1, type DeletionTableV1 } from '../migrations/identifier-deletions';
import { createScratchDatabase, dropScratchDatabase } from './setup/database';

const adminUrl = () => process.env.LIAISON_TEST_ADMIN_URL!;

async function query(url: string, sql: string, params: unknown[] = []): Promise<Record<string, any>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function userTables(url: string): Promise<string[]> {
  const rows = await query(
    url,
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  return rows.map((row) => row.name as string);
}

/** The typo keys a key table holds, and those its records' current identifiers call for, as sorted `key id` lines. */
async function typoKeys(url: string, t: DeletionTableV1): Promise<{ held: string[]; expected: string[] }> {
  const lines = async (sql: string) => (await query(url, sql)).map((row) => `${row.key} ${row.id}`).sort();
  return {
    held: await lines(`SELECT key, ${t.recordId} AS id FROM ${t.schema}.${t.name}`),
    expected: await lines(
      `SELECT key, r.id FROM ${t.schema}.${t.records} r, unnest(${t.schema}.identifier_deletion_keys(r.${t.identifier})) AS key
        WHERE r.revoked_at IS NULL`,
    ),
  };
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

  it('give the records already there their typo keys, and take the key tables and indexes away again', async () => {
    const indexes = async () =>
      (await query(url, `SELECT indexname FROM pg_indexes WHERE tablename = 'vehicle' ORDER BY 1`)).map(
        (row) => row.indexname,
      );
    // Back to before the key tables: documents' last migration, vehicles' last five (key tables, the reversed VIN).
    await migrateDownLast({ url, name: 'documents', count: 1 });
    await migrateDownLast({ url, name: 'vehicles', count: 5 });
    expect(await userTables(url)).not.toEqual(expect.arrayContaining(['documents.document_number_deletion']));
    expect(await indexes()).toEqual(expect.arrayContaining(['vehicle_vin_last6', 'vehicle_vin_last8']));
    expect(await indexes()).not.toContain('vehicle_vin_reversed');

    const provenance = `'SE', 'SE-X', 'X'`;
    await query(
      url,
      `INSERT INTO documents.document (id, owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference,
         number, number_normalized, type, issuing_country, status, revoked_at, revocation_reason)
       VALUES (gen_random_uuid(), ${provenance}, 'M1', 'MG123456', 'MG123456', 'PASSPORT', 'SE', 'LOST', NULL, NULL),
              (gen_random_uuid(), ${provenance}, 'M2', 'MG1234', 'MG1234', 'PASSPORT', 'SE', 'LOST', NULL, NULL),
              (gen_random_uuid(), ${provenance}, 'M3', 'MG9999', 'MG9999', 'PASSPORT', 'SE', 'LOST', now(), 'found')`,
    );
    await query(
      url,
      `INSERT INTO vehicles.vehicle (id, owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference,
         vin, vin_normalized, registration_plate, plate_normalized, registration_country, type, make, status)
       VALUES (gen_random_uuid(), ${provenance}, 'M1', 'WVWZZZ1JZXW000001', 'WVWZZZ1JZXW000001', 'ABC 123', 'ABC123',
               'SE', 'CAR', 'VW', 'STOLEN'),
              (gen_random_uuid(), ${provenance}, 'M2', NULL, NULL, 'AB 1', 'AB1', 'SE', 'CAR', 'VW', 'STOLEN')`,
    );

    expect(await migrateUp({ url })).toHaveLength(6);
    for (const table of Object.values(DELETION_TABLES_V1)) {
      const { held, expected } = await typoKeys(url, table);
      expect(held.length).toBeGreaterThan(0);
      expect(held).toEqual(expected);
    }
    // 8 characters: itself and 8 spellings less one; 6 characters: 7 (none under 5 characters is kept); revoked: none.
    expect((await typoKeys(url, DELETION_TABLES_V1.documentNumber)).held).toHaveLength(9 + 7);
    expect(await indexes()).toContain('vehicle_vin_reversed');
    expect(await indexes()).not.toEqual(expect.arrayContaining(['vehicle_vin_last6']));
    expect(await indexes()).not.toEqual(expect.arrayContaining(['vehicle_vin_last8']));

    // Written afterwards, changed, revoked, deleted: the statement triggers keep the keys.
    await query(url, `UPDATE documents.document SET number_normalized = 'MG123457' WHERE national_reference = 'M1'`);
    await query(
      url,
      `UPDATE documents.document SET revoked_at = NULL, revocation_reason = NULL WHERE national_reference = 'M3'`,
    );
    await query(
      url,
      `UPDATE vehicles.vehicle SET revoked_at = now(), revocation_reason = 'found' WHERE national_reference = 'M1'`,
    );
    for (const table of Object.values(DELETION_TABLES_V1)) {
      const { held, expected } = await typoKeys(url, table);
      expect(held).toEqual(expected);
    }
    await query(url, 'DELETE FROM documents.document');
    await query(url, 'TRUNCATE vehicles.vehicle');
    for (const table of Object.values(DELETION_TABLES_V1)) expect((await typoKeys(url, table)).held).toEqual([]);
  });
});
