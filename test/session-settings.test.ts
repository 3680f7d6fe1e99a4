// Every service session plans as the search statements were designed for, whatever the server's own configuration
// (docs/database.md, "Every service session"): on a server at PostgreSQL's defaults the generic plans of the
// VIN-ending and street-name searches were parallel or plain sequential scans at 10M records (1.4–1.6 s).
import { Client, escapeIdentifier } from 'pg';
import { createDataSource } from '../shared/database';
import { poolOf, queryPrepared } from '../shared/sql';

const SETTINGS = {
  jit: ['on', 'off'],
  plan_cache_mode: ['auto', 'force_generic_plan'],
  max_parallel_workers_per_gather: ['2', '0'],
  random_page_cost: ['4', '1.1'],
} as const;

it('a service session overrides what the database sets for jit, plan caching, parallel workers and page costs', async () => {
  const admin = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await admin.connect();
  const database = escapeIdentifier((await admin.query('SELECT current_database() AS name')).rows[0].name);
  const dataSource = createDataSource('persons', { url: process.env.LIAISON_TEST_DATABASE_URL, poolSize: 1 });
  try {
    // The server's defaults, set where an operator would: new sessions of this database start with them.
    for (const [name, [serverDefault]] of Object.entries(SETTINGS))
      await admin.query(`ALTER DATABASE ${database} SET ${name} = '${serverDefault}'`);
    const plain = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
    await plain.connect();
    await dataSource.initialize();
    for (const [name, [serverDefault, service]] of Object.entries(SETTINGS)) {
      expect((await plain.query(`SHOW ${name}`)).rows[0][name]).toBe(serverDefault);
      expect((await dataSource.query(`SHOW ${name}`))[0][name]).toBe(service);
    }
    await plain.end();
  } finally {
    for (const name of Object.keys(SETTINGS)) await admin.query(`ALTER DATABASE ${database} RESET ${name}`);
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.end();
  }
});

describe("a service pool's idle connections", () => {
  const url = process.env.LIAISON_TEST_DATABASE_URL;
  const backendAndStatements = async (dataSource: ReturnType<typeof createDataSource>) => {
    const [row] = await queryPrepared<{ pid: number; statements: number }>(
      dataSource,
      'SELECT pg_backend_pid() AS pid, (SELECT count(*)::int FROM pg_prepared_statements) AS statements',
      [],
    );
    return row;
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  afterEach(() => delete process.env.LIAISON_POOL_IDLE_TIMEOUT_MS);

  it("are kept 5 minutes by default, not pg's 10 s, with the statements they prepared", async () => {
    const dataSource = createDataSource('persons', { url, poolSize: 1, bounded: true });
    await dataSource.initialize();
    try {
      expect(poolOf(dataSource).options.idleTimeoutMillis).toBe(5 * 60_000);
      const before = await backendAndStatements(dataSource);
      await pause(300);
      // The same session answers, its statement still prepared: nothing is planned again.
      expect(await backendAndStatements(dataSource)).toEqual(before);
    } finally {
      await dataSource.destroy();
    }
  });

  it('close after LIAISON_POOL_IDLE_TIMEOUT_MS, and the next session prepares its statements again', async () => {
    process.env.LIAISON_POOL_IDLE_TIMEOUT_MS = '100';
    const dataSource = createDataSource('persons', { url, poolSize: 1, bounded: true });
    await dataSource.initialize();
    try {
      const before = await backendAndStatements(dataSource);
      await pause(400);
      expect(poolOf(dataSource).totalCount).toBe(0);
      const after = await backendAndStatements(dataSource);
      expect(after.pid).not.toBe(before.pid);
      // Only the statement just run: the new session prepared it anew.
      expect(after.statements).toBe(1);
    } finally {
      await dataSource.destroy();
    }
  });
});
