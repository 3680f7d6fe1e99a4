// `npx tsx scripts/measure-rls.ts`: what PostgreSQL row-level security would cost the searches (docs/security.md).
// On the migrated, seeded database of DATABASE_URL (a scratch database: it enables RLS for a while), it runs every
// search shape of `npm run explain:search` as the subgraphs' service roles, first as today, then with a policy on each
// record table that mirrors `checkableSql` (the viewer's jurisdiction from a setting), and measures the extra round
// trips a per-request setting needs (BEGIN, set_config, COMMIT around the statement).
import { performance } from 'node:perf_hooks';
import { Client, escapeIdentifier } from 'pg';
import { databaseUrl } from '../shared/config';
import { createDataSource, SESSION_SETTINGS } from '../shared/database';
import { ensureServiceLogins, serviceRole } from '../shared/database-roles';
import { notLapsedSql } from '../shared/provenance';
import { SEARCH_SUBGRAPH_NAMES as SUBGRAPH_NAMES, type SearchSubgraphName as SubgraphName } from '../shared/schema';
import { shapes } from './explain-search';

const RECORD_TABLES: Record<SubgraphName, string> = {
  persons: 'persons.person',
  documents: 'documents.document',
  vehicles: 'vehicles.vehicle',
  substances: 'substances.seizure',
};
const RUNS = Number(process.env.RLS_RUNS ?? 30);
const VIEWER = `current_setting('liaison.jurisdiction')::varchar`;
// checkableSql with the viewer from the session: H3 records must stay readable for the hit/no-hit checks.
const POLICY = `${notLapsedSql('r')} AND (r.owner_jurisdiction = ${VIEWER} OR r.sharing = 'ALL_JURISDICTIONS'
  OR (r.sharing = 'LISTED_JURISDICTIONS' AND ${VIEWER} = ANY (r.shared_with)))`.replace(/\br\./g, '');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const adminUrl = databaseUrl()!;
  const admin = new Client({ connectionString: adminUrl, options: SESSION_SETTINGS });
  await admin.connect();
  const urls = await ensureServiceLogins(process.env);
  const sources = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, createDataSource(name, { url: urls[name], poolSize: 1 })]),
  ) as Record<SubgraphName, ReturnType<typeof createDataSource>>;
  const clients = {} as Record<SubgraphName, Client>;
  for (const name of SUBGRAPH_NAMES) {
    await sources[name].initialize();
    await sources[name].query(`SELECT set_config('liaison.jurisdiction', 'SE', false)`);
    clients[name] = new Client({ connectionString: adminUrl });
    await clients[name].connect();
  }
  const all = await shapes(clients);
  // Each shape's answer too: the policy must change no search's answer for a viewer the rule already applies to.
  const answers = new Map<string, string>();
  const time = async () => {
    const result = new Map<string, number>();
    for (const shape of all) {
      const answer = JSON.stringify(await shape.run(sources[shape.subgraph]));
      const key = `${shape.subgraph}: ${shape.name}`;
      if (answers.has(key) && answers.get(key) !== answer) console.log(`DIFFERENT ANSWER: ${key}`);
      answers.set(key, answer);
      for (let i = 0; i < 3; i++) await shape.run(sources[shape.subgraph]);
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await shape.run(sources[shape.subgraph]);
        runs.push(performance.now() - started);
      }
      result.set(`${shape.subgraph}: ${shape.name}`, median(runs));
    }
    return result;
  };
  try {
    // Without, with, and without again: the order of the runs (a cache warming up) shows as the two withouts differ.
    const first = await time();
    for (const name of SUBGRAPH_NAMES) {
      const table = RECORD_TABLES[name];
      await admin.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await admin.query(
        `CREATE POLICY measured ON ${table} FOR SELECT TO ${escapeIdentifier(serviceRole(name))} USING (${POLICY})`,
      );
    }
    let withPolicy: Map<string, number>;
    try {
      withPolicy = await time();
    } finally {
      for (const name of SUBGRAPH_NAMES) {
        await admin.query(`DROP POLICY measured ON ${RECORD_TABLES[name]}`);
        await admin.query(`ALTER TABLE ${RECORD_TABLES[name]} DISABLE ROW LEVEL SECURITY`);
      }
    }
    const second = await time();
    console.log(`| median of ${RUNS} runs, ms | without RLS | with the policy | without RLS, again |`);
    for (const [shape, ms] of first) {
      console.log(
        `| ${shape} | ${ms.toFixed(2)} | ${withPolicy.get(shape)!.toFixed(2)} | ${second.get(shape)!.toFixed(2)} |`,
      );
    }
    // The per-request setting: a statement alone, or wrapped in BEGIN; set_config(..., true); ...; COMMIT.
    const ds = sources.documents;
    const single = async (wrapped: boolean) => {
      const runs: number[] = [];
      for (let i = 0; i < 500; i++) {
        const started = performance.now();
        if (wrapped) {
          await ds.query('BEGIN');
          await ds.query(`SELECT set_config('liaison.jurisdiction', $1, true)`, ['SE']);
        }
        await ds.query('SELECT 1');
        if (wrapped) await ds.query('COMMIT');
        runs.push(performance.now() - started);
      }
      return median(runs);
    };
    // poolSize 1: BEGIN, set_config and COMMIT reach the same connection, as one request's would.
    const bare = await single(false);
    const wrapped = await single(true);
    console.log(
      `round trips: a statement alone ${bare.toFixed(3)} ms, with BEGIN/set_config/COMMIT ${wrapped.toFixed(3)} ms`,
    );
  } finally {
    await admin.end();
    for (const name of SUBGRAPH_NAMES) {
      await clients[name].end();
      await sources[name].destroy();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
