// The benchmark's command line: sizes, durations, concurrencies per workload, targets and where to write the report.
import path from 'node:path';
import { recordCount } from '../scripts/seed';
import { WORKLOADS, type WorkloadName } from './workloads';

/** TLS between the gateway and the subgraphs: on (the default) or off (LIAISON_TLS=off), to measure what it costs. */
export const TLS_SETTINGS = ['on', 'off'] as const;
export type TlsSetting = (typeof TLS_SETTINGS)[number];

export const TARGETS = { apollo: 'Apollo gateway', hive: 'Hive Gateway', floor: 'raw SQL floor' } as const;
export type TargetKey = keyof typeof TARGETS;

/** Concurrencies when --connections is not given: 64 only where a request is cheap enough to keep 64 in flight. */
export const DEFAULT_CONNECTIONS: Record<WorkloadName, number[]> = {
  UnifiedSearch: [1, 16],
  checks: [1, 16, 64],
  batchChecks: [1, 16],
};

export const USAGE = `usage: npm run bench -- [options]
  --sizes LIST         records per database, comma-separated (e.g. 100k,10M); each size is seeded once into its own
                       database (liaison_bench_<size>_s<seed>) and reused by later runs; default 100k
  --size N             the same for one size
  --seed S             seed of the data and of the input sample; default 42
  --duration S         measured seconds per run; default 30
  --warmup S           unmeasured seconds before each round of a run; default 3
  --service-warmup S   seconds of load through each target, of another input sample (seed + 1), after all sizes are
                       up and before the first run, split among the workloads; default 60
  --rounds N           rounds each run is measured in (duration / N seconds each), the sizes (TLS settings, replica
                       counts) taking turns within a round and in reverse order in the next; default 2
  --connections LIST   concurrencies for every workload, comma-separated; default 1,16 (checks: 1,16,64)
  --database-url URL   use this already seeded and migrated database as it is, instead of --sizes
  --targets LIST       any of apollo,hive,floor; default all three
  --workloads LIST     any of ${WORKLOADS.join(',')}; default all
  --tls LIST           TLS between the gateway and the subgraphs, any of on,off, each its own stack on the same
                       database (on,off: both, to compare); default on
  --replicas LIST      processes per service (LIAISON_REPLICAS: Node cluster workers behind each service's one port),
                       each count its own stack on the same database (1,2: both, to compare); default 1
  --write FILE         also write the Markdown report to FILE`;

export interface Options {
  sizes: number[];
  seed: number;
  duration: number;
  warmup: number;
  /** Seconds of load through each target before the first run (bench/measure.ts, `warmUp`). */
  serviceWarmup: number;
  /** Rounds a run's duration is split into, the sizes taking turns in alternating order (bench/run.ts). */
  rounds: number;
  connections: Record<WorkloadName, number[]>;
  databaseUrl?: string;
  targets: TargetKey[];
  workloads: WorkloadName[];
  tls: TlsSetting[];
  replicas: number[];
  write?: string;
}

function parseCount(flag: string, raw: string): number {
  const count = recordCount(raw);
  if (count === undefined) throw new Error(`${flag} needs a number (e.g. 10k, 100k, 10M), got ${raw}\n${USAGE}`);
  return count;
}

function parseCounts(flag: string, raw: string): number[] {
  const counts = raw
    .split(',')
    .filter((item) => item.trim())
    .map((item) => parseCount(flag, item))
    .filter((count) => count > 0);
  if (!counts.length) throw new Error(`${flag} needs at least one number\n${USAGE}`);
  return [...new Set(counts)];
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

export function parseOptions(argv: string[]): Options {
  const options: Options = {
    sizes: [100_000],
    seed: 42,
    duration: 30,
    warmup: 3,
    rounds: 2,
    serviceWarmup: 60,
    connections: DEFAULT_CONNECTIONS,
    targets: ['apollo', 'hive', 'floor'],
    workloads: [...WORKLOADS],
    tls: ['on'],
    replicas: [1],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--sizes' || flag === '--size') options.sizes = parseCounts(flag, value());
    else if (flag === '--seed') options.seed = parseCount(flag, value());
    else if (flag === '--duration') options.duration = Math.max(1, Number(value()) || 0);
    else if (flag === '--warmup') options.warmup = Math.max(0, Number(value()) || 0);
    else if (flag === '--service-warmup') options.serviceWarmup = Math.max(0, Number(value()) || 0);
    else if (flag === '--rounds') options.rounds = Math.min(10, Math.max(1, parseCount(flag, value())));
    else if (flag === '--connections') {
      const counts = parseCounts(flag, value());
      options.connections = { UnifiedSearch: counts, checks: counts, batchChecks: counts };
    } else if (flag === '--database-url') options.databaseUrl = value();
    else if (flag === '--targets') options.targets = parseList(flag, value(), Object.keys(TARGETS) as TargetKey[]);
    else if (flag === '--workloads') options.workloads = parseList(flag, value(), WORKLOADS);
    else if (flag === '--tls') options.tls = [...new Set(parseList(flag, value(), TLS_SETTINGS))];
    else if (flag === '--replicas') options.replicas = parseCounts(flag, value()).filter((count) => count <= 32);
    else if (flag === '--write') options.write = path.resolve(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return options;
}
