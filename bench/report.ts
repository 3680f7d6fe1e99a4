// The benchmark's tables (stdout) and Markdown report (--write).
import type { WorkloadName } from './workloads';

export type TargetName = 'Apollo gateway' | 'Hive Gateway' | 'raw SQL floor';

export interface Row {
  records: number;
  workload: WorkloadName;
  target: TargetName;
  concurrency: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** SQL statements sent per request (all four subgraphs, or the floor's own calls). */
  sqlPerRequest: number;
  /** CPU time the gateway process spent per request sent, in ms (none for the floor). */
  gatewayCpuMs?: number;
  /** CPU time the four subgraph processes spent per request sent, in ms (none for the floor). */
  subgraphsCpuMs?: number;
  /** Peak resident memory of the gateway process during the run, in MB (none for the floor). */
  gatewayRssMb?: number;
  /** Sum of the four subgraphs' peak resident memory during the run, in MB (none for the floor). */
  subgraphsRssMb?: number;
  /** Requests that got no answer (timeouts, connection errors), part of `errors`. */
  unanswered: number;
  firstError?: string;
}

/** Latency of the floor by kind of input, at one concurrency. */
export interface KindRow {
  workload: WorkloadName;
  concurrency: number;
  kind: string;
  calls: number;
  /** Calls that found something (a unified search with any hit, a check with a hit). */
  withHits: number;
  p50: number;
  p99: number;
  max: number;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  postgres: string;
  date: string;
  commit: string;
  database: string;
  /** PostgreSQL settings that bear on the numbers. */
  postgresSettings: string;
  /** 1-minute load averages when the runs started and when they ended. */
  loadAverages: [number, number];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const mb = (value: number | undefined) => (value === undefined ? '—' : String(Math.round(value)));
const ratio = (value: number) => (Number.isFinite(value) && value > 0 ? `${value.toFixed(2)}×` : '—');

export function resultsTable(rows: Row[]): string {
  const lines = [
    '| records | workload | target | concurrency | requests/s | p50 ms | p95 ms | p99 ms | errors | SQL/request | gateway CPU ms/request | subgraphs CPU ms/request | gateway RSS MB | subgraphs RSS MB |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.records.toLocaleString('en')} | ${row.workload} | ${row.target} | ${row.concurrency} | ` +
        `${row.requestsPerSecond.toFixed(1)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ` +
        `${row.errors}${row.errors ? ` of ${row.requests + row.unanswered}` : ''}${row.unanswered ? ` (${row.unanswered} unanswered)` : ''} | ${row.sqlPerRequest.toFixed(2)} | ` +
        `${ms(row.gatewayCpuMs ?? NaN)} | ${ms(row.subgraphsCpuMs ?? NaN)} | ${mb(row.gatewayRssMb)} | ${mb(row.subgraphsRssMb)} |`,
    );
  return lines.join('\n');
}

/** Throughput and latency ratios of each gateway to the floor, and of Apollo to Hive, per workload and concurrency. */
export function ratiosTable(rows: Row[]): string {
  const find = (workload: WorkloadName, target: TargetName, concurrency: number) =>
    rows.find((row) => row.workload === workload && row.target === target && row.concurrency === concurrency);
  const lines = [
    '| workload | concurrency | comparison | requests/s ratio | p50 ratio | p99 ratio |',
    '|---|---:|---|---:|---:|---:|',
  ];
  const pairs: [TargetName, TargetName][] = [
    ['Apollo gateway', 'raw SQL floor'],
    ['Hive Gateway', 'raw SQL floor'],
    ['Apollo gateway', 'Hive Gateway'],
  ];
  const keys = [...new Map(rows.map((row) => [`${row.workload}/${row.concurrency}`, row])).values()];
  for (const { workload, concurrency } of keys)
    for (const [a, b] of pairs) {
      const left = find(workload, a, concurrency);
      const right = find(workload, b, concurrency);
      if (!left || !right) continue;
      lines.push(
        `| ${workload} | ${concurrency} | ${a} / ${b} | ${ratio(left.requestsPerSecond / right.requestsPerSecond)} | ` +
          `${ratio(left.p50 / right.p50)} | ${ratio(left.p99 / right.p99)} |`,
      );
    }
  return lines.join('\n');
}

export function kindsTable(rows: KindRow[]): string {
  const lines = [
    '| workload | concurrency | input kind | calls | found something | p50 ms | p99 ms | max ms |',
    '|---|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.workload} | ${row.concurrency} | ${row.kind} | ${row.calls} | ${Math.round((100 * row.withHits) / row.calls)} % | ${ms(row.p50)} | ${ms(row.p99)} | ${ms(row.max)} |`,
    );
  return lines.join('\n');
}

/** SPEC 6 targets: UnifiedSearch rate and p99 through the gateway; checks at ten times that rate. */
export const TARGETS = { searchesPerSecond: 476, p99Ms: 60, checksPerSecond: 4_760 };

/** One line per gateway and workload: the best error-free throughput within the p99 target, against SPEC 6. */
export function verdictLines(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const target of ['Apollo gateway', 'Hive Gateway'] as TargetName[])
    for (const workload of ['UnifiedSearch', 'checks'] as WorkloadName[]) {
      const runs = rows.filter((row) => row.target === target && row.workload === workload);
      if (!runs.length) continue;
      const goal = workload === 'UnifiedSearch' ? TARGETS.searchesPerSecond : TARGETS.checksPerSecond;
      const within = runs.filter((row) => !row.errors && row.p99 < TARGETS.p99Ms);
      const best = within.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
      const fastest = [...runs].sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
      const sql = runs.map((row) => row.sqlPerRequest);
      lines.push(
        `- ${workload} through ${target}: ` +
          (best
            ? `${best.requestsPerSecond.toFixed(0)}/s with p99 ${ms(best.p99)} ms (concurrency ${best.concurrency})`
            : `no run had p99 under ${TARGETS.p99Ms} ms without errors`) +
          `; highest throughput ${fastest.requestsPerSecond.toFixed(0)}/s (p99 ${ms(fastest.p99)} ms). Target ${goal.toLocaleString('en')}/s` +
          ` with p99 < ${TARGETS.p99Ms} ms${workload === 'checks' ? " (the search's bound, applied to checks too)" : ''}: ` +
          `**${best && best.requestsPerSecond >= goal ? 'met' : `not met (${((best?.requestsPerSecond ?? 0) / goal).toFixed(2)} of it)`}**. ` +
          `SQL/request ${Math.min(...sql).toFixed(2)}–${Math.max(...sql).toFixed(2)} across concurrencies.`,
      );
    }
  return lines;
}

export function errorLines(rows: Row[]): string[] {
  return rows
    .filter((row) => row.firstError)
    .map((row) => `- ${row.workload}, ${row.target}, ${row.concurrency}: ${row.firstError!.replace(/\s+/g, ' ')}`);
}

export function markdownReport(options: {
  machine: Machine;
  command: string;
  rows: Row[];
  kinds: KindRow[];
  settings: string;
  inputs: string;
  hiveNote?: string;
}): string {
  const { machine, rows } = options;
  const errors = errorLines(rows);
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
| database | ${machine.database} |
| date | ${machine.date} |
| commit | ${machine.commit} |
| load average (1 min) | ${machine.loadAverages[0].toFixed(2)} when the runs started, ${machine.loadAverages[1].toFixed(2)} when they ended |

Everything runs on this one machine: PostgreSQL, the four subgraphs, the gateway under test (the other one idles),
and the load generator (autocannon, in the benchmark's own Node process, which also runs the floor's calls). The
load generator takes CPU from the services it measures, so these are lower bounds for a deployment where the
clients are elsewhere. The machine is shared with other work (see the load averages): a run competes with whatever
else is running, so compare the rows of one report rather than reports taken at different times.

${options.settings}

${options.inputs}

## Against the SPEC 6 targets

${verdictLines(rows).join('\n')}

## Results

${resultsTable(rows)}

### Ratios

${ratiosTable(rows)}

### The floor by kind of input

Where the database's time goes: the floor's latency per kind of input at the lowest concurrency measured (one
unified-search row is the four searches of that text in parallel).

${kindsTable(options.kinds)}
${options.hiveNote ? `\n${options.hiveNote}\n` : ''}${errors.length ? `\nFirst error of each run that had errors:\n\n${errors.join('\n')}\n` : ''}
## How to read it

- **requests/s** is throughput over the measured window, errors included; **p50/p95/p99** are the latencies of all
  answered requests in that window, in milliseconds, as the client saw them.
- **errors** counts non-2xx answers, connection errors and timeouts (autocannon gives up after 10 s:
  "unanswered"), and 2xx answers whose body holds GraphQL \`errors\` (partial results count as errors, e.g. a
  subgraph the gateway gave up on after its 5 s \`SUBGRAPH_TIMEOUT_MS\`).
- **SQL/request** is the increase of \`liaison_sql_statements_total\` summed over the four subgraphs' \`/metrics\`,
  between the moments the services are idle before and after the window, divided by the requests sent in it
  (a request still in flight when the window closes is served in full); it includes each subgraph's audit row. For the floor it is the statements the
  search and check functions sent themselves (no node loading, no links, no audit row).
- **gateway / subgraphs CPU ms/request**: the increase of \`process_cpu_seconds_total\` (user + system) of the
  gateway process and of the four subgraph processes together over the window, divided by the requests sent (for
  Hive Gateway, from \`/proc/<pid>/stat\`). PostgreSQL's CPU is not in it. On 2 cores, N requests/s need N × (the
  two columns + PostgreSQL's share + the load generator's) ms of CPU per second, i.e. less than 2,000 ms.
- **gateway RSS** and **subgraphs RSS** are the peak resident memory sampled once a second during the run
  (\`process_resident_memory_bytes\` from each service's \`/metrics\`; for Hive Gateway, \`VmRSS\` from \`/proc\`).
  The subgraphs' figure is the sum of the four.
- **raw SQL floor**: the same inputs at the same concurrency, calling the subgraphs' own search functions
  (\`searchPersons\`, \`searchDocuments\`, \`searchVehicles\`, \`searchSeizures\`, the four of one unified search in
  parallel) or check functions directly on a pg pool per subgraph, in the benchmark's process. It is what the
  database alone costs for the ranking and the checks; the gateways add HTTP, GraphQL parsing and planning, token
  checks, loading the nodes and links of the hits (DataLoader batches) and the audit rows. A gateway/floor
  throughput ratio near 1 means the database is the bottleneck; far below 1, the Node side is.
- **SPEC 6 targets**: \`UnifiedSearch\` through the gateway at **476 searches/s with p99 < 60 ms**; hit/no-hit checks
  at **ten times that (4,760/s)**; **constant SQL per request** (the count must not grow with hits and links). SQL/request here is an average over
  the input mix, whose searches return from 0 to 10 hits each: it should be the same at every concurrency and for
  every database size (compare the reports of different sizes); the test suite's sql-statements test checks the
  count of single requests exactly.
`;
}
