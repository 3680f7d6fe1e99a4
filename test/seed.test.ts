import { Client } from 'pg';
import { migrateUp } from '../shared/migrate';
import { seedDatabase, SEEDED_TABLES } from '../scripts/seed';
import { createScratchDatabase, dropScratchDatabase } from './setup/database';

const adminUrl = () => process.env.LIAISON_TEST_ADMIN_URL!;
const TABLES = Object.values(SEEDED_TABLES).flat();

async function seededDatabase(seed: number, size = 3000, dropIndexes?: boolean): Promise<string> {
  const url = await createScratchDatabase(adminUrl(), 'liaison_seed');
  await migrateUp({ url });
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await seedDatabase({ size, seed, dropIndexes });
  } finally {
    process.env.DATABASE_URL = saved;
  }
  return url;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function fingerprints(url: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    // Row text in a stable order, timestamps included: same seed, same rows.
    const [row] = await query<{ md5: string }>(
      url,
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${table} t`,
    );
    result[table] = row.md5;
  }
  return result;
}

describe('seed', () => {
  const urls: string[] = [];
  afterAll(async () => {
    for (const url of urls) await dropScratchDatabase(adminUrl(), url);
  });

  it('is deterministic for a seed number and different for another', async () => {
    urls.push(await seededDatabase(7), await seededDatabase(7), await seededDatabase(8));
    const [first, second, other] = await Promise.all(urls.map(fingerprints));
    expect(second).toEqual(first);
    for (const table of TABLES) expect(other[table]).not.toBe(first[table]);
  });

  it('writes 30/40/20/10 % persons, documents, vehicles and seizures in several scripts and 30+ jurisdictions', async () => {
    const [counts] = await query<Record<string, string>>(
      urls[0],
      `SELECT (SELECT count(*) FROM persons.person) AS persons, (SELECT count(*) FROM documents.document) AS documents,
              (SELECT count(*) FROM vehicles.vehicle) AS vehicles, (SELECT count(*) FROM substances.seizure) AS seizures,
              (SELECT count(DISTINCT script) FROM persons.person) AS scripts,
              (SELECT count(DISTINCT owner_jurisdiction) FROM persons.person) AS jurisdictions`,
    );
    expect(counts).toEqual({
      persons: '900',
      documents: '1200',
      vehicles: '600',
      seizures: '300',
      scripts: '4',
      jurisdictions: expect.any(String),
    });
    expect(Number(counts.jurisdictions)).toBeGreaterThanOrEqual(30);
  });

  it('links only to records that exist', async () => {
    const persons = new Set(
      (await query<{ id: string }>(urls[0], 'SELECT id FROM persons.person')).map((row) => row.id),
    );
    const vehicles = new Set(
      (await query<{ id: string }>(urls[0], 'SELECT id FROM vehicles.vehicle')).map((row) => row.id),
    );
    const personLinks = await query<{ id: string }>(
      urls[0],
      `SELECT holder_id AS id FROM documents.document WHERE holder_id IS NOT NULL
       UNION ALL SELECT holder_id FROM vehicles.vehicle WHERE holder_id IS NOT NULL
       UNION ALL SELECT person_id FROM substances.seizure_person`,
    );
    const vehicleLinks = await query<{ id: string }>(
      urls[0],
      'SELECT vehicle_id AS id FROM substances.seizure_vehicle',
    );
    expect(personLinks.length).toBeGreaterThan(1000);
    expect(vehicleLinks.length).toBeGreaterThan(50);
    expect(personLinks.filter((link) => !persons.has(link.id))).toEqual([]);
    expect(vehicleLinks.filter((link) => !vehicles.has(link.id))).toEqual([]);
  });

  it('loads as a large seed does, indexes dropped and rebuilt, to the same rows and indexes', async () => {
    const url = await seededDatabase(7, 3000, true);
    urls.push(url);
    expect(await fingerprints(url)).toEqual(await fingerprints(urls[0]));
    const indexes = (database: string) =>
      query<{ indexdef: string }>(
        database,
        `SELECT indexdef FROM pg_indexes
          WHERE schemaname IN ('persons', 'documents', 'vehicles', 'substances') ORDER BY indexdef`,
      );
    expect(await indexes(url)).toEqual(await indexes(urls[0]));
    // The name words, filled by the names' trigger while their index was away, each with its person's year of birth.
    const wordRows = `SELECT count(*) AS rows, count(*) FILTER (WHERE w.birth_year IS NOT DISTINCT FROM p.dob_year) AS dated
                        FROM persons.name_word_row w JOIN persons.person p ON p.id = w.person_id`;
    const [counted] = await query<{ rows: string; dated: string }>(url, wordRows);
    expect(Number(counted.rows)).toBeGreaterThan(900);
    expect(counted.dated).toBe(counted.rows);
    expect(await query(url, wordRows)).toEqual(await query(urls[0], wordRows));
  });

  it('leaves the record tables vacuumed and nothing pending in the GIN indexes person searches read', async () => {
    // Both loads: indexes kept (urls[0]) and indexes dropped and rebuilt (the large seed's way, urls[3]).
    for (const url of [urls[0], urls[3]]) {
      await query(url, 'CREATE EXTENSION IF NOT EXISTS pgstattuple');
      await query(url, 'CREATE EXTENSION IF NOT EXISTS pg_visibility');
      // A page some later load's trigger changed after the table's own vacuum is not all-visible: every index read
      // of its rows goes to the heap.
      const unvacuumed = await query<{ name: string; pages: number; visible: number }>(
        url,
        `SELECT t.name, pg_relation_size(t.name::regclass) / current_setting('block_size')::int AS pages,
                (pg_visibility_map_summary(t.name::regclass)).all_visible AS visible
           FROM unnest(ARRAY[${TABLES.map((table) => `'${table}'`).join(', ')}]) AS t (name) ORDER BY 1`,
      );
      expect(unvacuumed.filter((table) => Number(table.visible) < Number(table.pages))).toEqual([]);
      // Every GIN index of the persons schema but the audit's: written through, so no scan reads a pending list.
      const gin = await query<{ index: string; options: string[] | null; pending: number }>(
        url,
        `SELECT c.relname AS index, c.reloptions AS options, (pgstatginindex(c.oid)).pending_pages AS pending
           FROM pg_class c JOIN pg_am a ON a.oid = c.relam
          WHERE a.amname = 'gin' AND c.relnamespace = 'persons'::regnamespace AND c.relname NOT LIKE 'audit%'
          ORDER BY 1`,
      );
      expect(gin.map((row) => row.index)).toContain('person_name_words');
      expect(gin.filter((row) => !row.options?.includes('fastupdate=off') || Number(row.pending) > 0)).toEqual([]);
    }
  });

  it('makes the demo set of `npm start` hold what the sandbox examples and the start banner find', async () => {
    const url = await seededDatabase(42, 10_000);
    urls.push(url);
    // CheckDocument and CheckDocuments in the sandbox (gateway/src/sandbox.ts): a hit for the Swedish officer.
    const documents = await query(
      url,
      `SELECT 1 FROM documents.document WHERE number_normalized = '02CL18913' AND issuing_country = 'FR'
          AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
          AND (owner_jurisdiction = 'SE' OR sharing = 'ALL_JURISDICTIONS' OR 'SE' = ANY(shared_with))`,
    );
    expect(documents).toHaveLength(1);
    // UnifiedSearch and PersonAndLinks in the sandbox, and the banner's curl: "Stefan Rosu 1983".
    const persons = await query(
      url,
      `SELECT 1 FROM persons.person WHERE family_name = 'Roșu' AND given_names LIKE 'Ștefan%' AND dob_year = 1983
          AND handling_code <> 'H3' AND (sharing = 'ALL_JURISDICTIONS' OR owner_jurisdiction = 'SE')`,
    );
    expect(persons.length).toBeGreaterThan(0);
  });
});
