// The benchmark's tables (stdout) and Markdown report (--write): every size side by side, and the verdict on each
// target of issue 10 (item 6) and SPEC 6.
import type { ServiceName } from '../scripts/stack';
import { SUBGRAPH_NAMES } from '../shared/schema';
import { UNIFIED_KINDS } from './inputs';
import { WORKLOADS, planFetches, type WorkloadName } from './workloads';

export type TargetName = 'Apollo gateway' | 'Hive Gateway' | 'raw SQL floor';
const TARGET_ORDER: TargetName[] = ['Apollo gateway', 'Hive Gateway', 'raw SQL floor'];
const CPU_COLUMNS: ServiceName[] = ['gateway', ...SUBGRAPH_NAMES];

/** One database the benchmark ran on. */
export interface Size {
  /** `100k`, `10M`, or how an existing database is called. */
  name: string;
  records: number;
  description: string;
  /** Set when a run measured TLS on and off: which of the two this is (the name says it too). */
  tls?: 'on' | 'off';
  /** Set when a run measured several replica counts: processes per service (the name says it too). */
  replicas?: number;
}

export interface Row {
  size: Size;
  workload: WorkloadName;
  target: TargetName;
  concurrency: number;
  /** Checks per request (batch checks: the batch size); 1 for the rest. */
  itemsPerRequest: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** SQL statements sent per request (all four subgraphs, or the floor's own calls). */
  sqlPerRequest: number;
  /** CPU time each process spent per request sent, in ms (none for the floor; Hive Gateway's as `gateway`). */
  cpuMs?: Record<ServiceName, number>;
  /** CPU time of the PostgreSQL server per request sent, in ms (every process of it); none when not on this machine. */
  postgresCpuMs?: number;
  /** CPU time of the benchmark's own process per request sent, in ms: the load generator, or the floor's calls. */
  benchCpuMs: number;
  /** Peak resident memory of the gateway process during the run, in MB (none for the floor). */
  gatewayRssMb?: number;
  /** Sum of the four subgraphs' peak resident memory during the run, in MB (none for the floor). */
  subgraphsRssMb?: number;
  /** Requests that got no answer (timeouts, connection errors), part of `errors`. */
  unanswered: number;
  firstError?: string;
}

/** Latency by kind of input, at the lowest concurrency measured. */
export interface KindRow {
  size: Size;
  workload: WorkloadName;
  target: TargetName;
  concurrency: number;
  kind: string;
  calls: number;
  /** Calls that found something (a unified search with any hit, a check with a hit). */
  withHits: number;
  p50: number;
  p99: number;
  max: number;
}

/** One request sent alone through the Apollo gateway: the statements it cost and the results it returned. */
export interface ProbeRow {
  size: Size;
  workload: WorkloadName;
  statements: number;
  results: number;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  postgres: string;
  date: string;
  commit: string;
  /** PostgreSQL settings that bear on the numbers. */
  postgresSettings: string;
  /** 1-minute load averages when the runs started and when they ended. */
  loadAverages: [number, number];
}

/** Issue 10, item 6 (measured on the project's 2-core machine), and SPEC 6's long goal. */
export const GOALS = {
  p99AtConcurrency1Ms: 60,
  largeToSmallThroughput: 0.8,
  searchesPerSecondAt16: 150,
  nodeCpuMsPerSearch: 10,
  gatewayCpuMsPerSearch: 3,
  apolloToHive: 1.2,
  singleChecksPerSecond: 800,
  batchChecksPerSecond: 5_000,
  specSearchesPerSecond: 476,
};

const ms = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value.toFixed(1) : '—');
const mb = (value: number | undefined) => (value === undefined ? '—' : String(Math.round(value)));
const ratio = (value: number) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : '—');
const perSecond = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1));
const nodeCpuMs = (row: Row) => (row.cpuMs ? CPU_COLUMNS.reduce((sum, name) => sum + row.cpuMs![name], 0) : undefined);
const checksPerSecond = (row: Row) => row.requestsPerSecond * row.itemsPerRequest;

function table(header: string[], alignRight: boolean[], lines: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${alignRight.map((right) => (right ? '---:' : '---')).join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/** Rows in report order: workload, target, concurrency, then size (smallest first). */
function ordered(rows: Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      WORKLOADS.indexOf(a.workload) - WORKLOADS.indexOf(b.workload) ||
      TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target) ||
      a.concurrency - b.concurrency ||
      a.size.records - b.size.records,
  );
}

/** The sizes of a run, smallest first. */
export function sizesOf(rows: { size: Size }[]): Size[] {
  return [...new Map(rows.map((row) => [row.size.name, row.size])).values()].sort((a, b) => a.records - b.records);
}

export function resultsTable(rows: Row[]): string {
  return table(
    [
      'workload',
      'target',
      'concurrency',
      'records',
      'requests/s',
      'checks/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'errors',
      'SQL/request',
      ...CPU_COLUMNS.map((name) => `${name} CPU ms/request`),
      'Node CPU ms/request',
      'PostgreSQL CPU ms/request',
      'load generator CPU ms/request',
      'gateway peak RSS MB',
      'subgraphs peak RSS MB',
    ],
    [
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      ...CPU_COLUMNS.map(() => true),
      true,
      true,
      true,
      true,
      true,
    ],
    ordered(rows).map((row) => [
      row.workload,
      row.target,
      String(row.concurrency),
      row.size.name,
      perSecond(row.requestsPerSecond),
      row.workload === 'UnifiedSearch' ? '—' : perSecond(checksPerSecond(row)),
      ms(row.p50),
      ms(row.p95),
      ms(row.p99),
      `${row.errors}${row.errors ? ` of ${row.requests + row.unanswered}` : ''}${row.unanswered ? ` (${row.unanswered} unanswered)` : ''}`,
      row.sqlPerRequest.toFixed(2),
      ...CPU_COLUMNS.map((name) => ms(row.cpuMs?.[name])),
      ms(nodeCpuMs(row)),
      ms(row.postgresCpuMs),
      ms(row.benchCpuMs),
      mb(row.gatewayRssMb),
      mb(row.subgraphsRssMb),
    ]),
  );
}

const find = (rows: Row[], workload: WorkloadName, target: TargetName, concurrency: number, size: Size) =>
  rows.find(
    (row) =>
      row.workload === workload &&
      row.target === target &&
      row.concurrency === concurrency &&
      row.size.name === size.name,
  );

/** Unique (workload, concurrency) pairs in report order. */
const workloadConcurrencies = (rows: Row[]) => [
  ...new Map(ordered(rows).map((row) => [`${row.workload}/${row.concurrency}`, row])).values(),
];

/** Requests/s, p50 and p99 of one run over another's. */
const ratioCells = (top: Row, bottom: Row) => [
  ratio(top.requestsPerSecond / bottom.requestsPerSecond),
  ratio(top.p50 / bottom.p50),
  ratio(top.p99 / bottom.p99),
];

/** Throughput and latency ratios of each gateway to the floor, and of Apollo to Hive, per workload, concurrency, size. */
export function ratiosTable(rows: Row[]): string {
  const pairs: [TargetName, TargetName][] = [
    ['Apollo gateway', 'Hive Gateway'],
    ['Apollo gateway', 'raw SQL floor'],
    ['Hive Gateway', 'raw SQL floor'],
  ];
  const lines: string[][] = [];
  for (const { workload, concurrency } of workloadConcurrencies(rows))
    for (const [a, b] of pairs)
      for (const size of sizesOf(rows)) {
        const left = find(rows, workload, a, concurrency, size);
        const right = find(rows, workload, b, concurrency, size);
        if (left && right)
          lines.push([workload, String(concurrency), `${a} / ${b}`, size.name, ...ratioCells(left, right)]);
      }
  return table(
    ['workload', 'concurrency', 'comparison', 'records', 'requests/s ratio', 'p50 ratio', 'p99 ratio'],
    [false, true, false, true, true, true, true],
    lines,
  );
}

/** Each size against the smallest: throughput and latency ratios per workload, target and concurrency. */
export function sizeRatiosTable(rows: Row[]): string | undefined {
  const [smallest, ...larger] = sizesOf(rows);
  if (!larger.length) return undefined;
  const lines: string[][] = [];
  for (const { workload, concurrency } of workloadConcurrencies(rows))
    for (const target of TARGET_ORDER)
      for (const size of larger) {
        const large = find(rows, workload, target, concurrency, size);
        const small = find(rows, workload, target, concurrency, smallest);
        if (large && small)
          lines.push([
            workload,
            target,
            String(concurrency),
            `${size.name} / ${smallest.name}`,
            ...ratioCells(large, small),
          ]);
      }
  return table(
    ['workload', 'target', 'concurrency', 'sizes', 'requests/s ratio', 'p50 ratio', 'p99 ratio'],
    [false, false, true, false, true, true, true],
    lines,
  );
}

/** UnifiedSearch kinds in the inputs' own order, others after them. */
const kindOrder = (kind: string) => {
  const index = (UNIFIED_KINDS as readonly string[]).indexOf(kind);
  return index < 0 ? UNIFIED_KINDS.length : index;
};

/** Latency by kind of input, the sizes side by side (a group of columns each). */
export function kindsTable(kinds: KindRow[]): string {
  const sizes = sizesOf(kinds);
  const keys = [...new Map(kinds.map((row) => [`${row.workload}/${row.target}/${row.kind}`, row])).values()].sort(
    (a, b) =>
      WORKLOADS.indexOf(a.workload) - WORKLOADS.indexOf(b.workload) ||
      TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.kind.localeCompare(b.kind),
  );
  const perSize = ['calls', 'found something', 'p50 ms', 'p99 ms', 'max ms'];
  return table(
    [
      'workload',
      'target',
      'concurrency',
      'input kind',
      ...sizes.flatMap((size) => perSize.map((c) => `${size.name} ${c}`)),
    ],
    [false, false, true, false, ...sizes.flatMap(() => perSize.map(() => true))],
    keys.map((key) => [
      key.workload,
      key.target,
      String(key.concurrency),
      key.kind,
      ...sizes.flatMap((size) => {
        const row = kinds.find(
          (candidate) =>
            candidate.size.name === size.name &&
            candidate.workload === key.workload &&
            candidate.target === key.target &&
            candidate.kind === key.kind,
        );
        return row
          ? [
              String(row.calls),
              `${Math.round((100 * row.withHits) / row.calls)} %`,
              ms(row.p50),
              ms(row.p99),
              ms(row.max),
            ]
          : perSize.map(() => '—');
      }),
    ]),
  );
}

/** Results returned, in buckets of growing size: [lowest, highest] of each. */
const RESULT_BUCKETS: [number, number][] = [
  [0, 0],
  [1, 1],
  [2, 5],
  [6, 10],
  [11, 20],
  [21, 50],
  [51, Infinity],
];

const bucketLabel = ([low, high]: [number, number]) =>
  high === Infinity ? `more than ${low - 1}` : low === high ? String(low) : `${low}–${high}`;

/** The probed requests of one workload and size by results returned, the empty buckets left out. */
function probeBuckets(probes: ProbeRow[]): { bucket: [number, number]; rows: ProbeRow[] }[] {
  return RESULT_BUCKETS.map((bucket) => ({
    bucket,
    rows: probes.filter((probe) => probe.results >= bucket[0] && probe.results <= bucket[1]),
  })).filter((group) => group.rows.length);
}

const mostStatements = (rows: ProbeRow[]) => Math.max(...rows.map((row) => row.statements));

/** SQL statements per request sent alone, by how many results it returned, per workload and size. */
export function probeTable(probes: ProbeRow[]): string {
  const lines: string[][] = [];
  for (const workload of WORKLOADS)
    for (const size of sizesOf(probes))
      for (const { bucket, rows } of probeBuckets(
        probes.filter((probe) => probe.workload === workload && probe.size.name === size.name),
      )) {
        const fewest = Math.min(...rows.map((row) => row.statements));
        const mean = rows.reduce((sum, row) => sum + row.statements, 0) / rows.length;
        lines.push([
          workload,
          size.name,
          bucketLabel(bucket),
          String(rows.length),
          String(fewest),
          mean.toFixed(1),
          String(mostStatements(rows)),
        ]);
      }
  return table(
    ['workload', 'records', 'results returned', 'requests', 'fewest statements', 'mean', 'most'],
    [false, true, true, true, true, true, true],
    lines,
  );
}

/** Statements one subgraph fetch may need: its search or lookup, the loaders hydrating what it returns, its audit row. */
const STATEMENTS_PER_FETCH = 3;

/**
 * Whether a workload's statements per request stay constant: a request returning more results may involve more
 * subgraphs (a holder, a seizure's links), each a bounded number of statements, so the count is bounded by the query
 * plan (STATEMENTS_PER_FETCH per subgraph fetch), however many results, and does not grow with the size of the data.
 */
function sqlVerdict(probes: ProbeRow[], sizes: Size[], fetches: number): { measured: string; met: boolean } {
  const bound = STATEMENTS_PER_FETCH * fetches;
  const bySize = sizes.map((size) => {
    const buckets = probeBuckets(probes.filter((probe) => probe.size.name === size.name));
    return {
      size,
      most: buckets.length ? Math.max(...buckets.map((group) => mostStatements(group.rows))) : NaN,
      shape: buckets.map((group) => `${mostStatements(group.rows)} with ${bucketLabel(group.bucket)}`).join(', '),
    };
  });
  return {
    measured:
      `bound ${bound} (${fetches} subgraph fetch${fetches === 1 ? '' : 'es'} in the plan × ${STATEMENTS_PER_FETCH}); ` +
      bySize.map((entry) => `${entry.size.name} at most ${entry.shape} results`).join('; '),
    met: bySize.every((entry) => entry.most <= bound && !(entry.most > bySize[0].most)),
  };
}

/** One verdict line: the target, what was measured, and met / not met (undefined: not measured). */
function verdictLine(target: string, measured: string, met: boolean | undefined): string {
  return `- ${target}: ${measured}: ${met === undefined ? 'not measured' : met ? '**met**' : '**not met**'}`;
}

const clean = (row: Row | undefined): row is Row => !!row && row.errors === 0;
const errorsNote = (row: Row | undefined) =>
  row?.errors ? ` (${row.errors} error${row.errors === 1 ? '' : 's'})` : '';

/** UnifiedSearch through the Apollo gateway against issue 10's latency, scaling, throughput, CPU and Hive targets. */
function searchVerdicts(rows: Row[], sizes: Size[]): string[] {
  const search = rows.filter((row) => row.target === 'Apollo gateway' && row.workload === 'UnifiedSearch');
  if (!search.length) return ['- UnifiedSearch through the Apollo gateway: not measured'];
  const smallest = sizes[0];
  const largest = sizes[sizes.length - 1];
  const highest = Math.max(...search.map((row) => row.concurrency));
  const at = (size: Size, concurrency: number) =>
    search.find((row) => row.size.name === size.name && row.concurrency === concurrency);
  const loaded = sizes.map((size) => at(size, highest));
  const hive = sizes.map((size) => find(rows, 'UnifiedSearch', 'Hive Gateway', highest, size));
  const at16 = sizes.map((size) => at(size, 16));
  const single = at(largest, 1);
  const large = at(largest, highest);
  const small = at(smallest, highest);
  const scaling = large && small ? large.requestsPerSecond / small.requestsPerSecond : NaN;
  const bySize = (describe: (size: Size, i: number) => string) => sizes.map(describe).join('; ');
  return [
    verdictLine(
      `UnifiedSearch p99 ≤ ${GOALS.p99AtConcurrency1Ms} ms at concurrency 1 over the whole input mix, at ${largest.name}`,
      !single
        ? 'no run at concurrency 1'
        : single.requests
          ? `${ms(single.p99)} ms${errorsNote(single)}`
          : 'no request answered in the window',
      single && clean(single) && single.p99 <= GOALS.p99AtConcurrency1Ms,
    ),
    verdictLine(
      sizes.length > 1
        ? `UnifiedSearch throughput at ${largest.name} ≥ ${GOALS.largeToSmallThroughput} × at ${smallest.name} (concurrency ${highest})`
        : `UnifiedSearch throughput at 10M ≥ ${GOALS.largeToSmallThroughput} × at 100k`,
      sizes.length > 1
        ? `${perSecond(large?.requestsPerSecond ?? NaN)}/s against ${perSecond(small?.requestsPerSecond ?? NaN)}/s = ${ratio(scaling)}`
        : `one size measured`,
      sizes.length > 1 && large && small
        ? clean(large) && clean(small) && scaling >= GOALS.largeToSmallThroughput
        : undefined,
    ),
    verdictLine(
      `UnifiedSearch ≥ ${GOALS.searchesPerSecondAt16} requests/s at concurrency 16`,
      bySize((size, i) =>
        at16[i]
          ? `${size.name} ${perSecond(at16[i].requestsPerSecond)}/s${errorsNote(at16[i])}`
          : `${size.name} no run at concurrency 16`,
      ),
      at16.every(Boolean)
        ? at16.every((row) => clean(row) && row.requestsPerSecond >= GOALS.searchesPerSecondAt16)
        : undefined,
    ),
    verdictLine(
      `Node CPU per UnifiedSearch ≤ ${GOALS.nodeCpuMsPerSearch} ms (gateway + subgraphs), gateway ≤ ${GOALS.gatewayCpuMsPerSearch} ms (concurrency ${highest})`,
      bySize(
        (size, i) =>
          `${size.name} ${ms(loaded[i] && nodeCpuMs(loaded[i]))} ms, gateway ${ms(loaded[i]?.cpuMs?.gateway)} ms`,
      ),
      loaded.every((row) => row?.cpuMs)
        ? loaded.every(
            (row) => nodeCpuMs(row!)! <= GOALS.nodeCpuMsPerSearch && row!.cpuMs!.gateway <= GOALS.gatewayCpuMsPerSearch,
          )
        : undefined,
    ),
    verdictLine(
      `Apollo gateway ≥ ${GOALS.apolloToHive} × Hive Gateway's UnifiedSearch requests/s (concurrency ${highest})`,
      bySize(
        (size, i) =>
          `${size.name} ${ratio((loaded[i]?.requestsPerSecond ?? NaN) / (hive[i]?.requestsPerSecond ?? NaN))}`,
      ),
      hive.every(Boolean) && loaded.every(Boolean)
        ? sizes.every(
            (_, i) =>
              clean(loaded[i]) && loaded[i]!.requestsPerSecond >= GOALS.apolloToHive * hive[i]!.requestsPerSecond,
          )
        : undefined,
    ),
  ];
}

/** Single and batch checks through the Apollo gateway: the best error-free run of each size against its rate. */
function checkVerdicts(rows: Row[], sizes: Size[], skipped: Map<WorkloadName, string>): string[] {
  const goals = [
    ['checks', GOALS.singleChecksPerSecond, 'single checks'],
    ['batchChecks', GOALS.batchChecksPerSecond, 'batch checks (items)'],
  ] as const;
  return goals.map(([workload, goal, what]) => {
    const target = `${what} ≥ ${goal.toLocaleString('en')}/s through the Apollo gateway, best error-free run`;
    const runs = rows.filter((row) => row.target === 'Apollo gateway' && row.workload === workload);
    if (skipped.has(workload)) return verdictLine(target, `skipped: ${skipped.get(workload)}`, undefined);
    if (!runs.length) return verdictLine(target, 'no run', undefined);
    const best = sizes.map(
      (size) =>
        runs
          .filter((row) => row.size.name === size.name && clean(row))
          .sort((a, b) => checksPerSecond(b) - checksPerSecond(a))[0],
    );
    return verdictLine(
      target,
      sizes
        .map((size, i) =>
          best[i]
            ? `${size.name} ${perSecond(checksPerSecond(best[i]))}/s (concurrency ${best[i].concurrency})`
            : `${size.name} no error-free run`,
        )
        .join('; '),
      best.every((row) => row && checksPerSecond(row) >= goal),
    );
  });
}

/**
 * The verdict on each target of issue 10 (item 6), with the measured values, through the Apollo gateway; "10M" is
 * the largest size measured and "100k" the smallest. Then SPEC 6's long goal.
 */
export function verdictLines(rows: Row[], probes: ProbeRow[], skipped: Map<WorkloadName, string>): string[] {
  const sizes = sizesOf(rows);
  if (!sizes.length) return ['- nothing was measured'];
  const lines = [...searchVerdicts(rows, sizes), ...checkVerdicts(rows, sizes, skipped)];
  for (const workload of WORKLOADS) {
    const measured = probes.filter((probe) => probe.workload === workload);
    if (!measured.length) continue;
    const { measured: shape, met } = sqlVerdict(measured, sizes, planFetches(workload));
    lines.push(
      verdictLine(
        `SQL statements per ${workload} request bounded by the query plan, whatever the number of results, and not growing with size`,
        shape,
        met,
      ),
    );
  }
  const best = rows
    .filter((row) => row.target === 'Apollo gateway' && row.workload === 'UnifiedSearch')
    .filter((row) => clean(row) && row.p99 < GOALS.p99AtConcurrency1Ms)
    .sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
  lines.push(
    `- SPEC 6's long goal, ${GOALS.specSearchesPerSecond} UnifiedSearch/s with p99 < ${GOALS.p99AtConcurrency1Ms} ms: ` +
      (best
        ? `best ${perSecond(best.requestsPerSecond)}/s (${best.size.name}, concurrency ${best.concurrency}, p99 ${ms(best.p99)} ms), ` +
          `${((100 * best.requestsPerSecond) / GOALS.specSearchesPerSecond).toFixed(0)} % of it`
        : `no error-free run had p99 under ${GOALS.p99AtConcurrency1Ms} ms`),
  );
  return lines;
}

export function errorLines(rows: Row[]): string[] {
  return ordered(rows)
    .filter((row) => row.firstError)
    .map(
      (row) =>
        `- ${row.workload}, ${row.target}, ${row.concurrency}, ${row.size.name}: ${row.firstError!.replace(/\s+/g, ' ')}`,
    );
}

/** Everything printed on stdout and under the report's headings, in order. */
/** Whether two rows measured the same thing (database size, workload, target and concurrency) in other settings. */
function sameRun(a: Row, b: Row): boolean {
  return (
    a.size.records === b.size.records &&
    a.workload === b.workload &&
    a.target === b.target &&
    a.concurrency === b.concurrency
  );
}

/** TLS on against off, same database, workload, target and concurrency; undefined when only one was measured. */
function tlsTable(rows: Row[]): string | undefined {
  const on = rows.filter((row) => row.size.tls === 'on' && row.target !== 'raw SQL floor');
  const lines = ordered(on).flatMap((row) => {
    const off = rows.find((candidate) => candidate.size.tls === 'off' && sameRun(candidate, row));
    if (!off) return [];
    const cpu = (which: Row) => nodeCpuMs(which);
    const gatewayCpu = (which: Row) => which.cpuMs?.gateway;
    const subgraphsCpu = (which: Row) =>
      which.cpuMs ? SUBGRAPH_NAMES.reduce((sum, name) => sum + which.cpuMs![name], 0) : undefined;
    const difference = (a?: number, b?: number) =>
      a !== undefined && b !== undefined ? `${a - b >= 0 ? '+' : ''}${(a - b).toFixed(2)}` : '—';
    return [
      [
        row.size.name.replace(/ TLS on$/, ''),
        row.workload,
        row.target,
        String(row.concurrency),
        `${perSecond(off.requestsPerSecond)} → ${perSecond(row.requestsPerSecond)}`,
        `${ms(off.p50)} → ${ms(row.p50)}`,
        `${ms(off.p99)} → ${ms(row.p99)}`,
        `${ms(cpu(off))} → ${ms(cpu(row))}`,
        difference(cpu(row), cpu(off)),
        difference(gatewayCpu(row), gatewayCpu(off)),
        difference(subgraphsCpu(row), subgraphsCpu(off)),
      ],
    ];
  });
  if (!lines.length) return undefined;
  return table(
    [
      'size',
      'workload',
      'target',
      'concurrency',
      'req/s off → on',
      'p50 ms off → on',
      'p99 ms off → on',
      'CPU ms/request off → on',
      'TLS CPU ms/request',
      'of it gateway',
      'of it subgraphs',
    ],
    [false, false, false, true, true, true, true, true, true, true, true],
    lines,
  );
}

/** N replicas per service against one, same database, workload, target and concurrency; undefined unless measured. */
function replicasTable(rows: Row[]): string | undefined {
  const single = rows.filter((row) => row.size.replicas === 1 && row.target !== 'raw SQL floor');
  const lines = ordered(single).flatMap((row) =>
    rows
      .filter(
        (candidate) =>
          (candidate.size.replicas ?? 1) > 1 && candidate.size.tls === row.size.tls && sameRun(candidate, row),
      )
      .map((more) => [
        row.size.name.replace(/ 1 replica$/, ''),
        row.workload,
        row.target,
        String(row.concurrency),
        String(more.size.replicas),
        `${perSecond(row.requestsPerSecond)} → ${perSecond(more.requestsPerSecond)}`,
        `${(more.requestsPerSecond / row.requestsPerSecond).toFixed(2)}×`,
        `${ms(row.p50)} → ${ms(more.p50)}`,
        `${ms(row.p99)} → ${ms(more.p99)}`,
        `${ms(nodeCpuMs(row))} → ${ms(nodeCpuMs(more))}`,
      ]),
  );
  if (!lines.length) return undefined;
  return table(
    [
      'size',
      'workload',
      'target',
      'concurrency',
      'replicas',
      'req/s 1 → N',
      'ratio',
      'p50 ms 1 → N',
      'p99 ms 1 → N',
      'Node CPU ms/request 1 → N',
    ],
    [false, false, false, true, true, true, true, true, true, true],
    lines,
  );
}

export function sections(options: {
  rows: Row[];
  kinds: KindRow[];
  probes: ProbeRow[];
  skipped: Map<WorkloadName, string>;
}): { title: string; intro?: string; body: string }[] {
  const { rows } = options;
  const sizeRatios = sizeRatiosTable(rows);
  const errors = errorLines(rows);
  const skipped = [...options.skipped].map(([workload, why]) => `- ${workload} skipped: ${why}`);
  return [
    { title: 'Against the targets', body: verdictLines(rows, options.probes, options.skipped).join('\n') },
    { title: 'Results', body: resultsTable(rows) },
    {
      title: 'Size against size',
      intro: 'Each larger database against the smallest, same workload, target and concurrency.',
      body: sizeRatios ?? 'One size measured.',
    },
    { title: 'Gateways against each other and the floor', body: ratiosTable(rows) },
    ...(tlsTable(rows)
      ? [
          {
            title: 'TLS on and off',
            intro:
              'The same runs with the subgraphs over plain HTTP (`LIAISON_TLS=off`) and over HTTPS (TLS 1.3, keep-alive ' +
              "connections from the gateway), on the same database; CPU is the gateway's and the four subgraphs' per request.",
            body: tlsTable(rows)!,
          },
        ]
      : []),
    ...(replicasTable(rows)
      ? [
          {
            title: 'Replicas',
            intro:
              'The same runs with every service as N Node cluster workers behind its one port (`LIAISON_REPLICAS=N`) ' +
              'against one process each, on the same database and the same machine.',
            body: replicasTable(rows)!,
          },
        ]
      : []),
    {
      title: 'By kind of input',
      intro:
        'Latency by kind of input at the lowest concurrency measured, sizes side by side (a floor unified-search call is ' +
        'the four searches of that text in parallel).',
      body: kindsTable(options.kinds),
    },
    {
      title: 'SQL statements by results returned',
      intro:
        'Requests sent one at a time through the Apollo gateway before the load runs, each counted exactly (the ' +
        "subgraphs' `liaison_sql_statements_total` before and after it), grouped by the results it returned: nodes for " +
        'UnifiedSearch, matches for checks.',
      body: options.probes.length ? probeTable(options.probes) : 'Not measured (needs the Apollo gateway target).',
    },
    ...(errors.length || skipped.length
      ? [{ title: 'Errors and skipped workloads', body: [...skipped, ...errors].join('\n') }]
      : []),
  ];
}

export function markdownReport(options: {
  machine: Machine;
  command: string;
  sizes: Size[];
  rows: Row[];
  kinds: KindRow[];
  probes: ProbeRow[];
  skipped: Map<WorkloadName, string>;
  settings: string;
  inputs: string;
  notes: string[];
}): string {
  const { machine } = options;
  return `# Benchmark

Produced by \`${options.command}\` (the README's "Benchmark" section explains the options). Every
number below comes from one run on the machine described here; rerun the command to reproduce it.

## Machine

| | |
|---|---|
| CPU | ${machine.cores} cores (${machine.cpu}) |
| memory | ${machine.memoryGb} GB |
| Node | ${machine.node} |
| PostgreSQL | ${machine.postgres} (${machine.postgresSettings}) |
| databases | ${options.sizes.map((size) => `${size.name}: ${size.description}, ${size.records.toLocaleString('en')} records`).join('; ')} |
| date | ${machine.date} |
| commit | ${machine.commit} |
| load average (1 min) | ${machine.loadAverages[0].toFixed(2)} when the runs started, ${machine.loadAverages[1].toFixed(2)} when they ended |

Everything runs on this one machine: PostgreSQL, the four subgraphs, the gateway under test (the other one is stopped
while it is measured),
and the load generator (autocannon, in the benchmark's own Node process, which also runs the floor's calls). The
load generator takes CPU from the services it measures, so these are lower bounds for a deployment where the
clients are elsewhere. Each size gets its own database and its own freshly started services, all up for the whole
run (stopped with SIGSTOP while another size is measured); each run (a workload at a concurrency through a target) is taken on every size
in turn, one right after the other, in rounds whose order alternates, so that two sizes compare on the same minutes of
the machine and neither is always the one measured after the other's load. The machine may be
shared with other work (see the load averages): compare the rows of one report rather than reports taken at
different times.

${options.settings}

${options.inputs}
${options.notes.map((note) => `\n${note}\n`).join('')}
${sections(options)
  .map((section) => `## ${section.title}\n\n${section.intro ? `${section.intro}\n\n` : ''}${section.body}\n`)
  .join('\n')}
## How to read it

- **requests/s** is throughput over the measured window, errors included; **checks/s** is requests/s times the
  checks per request (100 for batch checks); **p50/p95/p99** are the latencies of all answered requests in that
  window, in milliseconds, as the client saw them.
- **errors** counts non-2xx answers, connection errors and timeouts (autocannon gives up after 10 s:
  "unanswered"), and 2xx answers whose body holds GraphQL \`errors\` (partial results count as errors, e.g. a
  subgraph the gateway gave up on after its 5 s \`SUBGRAPH_TIMEOUT_MS\`). A run with errors meets no target.
- **SQL/request** is the increase of \`liaison_sql_statements_total\` summed over the subgraphs' \`/metrics\`,
  between the moments the services are idle before and after the window, divided by the requests sent in it (a
  request still in flight when the window closes is served in full); it includes the audit rows, which concurrent
  requests share when their commits are grouped, so it may fall as concurrency rises, and not the exchange's storing
  of relayed hit notifications (background work, \`liaison_background_sql_statements_total\`). For the floor it is the
  statements the search and check functions sent themselves (no node loading, no links, no audit row).
- **CPU ms/request**: the increase of each service's user + system CPU time over the window (\`/proc/<pid>/stat\`, the
  process and its children: a service's replicas, Hive Gateway's workers), divided by the requests sent; **Node CPU** is the
  gateway's and the five subgraphs' together (the exchange's work for the notifications included). PostgreSQL's CPU is not in it.
  **PostgreSQL CPU** is the server's (its backends, reaped or live, and its background processes: WAL writer,
  checkpointer, autovacuum) over the same window per request sent, when the server runs on this machine; **load
  generator CPU** is the benchmark's own process (autocannon, or for the floor its in-process calls). On 2 cores, N
  requests/s need N × (Node CPU + PostgreSQL CPU + load generator CPU) ms of CPU per second, i.e. less than 2,000 ms:
  the three columns say where a request's cost goes.
- **peak RSS** is the peak resident memory sampled once a second during the run (\`VmRSS\` from \`/proc\`, not a
  \`/metrics\` scrape, whose cost the services' CPU would count); the subgraphs' figure is the sum of the four.
- **raw SQL floor**: the same inputs at the same concurrency, calling the subgraphs' own search functions
  (\`searchPersons\`, \`searchDocuments\`, \`searchVehicles\`, \`searchSeizures\`, the four of one unified search in
  parallel) or check functions directly on a pg pool per subgraph, in the benchmark's process. It is what the
  database alone costs for the ranking and the checks; the gateways add HTTP, GraphQL parsing and planning, token
  checks, loading the nodes and links of the hits (DataLoader batches) and the audit rows. A gateway/floor
  throughput ratio near 1 means the database is the bottleneck; far below 1, the Node side is. For batch checks
  the floor calls \`checkDocuments\`, \`checkVehicles\` and \`checkPersons\` with the same 100 items.
- **Targets**: issue 10 (item 6) on this 2-core machine, and SPEC 6's long goal of 476 searches/s with p99 < 60 ms.
  "10M" in a target means the largest size measured and "100k" the smallest.
`;
}
