// `npm run bench:bounds -- [--size 10M] [--seed 42] [--per-kind 30] [--reference T] [--write FILE]`: what the person
// search's bounds cost in recall at a seeded size, which the evaluation set (at its own small size) cannot show. Each
// persons text of the benchmark's sample, and the same text with two letters swapped, is searched twice in this
// process: as the service reads it (the bounds: sampled rows of common words, the gates, the rows a branch takes, the
// similar words a typed word is expanded to), and with them lifted or widened (the reference). By kind of input:
// whether the bounded page scores as high as the reference's, which of the reference's better hits it holds, and what
// each reading took.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import seedrandom from 'seedrandom';
import type { DataSource } from 'typeorm';
import { recordCount } from '../scripts/seed';
import { createDataSource } from '../shared/database';
import type { RankedPage } from '../shared/search';
import { searchPersons, type PersonSearch } from '../subgraphs/persons/src/search/person-search';
import { EVAL_VIEWER } from '../test/eval/harness';
import { openBenchServer, seededBenchDatabase } from './database';
import { percentile } from './load';
import { prewarm, sampleSizeInputs } from './measure';
import type { UnifiedKind } from './inputs';

const USAGE = `usage: npm run bench:bounds -- [options]
  --size N       records of the benchmark's database (seeded once, as npm run bench does); default 10M
  --seed S       seed of the data and of the input sample; default 42
  --per-kind N   texts of each kind searched (each also with a typo); default 30
  --reference T  the reading compared with, as tuning options (e.g. scannedWordRows=20000,branchRows=1000, to see
                 what one wider bound buys and costs); default every bound lifted or widened
  --write FILE   also write the Markdown report to FILE`;

/** The kinds of the benchmark's sample that the person search reads as a name. */
const NAME_KINDS: readonly UnifiedKind[] = [
  'name + year of birth',
  'common given name',
  'common family name',
  'name in original script',
  'name no one bears',
  'MRZ',
  'substance',
  'no match: letters',
];

/** A page as long as UnifiedSearch asks for. */
const PAGE = { limit: 10, offset: 0 };

/**
 * The reference reading: no word's rows sampled, every branch run (no gates), 100 times the rows a branch takes per
 * spelling and 8 times the similar words a typed word is expanded to; the searched year's namesakes still read first
 * (yearsFirst, which finds more, not fewer).
 */
const REFERENCE: NonNullable<PersonSearch['tuning']> = {
  commonWordRows: 2 ** 31 - 1,
  scannedWordRows: 200_000,
  unheldScannedWordRows: 200_000,
  gate: false,
  branchRows: 10_000,
  similarWords: 64,
  yearsFirst: true,
};

/** A hit as the table compares it: many records share a score (every holder of a lone common name). */
export interface BoundsHit {
  id: string;
  score: number;
}

/** One text searched both ways. */
export interface BoundsOutcome {
  kind: string;
  text: string;
  bounded: BoundsHit[];
  reference: BoundsHit[];
  boundedMs: number;
  referenceMs: number;
}

export interface BoundsRow {
  kind: string;
  texts: number;
  /** Texts for which the reference found anything: the shares are over these. */
  found: number;
  /** Share of texts whose bounded page scores at least as high as the reference's at every rank. */
  pageAsGood: number;
  /** Share of texts whose bounded first hit scores at least as high as the reference's. */
  firstAsGood: number;
  /**
   * Mean share of the reference page's hits that outscore its last one (the ones no tie could replace) that the
   * bounded page holds, over the texts with any.
   */
  betterHeld: number;
  /** Share of texts whose pages are the same records in the same order (among equal scores, which ones is arbitrary). */
  samePage: number;
  boundedMean: number;
  boundedP95: number;
  referenceMean: number;
  referenceP95: number;
}

/** Scores closer than this are equal (they are sums of rounded weights). */
const SAME_SCORE = 1e-6;

/** The first rank (0-based) at which the bounded page scores below the reference's, or -1 when it never does. */
export function firstWorseRank(o: BoundsOutcome): number {
  return o.reference.findIndex((hit, i) => (o.bounded[i]?.score ?? -1) < hit.score - SAME_SCORE);
}

/** The table by kind, and over every text last. */
export function boundsRows(outcomes: BoundsOutcome[]): BoundsRow[] {
  const mean = (values: number[], empty = 1) =>
    values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : empty;
  // The reference's hits that outscore its last one: no tie could take their place.
  const better = (o: BoundsOutcome) =>
    o.reference.filter((hit) => hit.score > o.reference.at(-1)!.score + SAME_SCORE).map((hit) => hit.id);
  const row = (kind: string, of: BoundsOutcome[]): BoundsRow => {
    const found = of.filter((o) => o.reference.length > 0);
    const share = (test: (o: BoundsOutcome) => boolean) => mean(found.map((o) => (test(o) ? 1 : 0)));
    const boundedMs = of.map((o) => o.boundedMs);
    const referenceMs = of.map((o) => o.referenceMs);
    return {
      kind,
      texts: of.length,
      found: found.length,
      pageAsGood: share((o) => firstWorseRank(o) < 0),
      firstAsGood: share((o) => firstWorseRank(o) !== 0),
      betterHeld: mean(
        found.flatMap((o) => {
          const ids = better(o);
          return ids.length ? [ids.filter((id) => o.bounded.some((hit) => hit.id === id)).length / ids.length] : [];
        }),
      ),
      samePage: share((o) => o.bounded.map((hit) => hit.id).join() === o.reference.map((hit) => hit.id).join()),
      boundedMean: mean(boundedMs, 0),
      boundedP95: percentile(boundedMs, 95),
      referenceMean: mean(referenceMs, 0),
      referenceP95: percentile(referenceMs, 95),
    };
  };
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  return [
    ...kinds.map((kind) =>
      row(
        kind,
        outcomes.filter((o) => o.kind === kind),
      ),
    ),
    row('all', outcomes),
  ];
}

/** The text with two neighbouring letters of its longest word swapped (a typist's slip), or undefined when none has two. */
export function withSwappedLetters(text: string, random: () => number): string | undefined {
  const words = [...text.matchAll(/\p{L}{4,}/gu)];
  if (!words.length) return undefined;
  const longest = words.reduce((best, word) => (word[0].length > best[0].length ? word : best));
  const letters = [...longest[0]];
  // Not the first letter: officers rarely slip there, and the phonetic keys start with it.
  const at = 1 + Math.floor(random() * (letters.length - 2));
  if (letters[at] === letters[at + 1]) return undefined;
  [letters[at], letters[at + 1]] = [letters[at + 1], letters[at]];
  const start = longest.index!;
  return text.slice(0, start) + letters.join('') + text.slice(start + longest[0].length);
}

export function boundsTable(rows: BoundsRow[]): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const ms = (value: number) => value.toFixed(1);
  return [
    '| kind of input | texts | reference found any | page as good | first hit as good | better hits held | same records, same order | bounded ms mean / p95 | reference ms mean / p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.kind} | ${row.texts} | ${row.found} | ${percent(row.pageAsGood)} | ${percent(row.firstAsGood)} | ` +
        `${percent(row.betterHeld)} | ${percent(row.samePage)} | ${ms(row.boundedMean)} / ${ms(row.boundedP95)} | ` +
        `${ms(row.referenceMean)} / ${ms(row.referenceP95)} |`,
    ),
  ].join('\n');
}

/** `scannedWordRows=20000,gate=false`: the tuning options of a reference reading. */
export function parseTuning(raw: string): NonNullable<PersonSearch['tuning']> {
  const tuning: Record<string, number | boolean> = {};
  for (const part of raw.split(',')) {
    const [name, value] = part.split('=').map((text) => text.trim());
    if (!(name in REFERENCE)) throw new Error(`--reference: no tuning option '${name}'\n${USAGE}`);
    if (typeof REFERENCE[name as keyof typeof REFERENCE] === 'boolean') {
      if (value !== 'true' && value !== 'false') throw new Error(`--reference: ${name} is true or false\n${USAGE}`);
      tuning[name] = value === 'true';
    } else {
      if (!/^\d+$/.test(value ?? '')) throw new Error(`--reference: ${name} needs a whole number\n${USAGE}`);
      tuning[name] = Number(value);
    }
  }
  return tuning;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '10M' },
      seed: { type: 'string', default: '42' },
      'per-kind': { type: 'string', default: '30' },
      reference: { type: 'string' },
      write: { type: 'string' },
    },
  });
  const size = recordCount(values.size);
  const seed = Number(values.seed);
  const perKind = Number(values['per-kind']);
  if (!size) throw new Error(`--size needs a number (e.g. 100k, 10M)\n${USAGE}`);
  if (!Number.isInteger(seed) || seed <= 0) throw new Error(`--seed needs a whole number above 0\n${USAGE}`);
  if (!Number.isInteger(perKind) || perKind <= 0) throw new Error(`--per-kind needs a whole number above 0\n${USAGE}`);
  const reference = values.reference ? parseTuning(values.reference) : REFERENCE;
  return { size, seed, perKind, reference, write: values.write && path.resolve(values.write) };
}

const log = (message: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

async function timed(dataSource: DataSource, text: string, tuning?: PersonSearch['tuning']) {
  const started = performance.now();
  const page: RankedPage = await searchPersons(dataSource, {
    viewer: EVAL_VIEWER,
    text,
    jurisdictions: [],
    page: PAGE,
    tuning,
  });
  return { hits: page.hits.map(({ id, score }) => ({ id, score })), ms: performance.now() - started };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const server = await openBenchServer(log);
  let dataSource: DataSource | undefined;
  try {
    const url = await seededBenchDatabase(server, { size: options.size, seed: options.seed, log });
    log(await prewarm(url, log));
    const inputs = await sampleSizeInputs(url, options.seed, log);
    const random = seedrandom(`bounds-${options.seed}`);
    const texts = NAME_KINDS.flatMap((kind) =>
      inputs.unified
        .filter((input) => input.kind === kind)
        .slice(0, options.perKind)
        .flatMap((input) => {
          const typo = kind === 'MRZ' ? undefined : withSwappedLetters(input.text, random);
          return [{ kind, text: input.text }, ...(typo ? [{ kind: `${kind}, a typo`, text: typo }] : [])];
        }),
    );
    dataSource = await createDataSource('persons', { url, poolSize: 1 }).initialize();
    const outcomes: BoundsOutcome[] = [];
    for (const [i, { kind, text }] of texts.entries()) {
      // Each reading twice, in the order bounded, reference, reference, bounded, and the quicker of each kept: the
      // first reading of a text alone pays for preparing the statement and reading its pages in.
      const bounded = await timed(dataSource, text);
      const reference = await timed(dataSource, text, options.reference);
      const referenceMs = Math.min(reference.ms, (await timed(dataSource, text, options.reference)).ms);
      const boundedMs = Math.min(bounded.ms, (await timed(dataSource, text)).ms);
      outcomes.push({ kind, text, bounded: bounded.hits, reference: reference.hits, boundedMs, referenceMs });
      if ((i + 1) % 20 === 0 || i + 1 === texts.length) log(`${i + 1} of ${texts.length} texts searched both ways`);
    }
    const table = boundsTable(boundsRows(outcomes));
    console.log(`\n${table}\n`);
    // The texts whose bounded page is worse than the reference's, with the scores at the first rank that differs.
    for (const o of outcomes) {
      const rank = firstWorseRank(o);
      if (rank >= 0)
        console.log(
          `worse at rank ${rank + 1}: ${o.kind}: ${o.text} (${o.bounded[rank]?.score.toFixed(3) ?? 'no hit'} against ${o.reference[rank].score.toFixed(3)})`,
        );
    }
    if (options.write) {
      writeFileSync(
        options.write,
        `\`npm run bench:bounds -- ${process.argv.slice(2).join(' ')}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
          `${options.size.toLocaleString('en')} records, ${texts.length} texts, one at a time, pages of ${PAGE.limit}; ` +
          `reference: ${JSON.stringify(options.reference)}.\n\n${table}\n`,
      );
      log(`wrote ${options.write}`);
    }
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
