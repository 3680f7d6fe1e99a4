// One size of a benchmark run: its own stack of services and Hive Gateway on its database, the inputs sampled from it,
// the SQL probe, and its runs (every workload at every concurrency through every target), which bench/run.ts takes
// in turn with every other size's.
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { FieldDefinitionNode } from 'graphql';
import { PURPOSE_HEADER, signDevelopmentToken } from '../shared/auth';
import { createDataSource, defaultPoolSize } from '../shared/database';
import { sqlStatements } from '../shared/metrics';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { subgraphConnections } from '../shared/subgraph';
import { freePort, startStackOnFreePorts, type ServiceName, type Stack } from '../scripts/stack';
import { TYPO_KEY_TABLES } from '../scripts/seed';
import { EVAL_VIEWER } from '../test/eval/harness';
import { startHiveGateway, type HiveGateway } from './hive';
import { sampleInputs, type Inputs } from './inputs';
import { callLoad, httpLoad, percentile, type Cursor, type Measurement } from './load';
import {
  MemorySampler,
  postgresCpuSeconds,
  postmasterOf,
  processTreeCpuSeconds,
  processTreeRss,
  readMetrics,
  whileStopped,
} from './metrics';
import { TARGETS, type Options, type TargetKey, type TlsSetting } from './options';
import type { KindRow, ProbeRow, Row, Size, TargetName } from './report';
import { floorCalls, itemsPerRequest, resultsIn, workloadRequests, type Request, type WorkloadName } from './workloads';

export const PURPOSE = 'BENCH performance measurement';
const INPUTS_PER_KIND = 200;

/**
 * The headers of `count` officers of the evaluation viewer's agency: the same jurisdiction, agency and role (so the
 * same records and answers), each with a credential of their own. A run at concurrency N sends its requests in turn
 * as N of them, as N officers' clients would: the gateway limits searches per credential (gateway/src/rate-limits.ts),
 * and one credential for every connection would be one officer sending them all, whom it stops at 200 a second.
 */
export async function benchOfficers(count: number): Promise<Record<string, string>[]> {
  return Promise.all(
    Array.from({ length: Math.max(1, count) }, async (_, i) => {
      const token = await signDevelopmentToken({ ...EVAL_VIEWER, userId: `${EVAL_VIEWER.userId}-${i + 1}` });
      return { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: PURPOSE };
    }),
  );
}

/** Requests of each workload sent one at a time for the SQL probe (every kind of input several times). */
const PROBED_REQUESTS: Record<WorkloadName, number> = { UnifiedSearch: 130, checks: 60, batchChecks: 12 };

/** One run: a workload at a concurrency through a target, on one size. */
export interface SizeRun {
  /** `UnifiedSearch, Apollo gateway, concurrency 16`: the same for every size. */
  label: string;
  /** Warms up and measures one round of `seconds`; the rounds of a run add up. */
  round(progressLabel: string, seconds: number): Promise<void>;
  /** The run's row over all its rounds and, at the workload's lowest concurrency, its input kinds. */
  finish(): { row: Row; kinds: KindRow[] };
}

/** A size whose services are up, ready for its runs. */
export interface OpenedSize {
  size: Size;
  inputs: Inputs;
  probes: ProbeRow[];
  notes: string[];
  /** In the order every size has them: workload, then concurrency, then target. */
  runs: SizeRun[];
  /**
   * Drives every target with `--service-warmup` seconds of load of another input sample (seed + 1), before the first
   * run: the services (and the floor's code) reach the compiled state a service that has run for a while is in.
   */
  warmUp(): Promise<void>;
  /**
   * The processes of the size, its services and Hive Gateway, to stop while another size is measured (on one machine,
   * an idle stack's timers and garbage collection took the measured one's CPU); none once the size is being stopped.
   */
  processes(): number[];
  /** Stops the size's services (also done by the run's clean-up when interrupted). */
  stop(): Promise<void>;
}

/** Seconds one size takes besides its runs: prewarming, services, Hive Gateway, sampling and the probe. */
export const SETUP_SECONDS = 60;

/**
 * The most connections one size's stack may hold at once: each subgraph process's pools, and the floor's pool per
 * subgraph (DB_POOL_SIZE). All sizes' stacks are up together (bench/run.ts).
 */
export function connectionsPerStack(replicas: number, floor: boolean): number {
  const floorPool = floor ? defaultPoolSize() : 0;
  return SUBGRAPH_NAMES.length * (replicas * subgraphConnections() + floorPool);
}

/** Runs of one size: every workload that can run, at its concurrencies, through each target. */
export function plannedRuns(options: Options, workloads: WorkloadName[]): number {
  return workloads.reduce((sum, workload) => sum + options.connections[workload].length * options.targets.length, 0);
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

export async function sampleSizeInputs(url: string, seed: number, log: (message: string) => void): Promise<Inputs> {
  const client = new Client({ connectionString: url, application_name: 'liaison-bench' });
  await client.connect();
  try {
    const started = Date.now();
    const inputs = await sampleInputs(client, {
      perKind: INPUTS_PER_KIND,
      seed,
      viewer: EVAL_VIEWER.jurisdiction,
    });
    log(
      `sampled ${inputs.unified.length} unified-search texts and ${inputs.checks.length} checks in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return inputs;
  } finally {
    await client.end();
  }
}

/**
 * Reads the four subgraphs' tables and indexes once (pg_prewarm, PostgreSQL's own contrib module), so that every run
 * measures a warm database, as a node serving hundreds of searches a second keeps it; what does not fit in shared
 * buffers stays in the operating system's cache. The audit logs, which grow with every run, only by their indexes
 * (a row goes to a table's last page, its keys anywhere in them); the exchange's tables whole (each hit's
 * notification goes into an index by random id). Says what it did, for the report.
 */
export async function prewarm(url: string, log: (message: string) => void): Promise<string> {
  const client = new Client({ connectionString: url, application_name: 'liaison-bench' });
  await client.connect();
  try {
    const started = Date.now();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    // One at a time, in this order, so that shared buffers keep what is read last when not everything fits: the
    // identifier typo keys first (only a typo lookup reads them, a few pages each), then the tables, then the indexes
    // every search descends.
    const { rows: relations } = await client.query<{ oid: number }>(
      `SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_index i ON i.indexrelid = c.oid
        WHERE n.nspname IN ('persons', 'documents', 'vehicles', 'substances', 'exchange') AND c.relkind IN ('r', 'i')
          AND NOT (c.relkind = 'r' AND (c.relname IN ('audit_event', 'record_version') OR c.relname LIKE 'audit_event%'))
        ORDER BY coalesce(i.indrelid, c.oid)::regclass::text = ANY($1) DESC, c.relkind = 'i', c.oid`,
      [TYPO_KEY_TABLES],
    );
    let blocks = 0;
    for (const { oid } of relations) {
      const { rows } = await client.query<{ blocks: string }>('SELECT pg_prewarm($1::oid) AS blocks', [oid]);
      blocks += Number(rows[0].blocks);
    }
    const gb = (blocks * 8192) / 1024 ** 3;
    const note =
      `Before measuring, the record tables and their indexes, the audit logs' indexes and the exchange's tables ` +
      `(${gb.toFixed(1)} GB) were read once with pg_prewarm, the identifier typo keys first and the indexes last.`;
    log(`${note.replace('Before measuring, t', 'T')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return note;
  } catch (error) {
    const note = `The database was not prewarmed (pg_prewarm: ${(error as Error).message}): the first runs read from disk.`;
    log(note);
    return note;
  } finally {
    await client.end();
  }
}

interface Target {
  key: TargetKey;
  name: TargetName;
  url?: string;
  /** The headers of a request as officer `officer` (0, 1, ...) sends it. */
  headers?: (officer: number) => Record<string, string>;
  /** Hive Gateway's process, whose CPU and memory come from /proc. */
  pid?: number;
}

export interface OpenOptions {
  size: Size;
  url: string;
  options: Options;
  workloads: WorkloadName[];
  fields: Map<string, FieldDefinitionNode>;
  logDir: string;
  keysDir: string;
  /** `on`: the subgraphs serve HTTPS (the default); `off`: plain HTTP (LIAISON_TLS=off). */
  tls: TlsSetting;
  /** Processes per service (LIAISON_REPLICAS). */
  replicas: number;
  cleanups: (() => Promise<void>)[];
  log: (message: string) => void;
}

/**
 * Samples a size's inputs, starts its services and Hive Gateway, runs the SQL probe and returns its runs, to be
 * taken when due; `cleanups` receives what must be stopped if the benchmark is interrupted.
 */
export async function openSize(options: OpenOptions): Promise<OpenedSize> {
  const inputs = await sampleSizeInputs(options.url, options.options.seed, options.log);
  // What this size started, stopped when it is done (or by the run's own clean-up if it is interrupted).
  const started: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of started.splice(0).reverse()) await stopOne().catch(() => {});
  };
  options.cleanups.push(stop);
  try {
    return { ...(await openWith({ ...options, inputs, started })), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The postmaster serving `url`, whose CPU a run counts; undefined when it does not run on this machine. */
export async function postmasterPid(url: string): Promise<number | undefined> {
  const client = new Client({ connectionString: url, application_name: 'liaison-bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return postmasterOf(rows[0].pid);
  } finally {
    await client.end();
  }
}

async function openWith(
  options: OpenOptions & { inputs: Inputs; started: (() => Promise<void>)[] },
): Promise<Omit<OpenedSize, 'stop'>> {
  const { size, url, log, inputs } = options;
  const args = options.options;
  // False once the size is being stopped (`started` emptied): a process stopped (SIGSTOP) after its SIGTERM and
  // SIGCONT would never exit, as when the benchmark is interrupted while a round runs.
  const running = () => options.started.length > 0;
  const notes: string[] = [];

  log(`${size.name}: starting the four subgraphs and the gateway (logs in ${options.logDir})`);
  const stack: Stack = await startStackOnFreePorts({
    databaseUrl: url,
    logDir: options.logDir,
    keysDir: options.keysDir,
    // Off is off on both legs: gateway to subgraphs and subgraphs to PostgreSQL (when the server offers TLS).
    env: { LIAISON_TLS: options.tls, LIAISON_DATABASE_TLS: options.tls, LIAISON_REPLICAS: String(options.replicas) },
  });
  options.started.push(() => stack.stop());
  const officers = await benchOfficers(Math.max(...Object.values(args.connections).flat()));

  let hive: HiveGateway | undefined;
  if (args.targets.includes('hive')) {
    try {
      log(`${size.name}: starting Hive Gateway on gateway/supergraph.graphql`);
      hive = await startHiveGateway({
        port: await freePort(),
        subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.urls[name]])) as Record<
          SubgraphName,
          string
        >,
        logFile: path.join(options.logDir, 'hive-gateway.log'),
      });
      options.started.push(() => hive!.stop());
    } catch (error) {
      notes.push(`${size.name}: Hive Gateway could not be started: ${(error as Error).message}`);
      log(notes[notes.length - 1]);
    }
  }

  const postmaster = await postmasterPid(url);
  const floorSources = {} as Record<SubgraphName, DataSource>;
  if (args.targets.includes('floor')) {
    for (const name of SUBGRAPH_NAMES) {
      // Without the services' slow-query warnings: the report shows the floor's latencies itself. Its connections
      // kept between runs, as the services keep theirs: pg closes one idle for 10 s, and a new one plans anew.
      floorSources[name] = createDataSource(name, { url, keepConnections: true }).setOptions({
        maxQueryExecutionTime: undefined,
      });
      await floorSources[name].initialize();
    }
    options.started.push(async () => {
      await Promise.all(Object.values(floorSources).map((source) => source.destroy()));
    });
  }

  // Signed for the highest concurrency: a run at N asks for officers 0 to N - 1.
  const officerHeaders = (officer: number) => officers[officer];
  const targets: Target[] = [];
  if (args.targets.includes('apollo'))
    targets.push({ key: 'apollo', name: TARGETS.apollo, url: stack.urls.gateway, headers: officerHeaders });
  if (hive)
    targets.push({
      key: 'hive',
      name: TARGETS.hive,
      url: hive.url,
      headers: officerHeaders,
      pid: hive.pid,
    });
  if (args.targets.includes('floor')) targets.push({ key: 'floor', name: TARGETS.floor });

  const subgraphMetrics = () => Promise.all(SUBGRAPH_NAMES.map((name) => readMetrics(stack.metricsUrls[name])));
  const subgraphSql = async () => (await subgraphMetrics()).reduce((sum, metrics) => sum + metrics.sqlStatements, 0);
  const floorSql = async () => (await sqlStatements.get()).values[0]?.value ?? 0;
  // Memory from /proc, not /metrics: a scrape each second costs the services CPU that the run would count.
  const subgraphMemory = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, () => processTreeRss(stack.pids[name])]),
  );
  /**
   * CPU seconds so far of the gateway under test and of each subgraph, from /proc: each service's process with its
   * replicas (a cluster primary's workers are its children), Hive Gateway's with its own.
   */
  const cpu = async (target: Target): Promise<Record<ServiceName, number>> => ({
    gateway: processTreeCpuSeconds(target.pid ?? stack.pids.gateway),
    ...(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, processTreeCpuSeconds(stack.pids[name])])) as Record<
      SubgraphName,
      number
    >),
  });

  /**
   * `seconds` of load through a target at `connections` concurrent requests, from `cursor` on: autocannon against a
   * gateway, N officers in turn (each request as the next of them), or the floor's calls in this process.
   */
  const drive = (
    target: Target,
    work: { requests: Request[]; calls?: ReturnType<typeof floorCalls> },
    cursor: Cursor,
    connections: number,
    seconds: number,
    found: (body: string) => boolean,
  ): Promise<Measurement> =>
    target.key === 'floor'
      ? callLoad({ calls: work.calls!, cursor, concurrency: connections, seconds })
      : httpLoad({
          url: target.url!,
          requests: work.requests,
          cursor,
          headers: (sent) => target.headers!(sent % connections),
          found,
          connections,
          seconds,
        });

  const requests = new Map<WorkloadName, Request[]>(
    options.workloads.map((workload) => [workload, workloadRequests(workload, inputs, options.fields)]),
  );
  const probes: ProbeRow[] = [];
  if (args.targets.includes('apollo'))
    for (const workload of options.workloads) {
      log(`${size.name}: SQL probe, ${PROBED_REQUESTS[workload]} ${workload} requests one at a time`);
      for (const request of requests.get(workload)!.slice(0, PROBED_REQUESTS[workload])) {
        const before = await subgraphSql();
        const response = await fetch(stack.urls.gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...officerHeaders(0) },
          body: request.body,
        });
        const body = await response.text();
        // The audit rows are committed before the answer is released: the counter is complete once it arrives.
        probes.push({ size, workload, statements: (await subgraphSql()) - before, results: resultsIn(workload, body) });
      }
    }

  const runs: SizeRun[] = [];
  for (const workload of options.workloads) {
    // The runs start after the probed requests, which the probe has just put in PostgreSQL's cache.
    const cursor: Cursor = { next: args.targets.includes('apollo') ? PROBED_REQUESTS[workload] : 0 };
    const calls = args.targets.includes('floor') ? floorCalls(workload, inputs, floorSources, EVAL_VIEWER) : undefined;
    const lowest = Math.min(...args.connections[workload]);
    for (const concurrency of args.connections[workload])
      for (const target of targets) {
        const run = (seconds: number): Promise<Measurement> =>
          drive(
            target,
            { requests: requests.get(workload)!, calls },
            cursor,
            concurrency,
            seconds,
            (body) => resultsIn(workload, body) > 0,
          );
        const sql = target.key === 'floor' ? floorSql : subgraphSql;
        const gatewayRss = () => processTreeRss(target.key === 'apollo' ? stack.pids.gateway : target.pid!);
        const total = new RunTotals();
        // The other gateway of this size idles while this target is measured: it is stopped for the round.
        const idleGateways = targets.flatMap((other) =>
          other === target || other.key === 'floor' ? [] : [other.pid ?? stack.pids.gateway],
        );
        /** One round: the run's warm-up, then `seconds` measured, added to the run's totals. */
        const measureRound = async (label: string, seconds: number) => {
          if (args.warmup > 0) await run(args.warmup);
          const sampler = new MemorySampler(target.key === 'floor' ? {} : { gateway: gatewayRss, ...subgraphMemory });
          const sqlBefore = await settled(sql);
          const cpuBefore = target.key === 'floor' ? undefined : await cpu(target);
          const postgresBefore = postmaster && postgresCpuSeconds(postmaster);
          const benchBefore = process.cpuUsage();
          sampler.start();
          const measured = await run(seconds);
          const benchCpu = process.cpuUsage(benchBefore);
          const postgresAfter = postmaster && postgresCpuSeconds(postmaster);
          const peaks = await sampler.stop();
          const sqlAfter = await settled(sql);
          const cpuAfter = target.key === 'floor' ? undefined : await cpu(target);
          total.add({
            measured,
            sql: sqlAfter - sqlBefore,
            cpu:
              cpuBefore && cpuAfter
                ? (Object.fromEntries(
                    Object.keys(cpuAfter).map((name) => [
                      name,
                      cpuAfter[name as ServiceName] - cpuBefore[name as ServiceName],
                    ]),
                  ) as Record<ServiceName, number>)
                : undefined,
            postgresCpu: postgresBefore && postgresAfter ? postgresAfter - postgresBefore : undefined,
            benchCpu: (benchCpu.user + benchCpu.system) / 1e6,
            peaks,
          });
          log(
            `${label}: ${(measured.requests / measured.seconds).toFixed(1)} req/s, ` +
              `p50 ${percentile(measured.latencies, 50).toFixed(1)} ms, ${measured.errors} errors`,
          );
        };
        runs.push({
          label: `${workload}, ${target.name}, concurrency ${concurrency}`,
          round: async (label, seconds) => {
            log(`${label}: warming up ${args.warmup} s, then measuring ${seconds} s`);
            await whileStopped(running() ? idleGateways : [], () => measureRound(label, seconds));
          },
          finish: () => {
            const measured = total.measured;
            const perRequestMs = (seconds: number) => (measured.sent ? (seconds * 1000) / measured.sent : NaN);
            const toMb = (bytes: number) => bytes / 1024 / 1024;
            const row: Row = {
              size,
              workload,
              target: target.name,
              concurrency,
              itemsPerRequest: itemsPerRequest(workload),
              requests: measured.requests,
              requestsPerSecond: measured.requests / measured.seconds,
              p50: percentile(measured.latencies, 50),
              p95: percentile(measured.latencies, 95),
              p99: percentile(measured.latencies, 99),
              errors: measured.errors,
              // Every request sent in the window is served in full, answered in it or not: statements per request sent.
              sqlPerRequest: measured.sent ? total.sql / measured.sent : NaN,
              cpuMs: total.cpu
                ? (Object.fromEntries(
                    Object.entries(total.cpu).map(([name, seconds]) => [name, perRequestMs(seconds)]),
                  ) as Record<ServiceName, number>)
                : undefined,
              postgresCpuMs: total.postgresCpu !== undefined ? perRequestMs(total.postgresCpu) : undefined,
              benchCpuMs: perRequestMs(total.benchCpu),
              gatewayRssMb: target.key === 'floor' ? undefined : toMb(total.peaks.gateway ?? 0),
              subgraphsRssMb:
                target.key === 'floor'
                  ? undefined
                  : toMb(SUBGRAPH_NAMES.reduce((sum, name) => sum + (total.peaks[name] ?? 0), 0)),
              unanswered: measured.unanswered,
              firstError: measured.firstError,
            };
            const kinds: KindRow[] =
              concurrency === lowest
                ? [...measured.byLabel].map(([kind, latencies]) => ({
                    size,
                    workload,
                    target: target.name,
                    concurrency,
                    kind,
                    calls: latencies.length,
                    withHits: measured.hitsByLabel.get(kind) ?? 0,
                    p50: percentile(latencies, 50),
                    p99: percentile(latencies, 99),
                    max: Math.max(...latencies),
                  }))
                : [];
            log(
              `${size.name}, ${workload}, ${target.name}, concurrency ${concurrency}: ` +
                `${row.requestsPerSecond.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ` +
                `${row.errors} errors, ${row.sqlPerRequest.toFixed(2)} SQL/request`,
            );
            return { row, kinds };
          },
        });
      }
  }
  const warmUp = async () => {
    if (args.serviceWarmup <= 0) return;
    // Another sample than the measured one: the warm-up compiles the code paths without caching the measured texts.
    const warmInputs = await sampleSizeInputs(url, args.seed + 1, log);
    const connections = Math.min(16, officers.length);
    const seconds = args.serviceWarmup / options.workloads.length;
    for (const target of targets)
      for (const workload of options.workloads) {
        log(
          `${size.name}: service warm-up, ${target.name}, ${workload}: ${seconds.toFixed(1)} s at concurrency ${connections}`,
        );
        const work = {
          requests: workloadRequests(workload, warmInputs, options.fields),
          calls: target.key === 'floor' ? floorCalls(workload, warmInputs, floorSources, EVAL_VIEWER) : undefined,
        };
        await drive(target, work, { next: 0 }, connections, seconds, () => false);
      }
  };
  const processes = () => (running() ? [...Object.values(stack.pids), ...(hive ? [hive.pid] : [])] : []);
  return { size, inputs, probes, notes, runs, warmUp, processes };
}

/** What one round of a run measured, as `RunTotals` adds it up. */
interface Round {
  measured: Measurement;
  /** SQL statements sent during the round. */
  sql: number;
  /** CPU seconds of each service during the round (not for the floor). */
  cpu?: Record<ServiceName, number>;
  postgresCpu?: number;
  benchCpu: number;
  /** Peak memory of each process, bytes. */
  peaks: Record<string, number>;
}

/** The rounds of one run added up: counts, seconds and CPU summed, latencies pooled, memory peaks the highest. */
export class RunTotals {
  readonly measured: Measurement = {
    requests: 0,
    sent: 0,
    seconds: 0,
    latencies: [],
    errors: 0,
    unanswered: 0,
    byLabel: new Map(),
    hitsByLabel: new Map(),
  };
  sql = 0;
  cpu?: Record<string, number>;
  postgresCpu?: number;
  benchCpu = 0;
  readonly peaks: Record<string, number> = {};

  add(round: Round): void {
    const { measured } = round;
    this.measured.requests += measured.requests;
    this.measured.sent += measured.sent;
    this.measured.seconds += measured.seconds;
    for (const latency of measured.latencies) this.measured.latencies.push(latency);
    this.measured.errors += measured.errors;
    this.measured.unanswered += measured.unanswered;
    this.measured.firstError ??= measured.firstError;
    for (const [label, latencies] of measured.byLabel) {
      const pooled = this.measured.byLabel.get(label) ?? [];
      for (const latency of latencies) pooled.push(latency);
      this.measured.byLabel.set(label, pooled);
    }
    for (const [label, hits] of measured.hitsByLabel)
      this.measured.hitsByLabel.set(label, (this.measured.hitsByLabel.get(label) ?? 0) + hits);
    this.sql += round.sql;
    if (round.cpu) {
      const cpu = (this.cpu ??= {});
      for (const [name, seconds] of Object.entries(round.cpu)) cpu[name] = (cpu[name] ?? 0) + seconds;
    }
    if (round.postgresCpu !== undefined) this.postgresCpu = (this.postgresCpu ?? 0) + round.postgresCpu;
    this.benchCpu += round.benchCpu;
    for (const [name, bytes] of Object.entries(round.peaks)) this.peaks[name] = Math.max(this.peaks[name] ?? 0, bytes);
  }
}
