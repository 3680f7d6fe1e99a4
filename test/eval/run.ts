// `npm run eval:search [-- --write docs/search-quality.md] [--only person.] [--concurrency 4] [--worst 3] [--note "…"]`
//
// Measures search quality against the labelled set test/eval/search-eval.json (made by generate.ts): loads the set's
// seed into a FRESH database (a scratch database on DATABASE_URL's server, created and dropped here, or an embedded
// PostgreSQL in a temporary folder when DATABASE_URL is unset), runs the migrations, starts the four subgraphs and
// the gateway on free ports, sends every query through the gateway over HTTP (first: 10) as the set's viewer, and
// prints recall@1, recall@10, precision@1 and MRR per rule, per entity and overall, with the worst failing queries
// of each rule. `--write FILE` also writes the Markdown report. Exits 0 whatever the scores (it is a report);
// non-zero only when the database, the services or the gateway fail. Everything it starts is stopped at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PURPOSE_HEADER, signDevelopmentToken } from '../../shared/auth';
import { startStackOnFreePorts, type Stack } from '../../scripts/stack';
import {
  EVAL_VIEWER,
  VISIBLE_SQL,
  fingerprint,
  openEvalDatabase,
  postRespectingRateLimit,
  withClient,
  type EvalDatabase,
} from './harness';
import { scoreQuery } from './metrics';
import {
  buildResults,
  consoleFailures,
  consoleTable,
  isFailing,
  leakLine,
  markdownReport,
  percentile,
  type EvalReport,
  type HitView,
  type QueryOutcome,
} from './report';
import type { EvalEntity, EvalField, EvalQuery, EvalSet } from './set';

const SET_FILE = path.join(__dirname, 'search-eval.json');
const PURPOSE = 'EVAL search quality';
const FIRST = 10;
const REQUEST_TIMEOUT_MS = 30_000;

interface Arguments {
  write?: string;
  only?: string;
  concurrency: number;
  worst: number;
  note?: string;
  set: string;
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { concurrency: 4, worst: 3, set: SET_FILE };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--write') parsed.write = path.resolve(value());
    else if (flag === '--only') parsed.only = value();
    else if (flag === '--concurrency') parsed.concurrency = Math.max(1, Number(value()) || 1);
    else if (flag === '--worst') parsed.worst = Math.max(0, Number(value()) || 0);
    else if (flag === '--note') parsed.note = value();
    else if (flag === '--set') parsed.set = path.resolve(value());
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: eval:search [--write FILE] [--only RULE-PREFIX] [--concurrency N] [--worst N] [--note TEXT] [--set FILE]`,
      );
  }
  return parsed;
}

/** The selection per search field: ids to score, and what the report shows of a hit. */
const SELECTIONS: Record<EvalField, { type: string; node: string; label: (node: any) => string }> = {
  searchPersons: {
    type: 'PersonCriteria',
    node: 'id givenNamesLatin familyNameLatin dateOfBirth nationalities',
    label: (n) =>
      `${n.givenNamesLatin ?? ''} ${n.familyNameLatin.toUpperCase()}, ${n.dateOfBirth ?? 'dob unknown'}, ${n.nationalities.join('/')}`,
  },
  searchDocuments: {
    type: 'DocumentCriteria',
    node: 'id number type issuingCountry',
    label: (n) => `${n.type} ${n.number} issued by ${n.issuingCountry}`,
  },
  searchVehicles: {
    type: 'VehicleCriteria',
    node: 'id vin registrationPlate registrationCountry',
    label: (n) => `VIN ${n.vin ?? '-'}, plate ${n.registrationPlate ?? '-'} (${n.registrationCountry ?? '-'})`,
  },
  searchSeizures: {
    type: 'SeizureCriteria',
    node: 'id seizedOn country substance { name }',
    label: (n) => `${n.substance?.name ?? '?'} seized ${n.seizedOn} in ${n.country}`,
  },
};

function documentFor(field: EvalField): string {
  const selection = SELECTIONS[field];
  return `query EvalSearch($text: String, $jurisdictions: [String!], $criteria: ${selection.type}, $first: Int) {
  hits: ${field}(text: $text, jurisdictions: $jurisdictions, criteria: $criteria, first: $first) {
    edges { score matchedOn { field kind value note } node { ${selection.node} } }
  }
}`;
}

/** A failure of the machinery (database, services, gateway unreachable), as opposed to a query answered with an error. */
class InfrastructureError extends Error {}

class Gateway {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async post(body: object): Promise<{ data?: any; errors?: { message: string; extensions?: any }[] }> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await postRespectingRateLimit(this.url, () => ({
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${this.token}`,
            [PURPOSE_HEADER]: PURPOSE,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }));
        const text = await response.text();
        try {
          return JSON.parse(text);
        } catch {
          throw new InfrastructureError(
            `the gateway answered HTTP ${response.status} without JSON: ${text.slice(0, 200)}`,
          );
        }
      } catch (error) {
        if (error instanceof InfrastructureError) throw error;
        if (attempt >= 2) throw new InfrastructureError(`the gateway did not answer: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** Which `Type.field` members the API has, for the queries that need something it may not have yet. */
  async members(names: string[]): Promise<Set<string>> {
    const types = [...new Set(names.map((name) => name.split('.')[0]))];
    const found = new Set<string>();
    for (const type of types) {
      const { data } = await this.post({
        query: 'query($name: String!) { __type(name: $name) { fields { name } inputFields { name } } }',
        variables: { name: type },
      });
      const members = [...(data?.__type?.fields ?? []), ...(data?.__type?.inputFields ?? [])];
      for (const member of members) found.add(`${type}.${member.name}`);
    }
    return found;
  }

  async search(query: EvalQuery): Promise<{ ranking: string[]; hits: HitView[]; error: string | null }> {
    const { data, errors } = await this.post({
      query: documentFor(query.field),
      variables: { ...query.args, first: FIRST },
    });
    const edges: any[] | undefined = data?.hits?.edges;
    if (!edges) return { ranking: [], hits: [], error: errors?.map((error) => error.message).join('; ') ?? 'no data' };
    const label = SELECTIONS[query.field].label;
    return {
      ranking: edges.map((edge) => edge.node.id),
      hits: edges.slice(0, 3).map((edge) => ({
        id: edge.node.id,
        score: edge.score,
        label: label(edge.node),
        matchedOn: edge.matchedOn
          .map((m: any) => `${m.kind} ${m.field}${m.value ? ` '${m.value}'` : ''}${m.note ? ` (${m.note})` : ''}`)
          .join('; '),
      })),
      error: null,
    };
  }
}

/** The relevant ids of each query that the viewer may still see now (a record may have lapsed since generation). */
async function visibleRelevant(database: EvalDatabase, set: EvalSet): Promise<Set<string>> {
  const visible = new Set<string>();
  await withClient(database.url, async (client) => {
    for (const [entity, table] of Object.entries(TABLES)) {
      const ids = [
        ...new Set(set.queries.filter((query) => query.entity === entity).flatMap((query) => query.relevant)),
      ];
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE id = ANY($2::uuid[]) AND ${VISIBLE_SQL}`,
        [set.viewer.jurisdiction, ids],
      );
      for (const row of rows) visible.add(row.id);
    }
  });
  return visible;
}

const TABLES: Record<EvalEntity, string> = {
  person: 'persons.person',
  document: 'documents.document',
  vehicle: 'vehicles.vehicle',
  seizure: 'substances.seizure',
};

/** Fills `hidden` of each outcome: returned records the viewer may not see, with the reason. */
async function findHidden(database: EvalDatabase, viewer: string, outcomes: QueryOutcome[]): Promise<void> {
  const reasons = new Map<string, string>();
  await withClient(database.url, async (client) => {
    for (const [entity, table] of Object.entries(TABLES)) {
      const ids = [
        ...new Set(
          outcomes
            .filter((outcome) => outcome.query.entity === entity)
            .flatMap((outcome) => outcome.ranking.filter((id) => !outcome.relevant.has(id))),
        ),
      ];
      const { rows } = await client.query<{ id: string; reason: string }>(
        `SELECT id, CASE WHEN expires_at <= now() THEN 'lapsed'
                         WHEN handling_code = 'H3' AND owner_jurisdiction <> $1::varchar THEN 'H3 of ' || owner_jurisdiction
                         ELSE owner_jurisdiction || ', ' || sharing || coalesce(' ' || array_to_string(shared_with, ','), '')
                    END AS reason
           FROM ${table} WHERE id = ANY($2::uuid[]) AND NOT (${VISIBLE_SQL})`,
        [viewer, ids],
      );
      for (const row of rows) reasons.set(row.id, row.reason);
    }
  });
  for (const outcome of outcomes)
    for (const id of outcome.ranking) if (reasons.has(id)) outcome.hidden[id] = reasons.get(id)!;
}

const MISSING_SHOWN = 3;

/** Describes, for each failing query, the first correct answers it did not return in its hits. */
async function describeMissing(database: EvalDatabase, outcomes: QueryOutcome[]): Promise<void> {
  const failing = outcomes.filter(isFailing);
  const missingOf = (outcome: QueryOutcome) =>
    [...outcome.relevant].filter((id) => !outcome.ranking.slice(0, FIRST).includes(id)).slice(0, MISSING_SHOWN);
  const labels = new Map<string, string>();
  await withClient(database.url, async (client) => {
    for (const entity of Object.keys(TABLES) as EvalEntity[]) {
      const ids = [...new Set(failing.filter((o) => o.query.entity === entity).flatMap(missingOf))];
      if (!ids.length) continue;
      const { rows } = await client.query<{ id: string; label: string }>(LABEL_SQL[entity], [ids]);
      for (const row of rows) labels.set(row.id, row.label);
    }
  });
  for (const outcome of failing) outcome.missing = missingOf(outcome).map((id) => labels.get(id) ?? id);
}

/** How a missing correct answer is described: enough to see why it is one (names at birth, aliases, dates). */
const LABEL_SQL: Record<EvalEntity, string> = {
  person: `SELECT id, concat_ws(', ', concat_ws(' ', given_names_latin, upper(family_name_latin)),
                  concat_ws('-', dob_year, lpad(dob_month::text, 2, '0'), lpad(dob_day::text, 2, '0')),
                  array_to_string(nationalities, '/'), lower(sex),
                  'born ' || name_at_birth, 'aliases ' || nullif(array_to_string(aliases, ' / '), '')) AS label
             FROM persons.person WHERE id = ANY($1::uuid[])`,
  document: `SELECT id, concat_ws(' ', type, number, 'issued by', issuing_country) AS label
               FROM documents.document WHERE id = ANY($1::uuid[])`,
  vehicle: `SELECT id, concat_ws(' ', 'VIN', vin, 'plate', registration_plate, registration_country) AS label
              FROM vehicles.vehicle WHERE id = ANY($1::uuid[])`,
  seizure: `SELECT s.id, concat_ws(' ', c.name, 'seized', to_char(s.seized_on, 'YYYY-MM-DD'), 'in', s.country) AS label
              FROM substances.seizure s JOIN substances.substance c ON c.id = s.substance_id
             WHERE s.id = ANY($1::uuid[])`,
};

async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function progress(total: number): { tick(errors: number): void; done(): void } {
  const started = Date.now();
  let count = 0;
  let lastDecile = -1;
  const line = (errors: number) =>
    `queries ${count}/${total} (${Math.floor((count / total) * 100)}%), ${errors} error(s), ${((Date.now() - started) / 1000).toFixed(1)} s`;
  return {
    tick(errors) {
      count++;
      if (process.stderr.isTTY) process.stderr.write(`\r${line(errors)}`);
      else if (Math.floor((count / total) * 10) > lastDecile) {
        lastDecile = Math.floor((count / total) * 10);
        process.stderr.write(`${line(errors)}\n`);
      }
    },
    done() {
      if (process.stderr.isTTY) process.stderr.write('\n');
    },
  };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const set = JSON.parse(readFileSync(args.set, 'utf8')) as EvalSet;
  const queries = set.queries.filter((query) => !args.only || query.rule.startsWith(args.only));
  if (!queries.length) throw new Error(`no query's rule starts with '${args.only}'`);
  const log = (message: string) => console.error(message);
  const started = Date.now();
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    })());
  const interrupt = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping the services and dropping the database`);
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  let keepLogs = false;
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-eval-logs-'));
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-eval-keys-'));
  cleanups.push(async () => {
    rmSync(keysDir, { recursive: true, force: true });
    if (!keepLogs) rmSync(logDir, { recursive: true, force: true });
  });
  try {
    const database = await openEvalDatabase({ size: set.size, seed: set.seed, log });
    cleanups.push(() => database.stop());
    const seeded = Date.now();
    const stale = (await withClient(database.url, fingerprint)) !== set.fingerprint;
    if (stale)
      log(
        'WARNING: the seed no longer gives the data the set was made from; regenerate it: npx tsx test/eval/generate.ts',
      );
    const visible = await visibleRelevant(database, set);
    // A query all of whose answers have lapsed since the set was made has nothing left to find: it is not sent.
    const answerable = queries.filter((query) => query.relevant.some((id) => visible.has(id)));
    if (answerable.length < queries.length)
      log(`${queries.length - answerable.length} queries skipped: their expected records have lapsed since generation`);

    log('starting the four subgraphs and the gateway');
    // Fresh signing keys for the run: the services verify tokens with them, this script signs with them.
    const stack: Stack = await startStackOnFreePorts({ databaseUrl: database.url, logDir, keysDir });
    cleanups.push(() => stack.stop());
    const stackReady = Date.now();
    const viewer = set.viewer ?? EVAL_VIEWER;
    const gateway = new Gateway(stack.urls.gateway, await signDevelopmentToken(viewer));
    const members = await gateway.members(queries.flatMap((query) => query.requires ?? []));

    log(`sending ${answerable.length} queries through the gateway as ${viewer.agency} (first: ${FIRST})`);
    const outcomes: QueryOutcome[] = [];
    const bar = progress(answerable.length);
    let errors = 0;
    await runPool(answerable, args.concurrency, async (query) => {
      const relevant = new Set(query.relevant.filter((id) => visible.has(id)));
      const outcome: QueryOutcome = {
        query,
        relevant,
        ranking: [],
        hits: [],
        error: null,
        unsupported: !(query.requires ?? []).every((member) => members.has(member)),
        score: null,
        ms: 0,
        hidden: {},
        missing: [],
      };
      if (!outcome.unsupported) {
        const sent = Date.now();
        Object.assign(outcome, await gateway.search(query));
        outcome.ms = Date.now() - sent;
        if (outcome.error) errors++;
        else outcome.score = scoreQuery(outcome.ranking, relevant);
      }
      outcomes.push(outcome);
      bar.tick(errors);
    });
    bar.done();
    const finished = Date.now();
    outcomes.sort((a, b) => answerable.indexOf(a.query) - answerable.indexOf(b.query));
    await findHidden(database, viewer.jurisdiction, outcomes);
    await describeMissing(database, outcomes);
    keepLogs = errors > 0;

    const latency = new Map<EvalEntity, { p50: number; p95: number }>();
    for (const entity of ['person', 'document', 'vehicle', 'seizure'] as const) {
      const times = outcomes.filter((o) => o.query.entity === entity && !o.unsupported).map((o) => o.ms);
      if (times.length) latency.set(entity, { p50: percentile(times, 50), p95: percentile(times, 95) });
    }
    const dirty = git(['status', '--porcelain']) ? ' + uncommitted changes' : '';
    const report: EvalReport = {
      set: { ...set, queries: answerable },
      ...buildResults({ ...set, queries: answerable }, outcomes),
      date: new Date().toISOString().slice(0, 10),
      commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty}`,
      server: database.embedded ? 'embedded PostgreSQL' : "DATABASE_URL's server",
      stale,
      droppedRelevant: queries.reduce((sum, query) => sum + query.relevant.filter((id) => !visible.has(id)).length, 0),
      timings: {
        seedSeconds: Math.round((seeded - started) / 100) / 10,
        stackSeconds: Math.round((stackReady - seeded) / 100) / 10,
        querySeconds: Math.round((finished - stackReady) / 100) / 10,
        totalSeconds: 0,
      },
      latency,
      note: args.note,
    };
    console.log(`\n${consoleTable(report)}\n\n${leakLine(report)}\n`);
    if (args.worst) console.log(`${consoleFailures(report, args.worst)}\n`);
    if (errors) log(`${errors} queries were answered with an error; the services' logs are kept in ${logDir}`);
    const sent = outcomes.filter((outcome) => !outcome.unsupported).length;
    // Services that answer nothing but errors are broken machinery, not a measurement: no report is written.
    if (sent > 0 && errors === sent) throw new InfrastructureError('every query was answered with an error');
    report.timings.totalSeconds = Math.round((Date.now() - started) / 100) / 10;
    if (args.write) {
      writeFileSync(args.write, markdownReport(report, args.worst || 3));
      log(`wrote ${path.relative(process.cwd(), args.write)}`);
    }
  } catch (error) {
    keepLogs = true;
    console.error(error instanceof Error ? error.message : error);
    console.error(`the services' logs are in ${logDir}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
    log(`eval:search finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
