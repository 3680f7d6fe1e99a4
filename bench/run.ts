// `npm run bench -- [--size 100k] [--seed 42] [--duration 15] [--warmup 3] [--connections 1,16,64]
//                   [--database-url URL] [--targets apollo,hive,floor] [--workloads UnifiedSearch,checks]
//                   [--write docs/benchmark.md]`
//
// SPEC 6: throughput, latency, errors, SQL statements per request and memory of UnifiedSearch and of hit/no-hit
// checks through our Apollo gateway, through Hive Gateway on the same supergraph and subgraphs, and as direct calls
// of the search and check functions (the raw SQL floor), at each concurrency, in one run. Without --database-url it
// creates a scratch database (on DATABASE_URL's server, or an embedded PostgreSQL when that is unset), migrates and
// seeds it with --size records, and drops it at the end; with --database-url it uses an existing seeded database as
// it is (the services only append their audit rows). Inputs are sampled from the database. Prints the tables on
// stdout; --write also writes a Markdown report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  gatewayCredentialSigner,
  signDevelopmentToken,
} from '../shared/auth';
import { createDataSource } from '../shared/database';
import { sqlStatements } from '../shared/metrics';
import { migrateUp } from '../shared/migrate';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { progressBars, seedDatabase } from '../scripts/seed';
import { startStackOnFreePorts, type Stack } from '../scripts/stack';
import { EVAL_VIEWER } from '../test/eval/harness';
import { createScratchDatabase, dropScratchDatabase, freePort, openTestServer } from '../test/setup/database';
import { startHiveGateway, type HiveGateway } from './hive';
import { sampleInputs, type Inputs } from './inputs';
import { callLoad, httpLoad, percentile, type Measurement } from './load';
import { MemorySampler, processCpuSeconds, processTreeRss, readMetrics } from './metrics';
import {
  errorLines,
  markdownReport,
  ratiosTable,
  resultsTable,
  kindsTable,
  type KindRow,
  type Machine,
  type Row,
  type TargetName,
  verdictLines,
} from './report';
import { WORKLOADS, floorCalls, inputLabels, requestBodies, type WorkloadName } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const PURPOSE = 'BENCH performance measurement';
const INPUTS_PER_KIND = 200;
const TARGETS = { apollo: 'Apollo gateway', hive: 'Hive Gateway', floor: 'raw SQL floor' } as const;
type TargetKey = keyof typeof TARGETS;

const USAGE = `usage: npm run bench -- [options]
  --size N             records to seed into a scratch database (e.g. 10k, 100k, 1M); default 100k
  --seed S             seed of the data and of the input sample; default 42
  --duration S         measured seconds per run; default 15
  --warmup S           unmeasured seconds before each run; default 3
  --connections LIST   concurrencies, comma-separated; default 1,16,64
  --database-url URL   use this already seeded and migrated database as it is (no seeding, not dropped)
  --targets LIST       any of apollo,hive,floor; default all three
  --workloads LIST     any of UnifiedSearch,checks; default both
  --write FILE         also write the Markdown report to FILE`;

interface Arguments {
  size: number;
  seed: number;
  duration: number;
  warmup: number;
  connections: number[];
  databaseUrl?: string;
  targets: TargetKey[];
  workloads: WorkloadName[];
  write?: string;
}

function parseCount(flag: string, raw: string): number {
  const match = /^(\d[\d_]*(?:\.\d+)?)(k|m)?$/i.exec(raw.trim());
  if (!match) throw new Error(`${flag} needs a number (e.g. 10k, 100k, 1M), got ${raw}\n${USAGE}`);
  const multiplier = !match[2] ? 1 : match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000;
  return Math.round(Number(match[1].replace(/_/g, '')) * multiplier);
}

function parseList<T extends string>(flag: string, raw: string, allowed: readonly T[]): T[] {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (!items.length || unknown.length) throw new Error(`${flag} takes some of ${allowed.join(',')}\n${USAGE}`);
  return items as T[];
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = {
    size: 100_000,
    seed: 42,
    duration: 15,
    warmup: 3,
    connections: [1, 16, 64],
    targets: ['apollo', 'hive', 'floor'],
    workloads: [...WORKLOADS],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--size') parsed.size = parseCount(flag, value());
    else if (flag === '--seed') parsed.seed = parseCount(flag, value());
    else if (flag === '--duration') parsed.duration = Math.max(1, Number(value()) || 0);
    else if (flag === '--warmup') parsed.warmup = Math.max(0, Number(value()) || 0);
    else if (flag === '--connections')
      parsed.connections = value()
        .split(',')
        .map((item) => parseCount(flag, item))
        .filter((count) => count > 0);
    else if (flag === '--database-url') parsed.databaseUrl = value();
    else if (flag === '--targets') parsed.targets = parseList(flag, value(), Object.keys(TARGETS) as TargetKey[]);
    else if (flag === '--workloads') parsed.workloads = parseList(flag, value(), WORKLOADS);
    else if (flag === '--write') parsed.write = path.resolve(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  if (!parsed.connections.length) throw new Error(`--connections needs at least one number\n${USAGE}`);
  return parsed;
}

const log = (message: string) => console.error(message);

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Points this process (the seed, the floor's DataSources) and the services it starts at one database. */
function useDatabase(url: string): void {
  process.env.DATABASE_URL = url;
  for (const name of SUBGRAPH_NAMES) process.env[`${name.toUpperCase()}_DATABASE_URL`] = url;
}

interface Database {
  url: string;
  description: string;
  stop(): Promise<void>;
}

async function openDatabase(args: Arguments): Promise<Database> {
  if (args.databaseUrl) {
    useDatabase(args.databaseUrl);
    const name = new URL(args.databaseUrl).pathname.slice(1);
    return { url: args.databaseUrl, description: `existing database \`${name}\``, stop: async () => {} };
  }
  const embedded = !process.env.DATABASE_URL;
  log(embedded ? 'starting an embedded PostgreSQL' : "creating a scratch database on DATABASE_URL's server");
  const server = await openTestServer();
  let url: string | undefined;
  const stop = async () => {
    if (url) await dropScratchDatabase(server.adminUrl, url).catch(() => {});
    url = undefined;
    await server.stop();
  };
  try {
    url = await createScratchDatabase(server.adminUrl, 'liaison_bench');
    useDatabase(url);
    await migrateUp({ url });
    log(`seeding ${args.size.toLocaleString('en')} records with seed ${args.seed}`);
    const bars = progressBars();
    try {
      const summary = await seedDatabase({
        size: args.size,
        seed: args.seed,
        onProgress: bars.update,
        onStep: bars.log,
      });
      bars.stop();
      log(`seeded in ${summary.elapsedSeconds} s`);
    } finally {
      bars.stop();
    }
    return {
      url,
      description: `scratch database seeded by the project's seed (seed ${args.seed}) on ${embedded ? 'an embedded PostgreSQL' : "DATABASE_URL's server"}, dropped after the run`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'liaison-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Main records in all: persons, documents, vehicles and seizures (alerts and link rows are not counted). */
async function countRecords(client: Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT
      (SELECT count(*) FROM persons.person) + (SELECT count(*) FROM documents.document) +
      (SELECT count(*) FROM vehicles.vehicle) + (SELECT count(*) FROM substances.seizure) AS count`);
  return Number(rows[0].count);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until a counter stops moving (the requests still in flight when a load run stopped have been served) and
 * returns its value; gives up after 15 s.
 */
async function settled(read: () => Promise<number>): Promise<number> {
  let last = await read();
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    await sleep(300);
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const started = Date.now();
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    })());
  const interrupt = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping the services and dropping the scratch database`);
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-logs-'));
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-keys-'));
  cleanups.push(async () => rmSync(keysDir, { recursive: true, force: true }));
  try {
    const database = await openDatabase(args);
    cleanups.push(() => database.stop());
    const { records, postgres, postgresSettings, inputs } = await withClient(database.url, async (client) => ({
      records: await countRecords(client),
      postgres: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
      postgresSettings: (
        await client.query<{ settings: string }>(
          `SELECT string_agg(name || ' ' || current_setting(name), ', ' ORDER BY name) AS settings
             FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit')`,
        )
      ).rows[0].settings,
      inputs: await sampleInputs(client, {
        perKind: INPUTS_PER_KIND,
        seed: args.seed,
        viewer: EVAL_VIEWER.jurisdiction,
      }),
    }));
    log(
      `${records.toLocaleString('en')} records; ${inputs.unified.length} unified-search texts and ${inputs.checks.length} checks sampled`,
    );

    // Fresh signing keys for the run: the services verify with them, this process signs the user token and, for
    // Hive Gateway (which cannot sign our gateway credential), the gateway credential too.
    log(`starting the four subgraphs and the gateway (logs in ${logDir})`);
    const stack: Stack = await startStackOnFreePorts({ databaseUrl: database.url, logDir, keysDir });
    cleanups.push(() => stack.stop());
    const token = await signDevelopmentToken(EVAL_VIEWER);
    const signCredential = await gatewayCredentialSigner();
    let credential = await signCredential();
    const renewal = setInterval(() => void signCredential().then((next) => (credential = next)), 10_000);
    cleanups.push(async () => clearInterval(renewal));

    let hive: HiveGateway | undefined;
    let hiveNote: string | undefined;
    if (args.targets.includes('hive')) {
      try {
        log('starting Hive Gateway on gateway/supergraph.graphql');
        hive = await startHiveGateway({
          port: await freePort(),
          subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.urls[name]])) as Record<
            SubgraphName,
            string
          >,
          logFile: path.join(logDir, 'hive-gateway.log'),
        });
        cleanups.push(() => hive!.stop());
      } catch (error) {
        hiveNote = `Hive Gateway could not be started: ${(error as Error).message}`;
        log(hiveNote);
      }
    }

    const floorSources = {} as Record<SubgraphName, DataSource>;
    if (args.targets.includes('floor')) {
      for (const name of SUBGRAPH_NAMES) {
        // Without the services' slow-query warnings: the report shows the floor's latencies itself.
        floorSources[name] = createDataSource(name, { url: database.url }).setOptions({
          maxQueryExecutionTime: undefined,
        });
        await floorSources[name].initialize();
      }
      cleanups.push(async () => {
        await Promise.all(Object.values(floorSources).map((source) => source.destroy()));
      });
    }

    const apolloHeaders = { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: PURPOSE };
    const targets: { key: TargetKey; url?: string; headers?: () => Record<string, string>; pid?: number }[] = [];
    if (args.targets.includes('apollo'))
      targets.push({ key: 'apollo', url: stack.urls.gateway, headers: () => apolloHeaders });
    if (hive)
      targets.push({
        key: 'hive',
        url: hive.url,
        headers: () => ({ ...apolloHeaders, [GATEWAY_CREDENTIAL_HEADER]: credential }),
        pid: hive.pid,
      });
    if (args.targets.includes('floor')) targets.push({ key: 'floor' });

    const subgraphSql = async () =>
      (await Promise.all(SUBGRAPH_NAMES.map((name) => readMetrics(stack.urls[name])))).reduce(
        (sum, metrics) => sum + metrics.sqlStatements,
        0,
      );
    const floorSql = async () => (await sqlStatements.get()).values[0]?.value ?? 0;
    const subgraphMemory = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, async () => (await readMetrics(stack.urls[name])).rssBytes]),
    );

    /** CPU seconds so far of the gateway under test (Hive Gateway: by pid) and of the four subgraphs together. */
    const cpu = async (hivePid?: number) => {
      const subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => readMetrics(stack.urls[name])));
      return {
        gateway: hivePid ? processCpuSeconds(hivePid) : (await readMetrics(stack.urls.gateway)).cpuSeconds,
        subgraphs: subgraphs.reduce((sum, metrics) => sum + metrics.cpuSeconds, 0),
      };
    };

    const loadAtStart = os.loadavg()[0];
    const rows: Row[] = [];
    const kinds: KindRow[] = [];
    const total = args.workloads.length * args.connections.length * targets.length;
    const runSeconds = args.warmup + args.duration + 1;
    log(
      `${total} runs of ${args.warmup} s warm-up + ${args.duration} s, about ${Math.ceil((total * runSeconds) / 60)} min`,
    );
    let index = 0;
    for (const workload of args.workloads) {
      const bodies = requestBodies(workload, inputs);
      const calls = args.targets.includes('floor') ? floorCalls(workload, inputs, floorSources, EVAL_VIEWER) : [];
      for (const concurrency of args.connections)
        for (const target of targets) {
          index++;
          const label = `[${index}/${total}] ${workload}, ${TARGETS[target.key]}, concurrency ${concurrency}`;
          log(`${label}: warming up ${args.warmup} s, then measuring ${args.duration} s`);
          const run = (seconds: number): Promise<Measurement> =>
            target.key === 'floor'
              ? callLoad({ calls, labels: inputLabels(workload, inputs), concurrency, seconds })
              : httpLoad({ url: target.url!, bodies, headers: target.headers!, connections: concurrency, seconds });
          if (args.warmup > 0) await run(args.warmup);
          const sql = target.key === 'floor' ? floorSql : subgraphSql;
          const gatewayRss =
            target.key === 'apollo'
              ? async () => (await readMetrics(stack.urls.gateway)).rssBytes
              : target.key === 'hive'
                ? () => processTreeRss(target.pid!)
                : undefined;
          const sampler = new MemorySampler(target.key === 'floor' ? {} : { gateway: gatewayRss!, ...subgraphMemory });
          const sqlBefore = await settled(sql);
          const cpuBefore = target.key === 'floor' ? undefined : await cpu(target.pid);
          sampler.start();
          const measured = await run(args.duration);
          const peaks = await sampler.stop();
          const sqlAfter = await settled(sql);
          const cpuAfter = target.key === 'floor' ? undefined : await cpu(target.pid);
          const perRequestMs = (seconds: number) => (measured.sent ? (seconds * 1000) / measured.sent : NaN);
          const toMb = (bytes: number) => bytes / 1024 / 1024;
          const row: Row = {
            records,
            workload,
            target: TARGETS[target.key] as TargetName,
            concurrency,
            requests: measured.requests,
            requestsPerSecond: measured.requests / measured.seconds,
            p50: percentile(measured.latencies, 50),
            p95: percentile(measured.latencies, 95),
            p99: percentile(measured.latencies, 99),
            errors: measured.errors,
            // Every request sent in the window is served in full, answered in it or not: statements per request sent.
            sqlPerRequest: measured.sent ? (sqlAfter - sqlBefore) / measured.sent : NaN,
            gatewayCpuMs: cpuBefore && cpuAfter ? perRequestMs(cpuAfter.gateway - cpuBefore.gateway) : undefined,
            subgraphsCpuMs: cpuBefore && cpuAfter ? perRequestMs(cpuAfter.subgraphs - cpuBefore.subgraphs) : undefined,
            gatewayRssMb: target.key === 'floor' ? undefined : toMb(peaks.gateway ?? 0),
            subgraphsRssMb:
              target.key === 'floor'
                ? undefined
                : toMb(SUBGRAPH_NAMES.reduce((sum, name) => sum + (peaks[name] ?? 0), 0)),
            unanswered: measured.unanswered,
            firstError: measured.firstError,
          };
          rows.push(row);
          if (measured.byLabel && concurrency === Math.min(...args.connections))
            for (const [kind, latencies] of measured.byLabel)
              kinds.push({
                workload,
                concurrency,
                kind,
                calls: latencies.length,
                withHits: measured.hitsByLabel?.get(kind) ?? 0,
                p50: percentile(latencies, 50),
                p99: percentile(latencies, 99),
                max: Math.max(...latencies),
              });
          log(
            `${label}: ${row.requestsPerSecond.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ` +
              `${row.errors} errors, ${row.sqlPerRequest.toFixed(2)} SQL/request`,
          );
        }
    }

    console.log(`\n${resultsTable(rows)}\n\n${ratiosTable(rows)}\n`);
    if (kinds.length) console.log(`${kindsTable(kinds)}\n`);
    console.log(`${verdictLines(rows).join('\n')}\n`);
    const errors = errorLines(rows);
    if (errors.length) console.log(`First error of each run that had errors:\n${errors.join('\n')}\n`);
    if (hiveNote) console.log(`${hiveNote}\n`);

    if (args.write) {
      const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' + uncommitted changes' : '';
      const machine: Machine = {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        postgres,
        postgresSettings,
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty}`,
        database: `${database.description}, ${records.toLocaleString('en')} records`,
        loadAverages: [loadAtStart, os.loadavg()[0]],
      };
      writeFileSync(
        args.write,
        markdownReport({
          machine,
          command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
          rows,
          kinds,
          settings: describeSettings(args),
          inputs: describeInputs(inputs),
          hiveNote,
        }),
      );
      log(`wrote ${path.relative(process.cwd(), args.write)}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.error(`the services' logs are in ${logDir}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
    log(`bench finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function describeSettings(args: Arguments): string {
  return `Each run: ${args.warmup} s warm-up (not measured), then ${args.duration} s measured, at ${args.connections.join(', ')}
concurrent requests (autocannon connections, one request in flight on each; the floor: as many concurrent calls).
The services run as the test suite starts them (one Node process each, \`NODE_ENV\` unset, \`LOG_LEVEL=warn\`, pg pool of
${process.env.DB_POOL_SIZE ?? 10} per subgraph). Every request carries a Bearer token of an officer of SE-NOA and
the \`${PURPOSE_HEADER}\` header; requests to Hive Gateway also carry the gateway credential
(\`${GATEWAY_CREDENTIAL_HEADER}\`, signed by the benchmark with the gateway key), which Hive Gateway propagates to
the subgraphs with the two other headers (bench/hive-gateway.config.ts).`;
}

function describeInputs(inputs: Inputs): string {
  const count = <T>(items: T[], key: (item: T) => string) =>
    [...items.reduce((map, item) => map.set(key(item), (map.get(key(item)) ?? 0) + 1), new Map<string, number>())]
      .map(([name, n]) => `${n} ${name}`)
      .join(', ');
  return `Inputs, sampled from the database for records the officer may see and cycled through in order:
**UnifiedSearch** (\`operations/UnifiedSearch.graphql\`, \`first: 10\`): ${count(inputs.unified, (input) => input.kind)}
texts, interleaved; **checks**: ${count(inputs.checks, (input) => `${input.kind} ${input.hit ? '(sampled record)' : '(altered: no hit expected)'}`)},
interleaved.`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
