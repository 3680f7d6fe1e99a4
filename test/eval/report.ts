// Tables and the Markdown report of `npm run eval:search`: metrics per rule, per entity and overall, the targets of
// issue 3, and the worst failing queries per rule so that matching engineers can act on them.
import { TARGETS, overallMeetsTarget, ruleMeetsTarget, summarize, type QueryScore, type Summary } from './metrics';
import type { EvalEntity, EvalQuery, EvalRule, EvalSet } from './set';

/** One hit as the report shows it. */
export interface HitView {
  id: string;
  score: number;
  label: string;
  matchedOn: string;
}

export interface QueryOutcome {
  query: EvalQuery;
  /** The relevant ids still visible at run time (normally all of `query.relevant`). */
  relevant: Set<string>;
  ranking: string[];
  hits: HitView[];
  /** Null when answered; the error message otherwise. */
  error: string | null;
  /** The API lacks what the query needs (`requires`); not sent, not scored. */
  unsupported: boolean;
  score: QueryScore | null;
  ms: number;
  /** Returned records the viewer may not see, with why (owner and sharing, H3, lapsed): a visibility leak. */
  hidden: Record<string, string>;
  /** For failing queries: the first correct answers missing from the hits, described. */
  missing: string[];
}

export interface RuleResult {
  rule: EvalRule;
  summary: Summary;
  /** Queries not sent because the API lacks what they need. */
  unsupported: number;
  outcomes: QueryOutcome[];
}

export interface EvalReport {
  set: EvalSet;
  rules: RuleResult[];
  byEntity: Map<EvalEntity, Summary>;
  overall: Summary;
  date: string;
  commit: string;
  server: string;
  stale: boolean;
  /** Relevant ids dropped because they are no longer visible (lapsed since the set was made). */
  droppedRelevant: number;
  timings: { seedSeconds: number; stackSeconds: number; querySeconds: number; totalSeconds: number };
  latency: Map<EvalEntity, { p50: number; p95: number }>;
  note?: string;
}

/** Per entity: returned hits the viewer may not see, and the queries that returned any. */
export function visibilityLeaks(outcomes: QueryOutcome[]): Map<EvalEntity, { hits: number; queries: number }> {
  const leaks = new Map<EvalEntity, { hits: number; queries: number }>();
  for (const outcome of outcomes) {
    const hits = Object.keys(outcome.hidden).length;
    if (!hits) continue;
    const entry = leaks.get(outcome.query.entity) ?? { hits: 0, queries: 0 };
    leaks.set(outcome.query.entity, { hits: entry.hits + hits, queries: entry.queries + 1 });
  }
  return leaks;
}

export function leakLine(report: EvalReport): string {
  const leaks = visibilityLeaks(report.rules.flatMap((result) => result.outcomes));
  if (!leaks.size) return `Visibility: no returned hit was a record ${report.set.viewer.agency} may not see.`;
  const parts = [...leaks].map(([entity, leak]) => `${entity}: ${leak.hits} hits in ${leak.queries} queries`);
  return `Visibility: searches returned records ${report.set.viewer.agency} may not see (not shared with ${report.set.viewer.jurisdiction}, H3 of another owner, or lapsed) — ${parts.join('; ')}. They count as wrong answers.`;
}

const ENTITIES: EvalEntity[] = ['person', 'document', 'vehicle', 'seizure'];

function scored(outcomes: QueryOutcome[]): (QueryScore | null)[] {
  return outcomes.filter((outcome) => !outcome.unsupported).map((outcome) => outcome.score);
}

export function buildResults(set: EvalSet, outcomes: QueryOutcome[]) {
  const rules: RuleResult[] = set.rules.flatMap((rule) => {
    const mine = outcomes.filter((outcome) => outcome.query.rule === rule.id);
    if (!mine.length) return [];
    return [
      {
        rule,
        summary: summarize(scored(mine)),
        unsupported: mine.filter((outcome) => outcome.unsupported).length,
        outcomes: mine,
      },
    ];
  });
  const byEntity = new Map<EvalEntity, Summary>();
  for (const entity of ENTITIES) {
    const mine = outcomes.filter((outcome) => outcome.query.entity === entity);
    if (mine.length) byEntity.set(entity, summarize(scored(mine)));
  }
  return { rules, byEntity, overall: summarize(scored(outcomes)) };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fixed = (value: number) => value.toFixed(3);

function status(result: RuleResult): string {
  if (result.summary.queries === 0) return 'not supported yet';
  const unsupported = result.unsupported ? ` (${result.unsupported} not supported yet)` : '';
  return (ruleMeetsTarget(result.summary) ? 'ok' : 'UNDER TARGET') + unsupported;
}

interface Row {
  name: string;
  summary: Summary;
  status: string;
}

function rows(report: EvalReport): Row[][] {
  return ENTITIES.filter((entity) => report.byEntity.has(entity)).map((entity) => [
    ...report.rules
      .filter((result) => result.rule.entity === entity)
      .map((result) => ({ name: result.rule.id, summary: result.summary, status: status(result) })),
    { name: `all ${entity} rules`, summary: report.byEntity.get(entity)!, status: '' },
  ]);
}

const HEADERS = ['rule', 'queries', 'recall@1', 'recall@10', 'precision@1', 'MRR', 'errors', 'status'];

function cells(row: Row): string[] {
  const s = row.summary;
  return [
    row.name,
    String(s.queries),
    fixed(s.recall1),
    fixed(s.recall10),
    fixed(s.precision1),
    fixed(s.mrr),
    String(s.errors),
    row.status,
  ];
}

function overallRow(report: EvalReport): Row {
  const meets = overallMeetsTarget(report.overall);
  return { name: 'OVERALL', summary: report.overall, status: meets ? 'ok' : 'UNDER TARGET' };
}

/** The console table: one block per entity with its subtotal, then the overall line. */
export function consoleTable(report: EvalReport): string {
  const blocks = rows(report).map((block) => block.map(cells));
  const overall = cells(overallRow(report));
  const all = [HEADERS, ...blocks.flat(), overall];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...blocks.flatMap((block) => [...block.map(line), rule]), line(overall)].join('\n');
}

function markdownTable(report: EvalReport): string {
  const header = `| ${HEADERS.join(' | ')} |\n|${HEADERS.map((_, i) => (i === 0 || i === HEADERS.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`;
  const body = rows(report)
    .flatMap((block) =>
      block.map((row, i) => {
        const c = cells(row);
        if (i === block.length - 1) c[0] = `**${c[0]}**`;
        return `| ${c.join(' | ')} |`;
      }),
    )
    .join('\n');
  const overall = cells(overallRow(report)).map((cell) => `**${cell}**`);
  return `${header}\n${body}\n| ${overall.join(' | ')} |`;
}

function describeArgs(query: EvalQuery): string {
  const text = JSON.stringify(query.args.text.length > 100 ? `${query.args.text.slice(0, 97)}...` : query.args.text);
  const criteria = query.args.criteria ? ` criteria ${JSON.stringify(query.args.criteria)}` : '';
  const jurisdictions = query.args.jurisdictions ? ` jurisdictions ${query.args.jurisdictions.join(',')}` : '';
  return `${text}${criteria}${jurisdictions}`;
}

/** A query fails when it errs, its first hit is wrong, or a correct answer that fits in 10 hits is missing. */
export function isFailing(outcome: QueryOutcome): boolean {
  return !outcome.unsupported && (!outcome.score || outcome.score.precision1 < 1 || outcome.score.recall10 < 1);
}

/** Failing queries of a rule, worst first: errors, then lowest recall@10, then lowest reciprocal rank. */
export function worstQueries(result: RuleResult, count: number): QueryOutcome[] {
  return result.outcomes
    .filter(isFailing)
    .sort(
      (a, b) =>
        (a.score?.recall10 ?? -1) - (b.score?.recall10 ?? -1) ||
        (a.score?.reciprocalRank ?? -1) - (b.score?.reciprocalRank ?? -1),
    )
    .slice(0, count);
}

export function failureLines(outcome: QueryOutcome): string[] {
  const lines = [`${outcome.query.id}  ${describeArgs(outcome.query)}`, `    wanted: ${outcome.query.note}`];
  if (outcome.error) return [...lines, `    error:  ${outcome.error}`];
  if (!outcome.hits.length) return [...lines, '    got:    no hits', ...outcome.missing.map((m) => `    missed: ${m}`)];
  const rank = outcome.ranking.findIndex((id) => outcome.relevant.has(id));
  const first = outcome.hits[0];
  const hidden = outcome.hidden[first.id];
  const correct = outcome.relevant.has(first.id) ? ' (correct)' : hidden ? ` [may not be seen: ${hidden}]` : '';
  lines.push(`    got:    1. ${first.label}${correct}, score ${first.score}, ${first.matchedOn}`);
  const found = outcome.ranking.slice(0, 10).filter((id) => outcome.relevant.has(id)).length;
  lines.push(
    rank < 0
      ? `            no correct answer in the first ${outcome.ranking.length} hits`
      : `            first correct answer at rank ${rank + 1}; ${found} of ${Math.min(outcome.relevant.size, 10)} expected in the top 10`,
  );
  for (const missing of outcome.missing) lines.push(`    missed: ${missing}`);
  return lines;
}

/** The worst failing queries of every rule that has any, for the console. */
export function consoleFailures(report: EvalReport, count: number): string {
  const sections = report.rules.flatMap((result) => {
    const worst = worstQueries(result, count);
    if (!worst.length) return [];
    const failing = result.outcomes.filter(isFailing).length;
    return [
      `${result.rule.id}: ${failing} of ${result.summary.queries} queries miss (worst ${worst.length}):`,
      ...worst.flatMap(failureLines),
    ];
  });
  return sections.length ? sections.join('\n') : 'no failing queries';
}

function targetsLine(report: EvalReport): string[] {
  const o = report.overall;
  const under = report.rules.filter((result) => result.summary.queries && !ruleMeetsTarget(result.summary));
  const unsupported = report.rules.filter((result) => !result.summary.queries);
  return [
    `- overall recall@10 **${fixed(o.recall10)}** (target ≥ ${TARGETS.overallRecall10}) ${o.recall10 >= TARGETS.overallRecall10 ? '✓' : '✗ under target'}`,
    `- overall precision@1 **${fixed(o.precision1)}** (target ≥ ${TARGETS.overallPrecision1}) ${o.precision1 >= TARGETS.overallPrecision1 ? '✓' : '✗ under target'}`,
    `- rules under ${TARGETS.ruleRecall10} recall@10: ${under.length ? under.map((result) => `\`${result.rule.id}\` (${fixed(result.summary.recall10)})`).join(', ') : 'none ✓'}`,
    ...(unsupported.length
      ? [
          `- not supported yet by the API (not scored): ${unsupported.map((result) => `\`${result.rule.id}\``).join(', ')}`,
        ]
      : []),
  ];
}

/** The Markdown report written by `--write`. */
export function markdownReport(report: EvalReport, worstCount: number): string {
  const { set, timings } = report;
  const counts = ENTITIES.map(
    (entity) => `${set.queries.filter((query) => query.entity === entity).length} ${entity}`,
  ).join(', ');
  const perRule = report.rules.map((result) => {
    const worst = worstQueries(result, worstCount);
    const description = result.rule.description[0].toUpperCase() + result.rule.description.slice(1);
    const head = `### \`${result.rule.id}\` — ${status(result)}\n\n${description}. Correct answers: ${result.rule.relevance}.`;
    if (!result.summary.queries)
      return `${head}\n\nThe API does not accept what these queries need yet; they were not sent.`;
    if (!worst.length)
      return `${head}\n\nAll ${result.summary.queries} queries put a correct answer first and every correct answer in the top 10.`;
    return `${head}\n\nWorst queries:\n\n\`\`\`\n${worst.flatMap(failureLines).join('\n')}\n\`\`\``;
  });
  const latency = [...report.latency]
    .map(([entity, value]) => `${entity} p50 ${value.p50} ms, p95 ${value.p95} ms`)
    .join('; ');
  return `# Search quality

State of matching on **${report.date}** (commit \`${report.commit}\`), measured by \`npm run eval:search\` over the
labelled set \`test/eval/search-eval.json\`: ${set.queries.length} queries (${counts}) over ${set.rules.length} rules,
on a fresh database seeded with seed ${set.seed} and ${set.size.toLocaleString('en')} records (${report.server}),
every query sent through the gateway over HTTP as an officer of ${set.viewer.agency} (${set.viewer.jurisdiction}),
first 10 hits. This is a snapshot: matching changes, rerun the command (\`-- --write docs/search-quality.md\`) to
refresh it.

This set measures that the search's rules hold: its queries come from the same generator and matcher as its data.
How good the search is, on 2,281 cases from outside the project (other countries' press spellings, published
romanization tables, specimen identifiers under typo models) over 1,000,000 distractors, per rule and per source, is
in [search-quality-external.md](search-quality-external.md) (\`npm run eval:external\`), kept with the commit that
produced it.${report.note ? `\n\n> ${report.note}` : ''}${report.stale ? '\n\n> **Warning**: the seed no longer produces the data the set was generated from; regenerate the set (`npx tsx test/eval/generate.ts`).' : ''}${report.droppedRelevant ? `\n\n${report.droppedRelevant} expected record(s) had lapsed since the set was generated and were not counted.` : ''}

## Result against the targets of issue 3

${targetsLine(report).join('\n')}

${markdownTable(report)}

${leakLine(report)}

Runtime: ${timings.totalSeconds} s in all (database and seed ${timings.seedSeconds} s, services ${timings.stackSeconds} s,
queries ${timings.querySeconds} s). Latency through the gateway: ${latency}.

## Definitions

- **recall@k** = |relevant ∩ first k hits| / min(|relevant|, k), averaged over the queries: the share of the correct
  answers that fit in k hits which the first k hits hold (a query with 30 correct answers can still score 1).
- **precision@1** = share of queries whose first hit is a correct answer. With the normalised recall above, recall@1
  equals precision@1 query by query (every query has at least one correct answer); both columns are kept as the
  issue asks.
- **MRR** = mean of 1 / rank of the first correct answer (0 when none is in the first 10).
- **errors** = queries answered with an error; they score 0 everywhere. A 429 of the gateway's rate limit per
  credential is not one: the client waits as its \`Retry-After\` says and sends the query again, as a client would.
- **relevant**: the complete set of records that are correct answers, computed from the seeded rows by
  \`test/eval/generate.ts\` (never by calling the search), limited to what the viewer may see (current, shared with
  ${set.viewer.jurisdiction}, not H3 unless owned). Each rule below says how it is defined.
- Targets (issue 3): recall@10 ≥ ${TARGETS.overallRecall10} and precision@1 ≥ ${TARGETS.overallPrecision1} overall, no rule below ${TARGETS.ruleRecall10} recall@10.
  A rule under ${TARGETS.ruleRecall10} recall@10 is marked UNDER TARGET.

## Rules, with the worst failing queries

${perRule.join('\n\n')}
`;
}
