// A search pool warmed at start (shared/warm-up.ts): each pooled connection has planned every shape of the search
// statements before the service answers, and keeps its connections, and so its plans, through lulls.
import { createDataSource } from '../shared/database';
import { poolOf, queryPrepared } from '../shared/sql';
import { WARM_UP_PAGE, WARM_UP_VIEWER, searchEachText, warmEveryConnection, type WarmUp } from '../shared/warm-up';
import { PERSON_SEARCH_WARM_UP, searchPersons } from '../subgraphs/persons/src/search/person-search';
import { DOCUMENT_SEARCH_WARM_UP, searchDocuments } from '../subgraphs/documents/src/search/document-search';
import { VEHICLE_SEARCH_WARM_UP, searchVehicles } from '../subgraphs/vehicles/src/search/vehicle-search';
import {
  SEIZURE_SEARCH_WARM_UP,
  parseSeizureCriteria,
  searchSeizures,
} from '../subgraphs/substances/src/search/seizure-search';
import evalSet from './eval/search-eval.json';
import type { DataSource } from 'typeorm';

const url = process.env.LIAISON_TEST_DATABASE_URL;
type Pool = ReturnType<typeof createDataSource>;

/** The names of the statements each connection of the pool has prepared, one sorted list per connection. */
async function preparedOnEachConnection(dataSource: Pool): Promise<string[][]> {
  const pool = poolOf(dataSource);
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  try {
    return await Promise.all(
      clients.map(async (client) =>
        (
          await client.query<{ name: string }>(
            "SELECT name FROM pg_prepared_statements WHERE name LIKE 'liaison\\_%' ORDER BY name",
          )
        ).rows.map((row) => row.name),
      ),
    );
  } finally {
    for (const client of clients) client.release();
  }
}

async function withPool<T>(options: { poolSize: number; keepConnections?: boolean }, work: (pool: Pool) => Promise<T>) {
  const dataSource = createDataSource('persons', { url, bounded: true, ...options });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

describe('warming a search pool', () => {
  afterEach(() => delete process.env.LIAISON_POOL_IDLE_TIMEOUT_MS);

  it('runs the searches once on every connection of the pool, each of which then holds their statements', async () => {
    await withPool({ poolSize: 3 }, async (dataSource) => {
      const backends: number[] = [];
      const searches = async () => {
        const [row] = await queryPrepared<{ pid: number }>(dataSource, 'SELECT pg_backend_pid() AS pid', []);
        backends.push(row.pid);
      };
      expect(await warmEveryConnection(dataSource, searches)).toEqual({ connections: 3, ms: expect.any(Number) });
      expect(new Set(backends).size).toBe(3);
      const prepared = await preparedOnEachConnection(dataSource);
      expect(prepared).toHaveLength(3);
      for (const names of prepared) expect(names).toHaveLength(1);
      expect(new Set(prepared.flat()).size).toBe(1);
    });
  });

  it('hands every connection back when a search fails, and throws what failed', async () => {
    await withPool({ poolSize: 3 }, async (dataSource) => {
      const failure = new Error('a warm-up search failed');
      await expect(
        warmEveryConnection(dataSource, async () => {
          throw failure;
        }),
      ).rejects.toBe(failure);
      const pool = poolOf(dataSource);
      expect(pool.idleCount).toBe(pool.totalCount);
      // The pool serves on: no connection is left held or released twice.
      expect(await queryPrepared(dataSource, 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
    });
  });

  it('keeps every connection of a warmed pool through a lull longer than the idle timeout, with its statements', async () => {
    process.env.LIAISON_POOL_IDLE_TIMEOUT_MS = '100';
    for (const keepConnections of [true, false]) {
      await withPool({ poolSize: 2, keepConnections }, async (dataSource) => {
        const pids = async () => {
          const rows: number[] = [];
          await warmEveryConnection(dataSource, async () => {
            const [row] = await queryPrepared<{ pid: number }>(dataSource, 'SELECT pg_backend_pid() AS pid', []);
            rows.push(row.pid);
          });
          return rows.sort();
        };
        const before = await pids();
        await new Promise((resolve) => setTimeout(resolve, 400));
        const pool = poolOf(dataSource);
        if (keepConnections) {
          expect(pool.totalCount).toBe(2);
          expect(await pids()).toEqual(before);
        } else {
          // Without: the idle timeout closed them, and new sessions answer.
          expect(pool.totalCount).toBe(0);
          expect((await pids()).filter((pid) => before.includes(pid))).toEqual([]);
        }
      });
    }
  });
});

/** Texts of the evaluation set searched by one field, text alone. */
const evalTexts = (field: string): string[] => [
  ...new Set(
    evalSet.queries
      .filter((query) => query.field === field && Object.keys(query.args).length === 1 && 'text' in query.args)
      .map((query) => (query.args as { text: string }).text),
  ),
];

/** Other texts of each kind in UNIFIED_WARM_UP_TEXTS: other names, dates, MRZs, numbers, VINs, plates, substances. */
const OTHER_UNIFIED_TEXTS = [
  'Jan Novak',
  'Jan Novak 1980-11-02',
  'Jana 1968',
  'P<CZENOVAK<<JAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n12345678<8CZE8011026M3105054<<<<<<<<<<<<<<<4',
  'X98765432',
  'LK 118 204',
  'VF1RFB00X56123456',
  'VF1 RFB00X 56123456',
  '56123456',
  'KA-12-XY',
  '54-04-6',
  'heroin',
  'MDMA 500 tablets',
];

describe('the warm-up texts give every shape the searches take', () => {
  const viewer = WARM_UP_VIEWER;
  const page = WARM_UP_PAGE;
  const subgraphs: [string, WarmUp, (dataSource: DataSource, text: string) => Promise<unknown>, string[]][] = [
    [
      'persons: the eight shapes of the name statement, and every text of the evaluation set',
      PERSON_SEARCH_WARM_UP,
      (dataSource, text) => searchPersons(dataSource, { viewer, text, jurisdictions: [], page }),
      evalTexts('searchPersons'),
    ],
    [
      'documents',
      DOCUMENT_SEARCH_WARM_UP,
      (dataSource, text) => searchDocuments(dataSource, { viewer, text, jurisdictions: [], page }),
      OTHER_UNIFIED_TEXTS,
    ],
    [
      'vehicles',
      VEHICLE_SEARCH_WARM_UP,
      (dataSource, text) => searchVehicles(dataSource, { viewer, text, jurisdictions: [], page }),
      OTHER_UNIFIED_TEXTS,
    ],
    [
      'substances',
      SEIZURE_SEARCH_WARM_UP,
      (dataSource, text) =>
        searchSeizures(dataSource, { viewer, text, jurisdictions: [], filters: parseSeizureCriteria(undefined), page }),
      [...OTHER_UNIFIED_TEXTS, ...evalTexts('searchSeizures')],
    ],
  ];

  it.each(subgraphs)('%s', async (_name, warmUp, search, texts) => {
    await withPool({ poolSize: 1 }, async (dataSource) => {
      await warmEveryConnection(dataSource, () => searchEachText(dataSource, warmUp));
      const [warmed] = await preparedOnEachConnection(dataSource);
      expect(warmed.length).toBeGreaterThan(0);
      for (const text of texts) await search(dataSource, text);
      // Nothing searched afterwards needed a statement the warm-up had not prepared.
      expect((await preparedOnEachConnection(dataSource))[0]).toEqual(warmed);
    });
  });

  it('persons: one statement of each shape, from eight texts', async () => {
    await withPool({ poolSize: 1 }, async (dataSource) => {
      await warmEveryConnection(dataSource, () => searchEachText(dataSource, PERSON_SEARCH_WARM_UP));
      const [warmed] = await preparedOnEachConnection(dataSource);
      expect(PERSON_SEARCH_WARM_UP.texts).toHaveLength(8);
      // One statement a shape: the page, its count and its tie-breakers are read by the same statement.
      expect(warmed).toHaveLength(8);
    });
  });
});
