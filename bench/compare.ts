// `npm run bench:compare -- --commits A,B`: the stacks of two or more commits on one database, driven by the same
// load in alternating rounds, so that the code is compared on the same minutes of a machine whose speed drifts (here,
// by up to 1.7x within five minutes: compare ratios from one run, never across runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Stack, startStackOnFreePorts } from '../scripts/stack';
import { recordCount } from '../scripts/seed';
import { ensureDevelopmentCertificates } from '../shared/tls';
import { openBenchServer, seededBenchDatabase, sizeLabel } from './database';
import { httpLoad, percentile } from './load';
import { benchOfficers, postmasterPid, prewarm, sampleSizeInputs } from './measure';
import { postgresCpuSeconds, processTreeCpuSeconds, whileStopped } from './metrics';
import { WORKLOADS, supergraphQueryFields, workloadRequests, type WorkloadName } from './workloads';

const ROOT = path.resolve(__dirname, '..');
/** Seconds each stack is driven in one turn of the warm-up. */
const WARM_UP_TURN = 10;
const USAGE = `usage: npm run bench:compare -- --commits A,B [options]
  --commits LIST     commits (any git revision) whose stacks are compared; default HEAD~1,HEAD
  --size N           records of the benchmark's database they share (seeded once, as npm run bench does); default 100k
  --seed S           seed of the data and of the input sample; default 42
  --workload W       one of ${WORKLOADS.join(', ')}; default UnifiedSearch
  --connections N    requests in flight; default 16
  --rounds N         rounds; in each, every commit's stack is measured in turn, in reverse order in every other; default 6
  --duration S       measured seconds per commit and round; default 30
  --warmup S         seconds of load through each stack (another input sample) before the first round; default 60
  --write FILE       also write the Markdown report to FILE`;

/** One commit's stack measured in one round. */
export interface CompareRound {
  requestsPerSecond: number;
  /** CPU ms a request: the gateway and the subgraphs (Node), PostgreSQL's server, and this process (the load). */
  nodeMs: number;
  postgresMs: number;
  loadMs: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Each commit against the first, round by round (both measured within a minute of each other): the median of the
 * per-round ratios of requests/s, and of the CPU a request, with the lowest and highest ratio.
 */
export function pairedRatios(rounds: CompareRound[][]): { throughput: number[]; cpu: number[] }[] {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const summary = (values: number[]) => [median(values), Math.min(...values), Math.max(...values)];
  const cpu = (round: CompareRound) => round.nodeMs + round.postgresMs;
  return rounds.map((own) => ({
    throughput: summary(own.map((round, i) => round.requestsPerSecond / rounds[0][i].requestsPerSecond)),
    cpu: summary(own.map((round, i) => cpu(round) / cpu(rounds[0][i]))),
  }));
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      commits: { type: 'string', default: 'HEAD~1,HEAD' },
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '42' },
      workload: { type: 'string', default: 'UnifiedSearch' },
      connections: { type: 'string', default: '16' },
      rounds: { type: 'string', default: '6' },
      duration: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '60' },
      write: { type: 'string' },
    },
  });
  const positive = (flag: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`--${flag} needs a whole number above 0\n${USAGE}`);
    return value;
  };
  const size = recordCount(values.size);
  if (!size) throw new Error(`--size needs a number (e.g. 100k, 10M)\n${USAGE}`);
  if (!(WORKLOADS as readonly string[]).includes(values.workload)) throw new Error(`--workload: ${USAGE}`);
  const commits = values.commits.split(',').filter(Boolean);
  if (commits.length < 2) throw new Error(`--commits needs two commits or more\n${USAGE}`);
  return {
    commits,
    size,
    seed: positive('seed', values.seed),
    workload: values.workload as WorkloadName,
    connections: positive('connections', values.connections),
    rounds: positive('rounds', values.rounds),
    duration: positive('duration', values.duration),
    warmup: Number(values.warmup) || 0,
    write: values.write && path.resolve(values.write),
  };
}

const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const log = (message: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const shas = options.commits.map((commit) => git(['rev-parse', '--short', commit]));
  // A commit given twice (an A/A run, to see how far two stacks of the same code differ) is told apart by its place.
  const labels = shas.map((sha, i) => (shas.indexOf(sha) === i ? sha : `${sha} (${i + 1})`));
  // One database for all: a commit that changes the migrations would be measured on another schema than its own.
  for (const sha of shas.slice(1))
    if (git(['diff', '--name-only', shas[0], sha, '--', 'migrations']))
      throw new Error(`${shas[0]} and ${sha} differ in migrations/: compare them with npm run bench, one at a time`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'liaison-compare-'));
  const keysDir = path.join(scratch, 'keys');
  process.env.LIAISON_KEYS_DIR = keysDir;
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  // A round with errors keeps the scratch folder: the services' logs say what failed.
  let erred = false;
  const cleanUp = async () => {
    // No stack is stopped (SIGSTOP) from here on: one stopped after its SIGTERM would never exit.
    stopping = true;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    await ensureDevelopmentCertificates();
    const server = await openBenchServer(log);
    cleanups.push(() => server.stop());
    const url = await seededBenchDatabase(server, { size: options.size, seed: options.seed, log });
    log(await prewarm(url, log));
    const [inputs, warmInputs] = [
      await sampleSizeInputs(url, options.seed, log),
      await sampleSizeInputs(url, options.seed + 1, log),
    ];
    const postmaster = await postmasterPid(url);
    const fields = supergraphQueryFields();
    const requests = workloadRequests(options.workload, inputs, fields);
    const warmRequests = workloadRequests(options.workload, warmInputs, fields);

    const stacks: { sha: string; stack: Stack; logDir: string }[] = [];
    for (const [i, sha] of shas.entries()) {
      // Each commit's own tree (a git worktree), run with this checkout's installed packages; a commit given twice
      // (an A/A run) gets two.
      const tree = path.join(scratch, `${i + 1}-${sha}`);
      git(['worktree', 'add', '--detach', tree, sha]);
      cleanups.push(async () => void git(['worktree', 'remove', '--force', tree]));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
      const start = (await import(path.join(tree, 'scripts', 'stack.ts')))
        .startStackOnFreePorts as typeof startStackOnFreePorts;
      log(`${sha}: starting its four subgraphs and gateway`);
      const logDir = path.join(scratch, `logs-${i + 1}-${sha}`);
      const stack = await start({ databaseUrl: url, logDir, keysDir });
      cleanups.push(() => stack.stop());
      stacks.push({ sha: labels[i], stack, logDir });
    }
    const officers = await benchOfficers(options.connections);
    const cursor = { next: 0 };
    const drive = (stack: Stack, work: typeof requests, seconds: number) =>
      httpLoad({
        url: stack.urls.gateway,
        requests: work,
        cursor,
        headers: (sent) => officers[sent % options.connections],
        found: () => true,
        connections: options.connections,
        seconds,
      });
    // Only the stack measured runs; the others are stopped (as npm run bench stops the sizes not measured).
    const alone = <T>(own: Stack, work: () => Promise<T>): Promise<T> =>
      whileStopped(
        stopping ? [] : stacks.filter(({ stack }) => stack !== own).flatMap(({ stack }) => Object.values(stack.pids)),
        work,
      );
    // Warmed in turns of at most 10 s, so that no stack sits stopped for long between its warm-up and the rounds.
    log(`warming up each stack ${options.warmup} s, in turns`);
    for (let left = options.warmup; left > 0; left -= WARM_UP_TURN)
      for (const { stack } of stacks)
        await alone(stack, () => drive(stack, warmRequests, Math.min(WARM_UP_TURN, left)));
    const rounds: CompareRound[][] = stacks.map(() => []);
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 ? [...stacks.keys()].reverse() : [...stacks.keys()];
      for (const i of order) {
        const { sha, stack } = stacks[i];
        const nodeCpu = () => Object.values(stack.pids).reduce((sum, pid) => sum + processTreeCpuSeconds(pid), 0);
        const [node, postgres, load] = [nodeCpu(), postmaster ? postgresCpuSeconds(postmaster) : 0, process.cpuUsage()];
        const measured = await alone(stack, () => drive(stack, requests, options.duration));
        if (!measured.requests)
          throw new Error(
            `round ${round + 1}, ${sha}: no request answered (${measured.firstError ?? 'no error'}); its services' logs are in ${stacks[i].logDir}`,
          );
        const loadCpu = process.cpuUsage(load);
        const perRequest = (seconds: number) => (seconds * 1000) / Math.max(1, measured.sent);
        rounds[i][round] = {
          requestsPerSecond: measured.requests / measured.seconds,
          nodeMs: perRequest(nodeCpu() - node),
          postgresMs: postmaster ? perRequest(postgresCpuSeconds(postmaster) - postgres) : NaN,
          loadMs: perRequest((loadCpu.user + loadCpu.system) / 1e6),
          p50: percentile(measured.latencies, 50),
          p99: percentile(measured.latencies, 99),
          errors: measured.errors,
        };
        const row = rounds[i][round];
        log(
          `round ${round + 1}/${options.rounds}, ${sha}: ${row.requestsPerSecond.toFixed(1)} req/s, Node ` +
            `${row.nodeMs.toFixed(2)} ms, PostgreSQL ${row.postgresMs.toFixed(2)} ms a request, ${row.errors} errors` +
            (row.errors ? ` (the first: ${measured.firstError ?? 'not recorded'}; logs in ${stacks[i].logDir})` : ''),
        );
        erred ||= row.errors > 0;
      }
    }
    const report = markdown(options, labels, rounds);
    console.log(`\n${report}`);
    if (options.write) writeFileSync(options.write, report);
  } catch (error) {
    process.exitCode = 1;
    throw error;
  } finally {
    await cleanUp();
    // Kept when the comparison failed or a round had errors: the services' logs are in it.
    if (!process.exitCode && !erred) rmSync(scratch, { recursive: true, force: true });
    else if (erred) log(`kept ${scratch}: the services' logs of the rounds with errors are in it`);
  }
}

function markdown(options: ReturnType<typeof parseOptions>, shas: string[], rounds: CompareRound[][]): string {
  const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
  const ratios = pairedRatios(rounds);
  const [first] = shas;
  const lines = [
    `# ${options.workload} at concurrency ${options.connections}, ${sizeLabel(options.size)} records: ${shas.join(' vs ')}`,
    '',
    `\`npm run bench:compare -- ${process.argv.slice(2).join(' ')}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
      `${options.rounds} rounds of ${options.duration} s per commit, the commits in turn (in reverse order in every other round), ` +
      'each stack alone while measured (the others stopped). CPU is ms a request: Node is the gateway and the five subgraphs.',
    '',
    '| round | commit | requests/s | p50 ms | p99 ms | errors | Node CPU ms | PostgreSQL CPU ms | load CPU ms |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rounds[0].flatMap((_, round) =>
      shas.map((sha, i) => {
        const row = rounds[i][round];
        return `| ${round + 1} | ${sha} | ${fixed(row.requestsPerSecond)} | ${fixed(row.p50)} | ${fixed(row.p99)} | ${row.errors} | ${fixed(row.nodeMs, 2)} | ${fixed(row.postgresMs, 2)} | ${fixed(row.loadMs, 2)} |`;
      }),
    ),
    '',
    `| commit | requests/s against ${first}, median of the rounds (lowest–highest) | Node + PostgreSQL CPU a request against ${first} |`,
    '|---|---|---|',
    ...shas.slice(1).map((sha, i) => {
      const { throughput, cpu } = ratios[i + 1];
      const ratio = ([median, low, high]: number[]) => `${median.toFixed(3)}× (${low.toFixed(3)}–${high.toFixed(3)})`;
      return `| ${sha} | ${ratio(throughput)} | ${ratio(cpu)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
  });
}
