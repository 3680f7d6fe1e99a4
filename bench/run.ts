// `npm run bench -- [--sizes 100k,10M] [--seed 42] [--duration 30] [--warmup 3] [--connections LIST]
//                   [--database-url URL] [--targets apollo,hive,floor] [--workloads UnifiedSearch,checks,batchChecks]
//                   [--write docs/benchmark.md]`
//
// SPEC 6 and issue 10: throughput, latency (by kind of input too), errors, SQL statements per request, CPU per
// request of each service and memory of UnifiedSearch, single checks and batch checks, through our Apollo gateway,
// through Hive Gateway on the same supergraph and subgraphs, and as direct calls of the search and check functions
// (the raw SQL floor), at each concurrency, for each size in one run, with the verdict on each target. Each size has
// its own seeded database (bench/database.ts: seeded once, reused by later runs) and its own services, all up at
// once: each run is taken on every size in turn, so that sizes compare on the same minute of a machine whose speed
// drifts. Prints the tables on stdout; --write also writes a Markdown report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER } from '../shared/auth';
import { defaultPoolSize } from '../shared/database';
import { SUBGRAPH_NAMES } from '../shared/schema';
import { ensureDevelopmentCertificates } from '../shared/tls';
import { openBenchServer, seededBenchDatabase, sizeLabel, type BenchServer } from './database';
import type { Inputs } from './inputs';
import { whileStopped } from './metrics';
import { connectionsPerStack, openSize, plannedRuns, prewarm, SETUP_SECONDS, type OpenedSize } from './measure';
import { parseOptions, type Options } from './options';
import { markdownReport, sections, type KindRow, type Machine, type ProbeRow, type Row, type Size } from './report';
import { missingFields, supergraphQueryFields, type WorkloadName } from './workloads';

const ROOT = path.resolve(__dirname, '..');

const log = (message: string) => console.error(message);

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
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
async function countRecords(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: string }>(`SELECT
        (SELECT count(*) FROM persons.person) + (SELECT count(*) FROM documents.document) +
        (SELECT count(*) FROM vehicles.vehicle) + (SELECT count(*) FROM substances.seizure) AS count`);
    return Number(rows[0].count);
  });
}

/** 100k, 10M: a size as people say it. */
const sizeName = (records: number) => sizeLabel(records).replace(/m$/, 'M');

/** A database to measure: an existing one (--database-url) as it is, or a size's seeded database, opened when due. */
interface PlannedSize {
  open(): Promise<{ size: Size; url: string }>;
}

function plannedSizes(options: Options, server: () => Promise<BenchServer>): PlannedSize[] {
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    const name = new URL(url).pathname.slice(1);
    return [
      {
        open: async () => {
          const records = await countRecords(url);
          return {
            url,
            size: { name: sizeName(records), records, description: `existing database \`${name}\`` },
          };
        },
      },
    ];
  }
  return options.sizes.map((records) => ({
    open: async () => {
      const opened = await server();
      const url = await seededBenchDatabase(opened, { size: records, seed: options.seed, log });
      const name = new URL(url).pathname.slice(1);
      return {
        url,
        size: {
          name: sizeName(records),
          records,
          description: `\`${name}\` on ${opened.description}, seeded by the project's seed (seed ${options.seed})`,
        },
      };
    },
  }));
}

async function postgresDescription(
  url: string,
): Promise<{ postgres: string; postgresSettings: string; maxConnections: number }> {
  return withClient(url, async (client) => ({
    postgres: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
    maxConnections: Number(
      (await client.query<{ max_connections: string }>('SHOW max_connections')).rows[0].max_connections,
    ),
    postgresSettings: (
      await client.query<{ settings: string }>(
        `SELECT string_agg(name || ' ' || current_setting(name), ', ' ORDER BY name) AS settings
           FROM pg_settings WHERE name IN ('shared_buffers', 'effective_cache_size', 'work_mem', 'jit',
             'max_parallel_workers_per_gather', 'max_connections', 'synchronous_commit',
             'huge_pages_status')`,
      )
    ).rows[0].settings,
  }));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  // The services must all use the database of the size under test, which the stack passes as DATABASE_URL.
  for (const name of SUBGRAPH_NAMES) delete process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const cleanups: (() => Promise<void>)[] = [];
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    })());
  const interrupt = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping the services and the database server`);
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-logs-'));
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-keys-'));
  cleanups.push(async () => rmSync(keysDir, { recursive: true, force: true }));
  // Before the database server starts: the embedded one offers TLS with the run's development certificate.
  process.env.LIAISON_KEYS_DIR = keysDir;
  await ensureDevelopmentCertificates();
  try {
    const fields = supergraphQueryFields();
    const skipped = new Map<WorkloadName, string>();
    for (const workload of options.workloads) {
      const missing = missingFields(workload, fields);
      if (missing) {
        skipped.set(workload, missing);
        log(`skipping ${workload}: ${missing}`);
      }
    }
    const workloads = options.workloads.filter((workload) => !skipped.has(workload));

    let server: BenchServer | undefined;
    const openServer = async () => {
      if (!server) {
        server = await openBenchServer(log, connectionsNeeded);
        cleanups.push(() => server!.stop());
      }
      return server;
    };
    const sizes = plannedSizes(options, openServer);
    // Every stack is up for the whole run, with room for the benchmark's own clients.
    const connectionsNeeded =
      sizes.length *
        options.tls.length *
        options.replicas.reduce(
          (sum, count) => sum + connectionsPerStack(count, options.targets.includes('floor')),
          0,
        ) +
      20;
    const runsPerSize = plannedRuns(options, workloads);
    const total = runsPerSize * sizes.length * options.tls.length * options.replicas.length * options.rounds;
    const runSeconds = options.warmup + options.duration / options.rounds + 2;
    log(
      `${sizes.length} size(s), ${total} rounds of ${options.warmup} s warm-up + ${options.duration / options.rounds} s: about ` +
        `${Math.ceil((total * runSeconds + sizes.length * (SETUP_SECONDS + options.targets.length * options.serviceWarmup)) / 60)} min once the databases are seeded`,
    );
    let index = 0;
    const progress = (label: string) => {
      index++;
      const minutesLeft = Math.ceil(((total - index + 1) * runSeconds) / 60);
      return `[${index}/${total}, about ${minutesLeft} min left] ${label}`;
    };

    const rows: Row[] = [];
    const kinds: KindRow[] = [];
    const probes: ProbeRow[] = [];
    const notes: string[] = [];
    const inputsBySize: [Size, Inputs][] = [];
    const loadAtStart = os.loadavg()[0];
    const databases: { size: Size; url: string }[] = [];
    for (const planned of sizes) databases.push(await planned.open());
    const description = await postgresDescription(databases[0].url);
    if (description.maxConnections < connectionsNeeded)
      log(
        `WARNING: the server allows ${description.maxConnections} connections and this run's stacks may hold up to ${connectionsNeeded}: ` +
          'raise its max_connections, or measure fewer sizes, TLS settings or replica counts at once',
      );
    // The largest first: what is read last stays in shared buffers when not everything fits.
    for (const database of [...databases].sort((a, b) => b.size.records - a.size.records))
      notes.push(
        `${database.size.name}: ${await prewarm(database.url, (line) => log(`${database.size.name}: ${line}`))}`,
      );
    const opened: OpenedSize[] = [];
    for (const database of databases) {
      // With both TLS settings or several replica counts, each is measured as a size of its own on the same database
      // (`100k TLS off`, `100k 2 replicas`).
      for (const [tls, replicas] of options.tls.flatMap((tls) =>
        options.replicas.map((count) => [tls, count] as const),
      )) {
        const size: Size = { ...database.size };
        if (options.tls.length > 1) Object.assign(size, { name: `${size.name} TLS ${tls}`, tls });
        if (options.replicas.length > 1) {
          Object.assign(size, { name: `${size.name} ${replicas} replica${replicas > 1 ? 's' : ''}`, replicas });
        }
        const one = await openSize({
          size,
          url: database.url,
          options,
          workloads,
          fields,
          logDir: path.join(logDir, size.name.replace(/\s+/g, '-')),
          keysDir,
          tls,
          replicas,
          cleanups,
          log,
        });
        opened.push(one);
        inputsBySize.push([size, one.inputs]);
        probes.push(...one.probes);
        notes.push(...one.notes);
      }
    }
    // Every size's services warmed up just before the runs begin (each right after the other), not when it opened.
    for (const one of opened) await one.warmUp();
    // Run by run, every size in turn: a size measured minutes after another would compare two machines. Each run in
    // rounds, the sizes in reverse order in every other round, so that neither size is always the one measured right
    // after the other's load (its autovacuum, checkpoint and the machine's drift fall on both alike).
    for (let run = 0; run < runsPerSize; run++) {
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? opened : [...opened].reverse();
        for (const one of order) {
          const label = `${one.size.name}, ${one.runs[run].label}${options.rounds > 1 ? `, round ${round + 1}/${options.rounds}` : ''}`;
          // Only the size measured runs: the others' stacks are stopped for the round, as on a machine of its own.
          const others = opened.filter((other) => other !== one).flatMap((other) => other.processes());
          await whileStopped(others, () => one.runs[run].round(progress(label), options.duration / options.rounds));
        }
      }
      for (const one of opened) {
        const result = one.runs[run].finish();
        rows.push(result.row);
        kinds.push(...result.kinds);
      }
    }
    for (const one of opened) await one.stop();
    const measuredSizes = opened.map((one) => one.size);

    const report = { rows, kinds, probes, skipped };
    console.log(
      `\n${sections(report)
        .map((section) => `${section.title}\n\n${section.body}\n`)
        .join('\n')}`,
    );
    if (notes.length) console.log(`${notes.join('\n')}\n`);

    if (options.write) {
      const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' + uncommitted changes' : '';
      const machine: Machine = {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        postgres: description.postgres,
        postgresSettings: description.postgresSettings,
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty}`,
        loadAverages: [loadAtStart, os.loadavg()[0]],
      };
      writeFileSync(
        options.write,
        markdownReport({
          ...report,
          machine,
          command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
          sizes: measuredSizes,
          settings: describeSettings(options, workloads),
          inputs: describeInputs(inputsBySize),
          notes,
        }),
      );
      log(`wrote ${path.relative(process.cwd(), options.write)}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.error(`the services' logs are in ${logDir}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
    log(`bench finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  }
}

function describeSettings(options: Options, workloads: WorkloadName[]): string {
  const concurrencies = workloads.map((workload) => `${workload} ${options.connections[workload].join(', ')}`);
  const transports = options.tls.map((tls) =>
    tls === 'on' ? 'HTTPS (TLS 1.3, the development CA)' : 'plain HTTP (`LIAISON_TLS=off`)',
  );
  const rounds =
    options.rounds > 1
      ? `${options.duration} s measured in ${options.rounds} rounds of ${options.duration / options.rounds} s, each after a ` +
        `${options.warmup} s warm-up (not measured); within a round the sizes take turns, in reverse order in the next ` +
        'round, and the rounds of a run add up to its row'
      : `${options.warmup} s warm-up (not measured), then ${options.duration} s measured`;
  const serviceWarmup =
    options.serviceWarmup > 0
      ? ` Before the first run, each size's targets were driven for ${options.serviceWarmup} s each (the workloads in turn, ` +
        'concurrency 16) with inputs of another sample (seed + 1), so that the services run the compiled code a service ' +
        'that has served for a while runs, and the measured texts are not the ones they warmed up on.'
      : '';
  return `Each run: ${rounds}.${serviceWarmup} Concurrent
requests (autocannon connections, one request in flight on each; the floor: as many concurrent calls):
${concurrencies.join('; ')}. Each run goes on through the workload's inputs where the previous one stopped. The
services run as the test suite starts them (${options.replicas
    .map((count) =>
      count === 1 ? 'one Node process each' : `${count} Node cluster workers each, LIAISON_REPLICAS=${count}`,
    )
    .join(
      ' and, in a stack of their own, ',
    )}; \`NODE_ENV\` unset, \`LOG_LEVEL=warn\`, pg pool of ${defaultPoolSize()} per subgraph process), the subgraphs over
${transports.join(' and, in a stack of their own, over ')}. Every request carries a Bearer token of an officer of
SE-NOA and the \`${PURPOSE_HEADER}\` header; a run at concurrency N sends its requests in turn as N officers (the same
agency and role, a credential each), as N officers' clients would, since the gateway limits searches per credential; Hive Gateway passes both on to the subgraphs with the gateway credential
(\`${GATEWAY_CREDENTIAL_HEADER}\`), which it signs per subgraph and user token with the gateway key as our gateway does
(bench/hive-gateway.config.ts).`;
}

function describeInputs(inputsBySize: [Size, Inputs][]): string {
  /** Each kind with the number of distinct values sampled for it, e.g. `MRZ (201)`. */
  const distinct = <T>(items: T[], kind: (item: T) => string, value: (item: T) => string) => {
    const values = new Map<string, Set<string>>();
    for (const item of items) {
      if (!values.has(kind(item))) values.set(kind(item), new Set());
      values.get(kind(item))!.add(value(item));
    }
    return [...values].map(([name, set]) => `${name} (${set.size})`).join(', ');
  };
  const [size, inputs] = inputsBySize[0];
  return `Inputs, sampled from each database for records the officer may see (page samples and index lookups, so the
same seed gives the same inputs), kinds interleaved in equal shares (a kind with fewer distinct values repeats
them), and cycled through in order. **UnifiedSearch** (\`operations/UnifiedSearch.graphql\`, \`first: 10\`), a cycle of
${inputs.unified.length} texts, distinct texts per kind at ${size.name}: ${distinct(
    inputs.unified,
    (input) => input.kind,
    (input) => input.text,
  )}. Common given and family names are the most frequent in a page sample of the persons, searched alone; names in
original script are Cyrillic, Greek and Arabic names as recorded, in equal numbers; names no one bears are a sampled
person's given name with a family name spliced from halves of two sampled ones that no stored name holds as the
search reads it (some a letter from a stored word, read as its typo); partial VINs are the last 8 and 6
characters of sampled VINs; the texts that match nothing are random letters (two words) and random 9-digit strings
that no name word, document number or plate holds. **checks**, a cycle of ${inputs.checks.length}: ${distinct(
    inputs.checks,
    (input) => `${input.kind} ${input.hit ? 'of a sampled record' : 'altered (no hit expected)'}`,
    (input) => JSON.stringify(input.args),
  )}. **batchChecks**: \`checkDocuments\`, \`checkVehicles\` and \`checkPersons\` in turn, 100 items each, taken from
the same checks (hits and no-hits mixed).`;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
