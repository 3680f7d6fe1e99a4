// Builds the labelled evaluation set of the four search fields, test/eval/search-eval.json:
//
//   npx tsx test/eval/generate.ts [--size 50000] [--seed 42] [--out test/eval/search-eval.json]
//
// It seeds a scratch database (on DATABASE_URL's server, or an embedded PostgreSQL when DATABASE_URL is unset) with
// scripts/seed, reads the seeded rows with SQL, draws ~600 queries over the rules of issue 3 (persons.ts,
// records.ts: what is typed, and why) and computes for each the complete set of current records that are correct
// answers, from the rows alone, never by calling the search. The same seed and size always give the same file;
// regenerate it (and commit it) when the seed's data changes: `npm run eval:search` warns when the set is stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { EVAL_VIEWER, fingerprint, openEvalDatabase, withClient } from './harness';
import { buildPersonRules } from './persons';
import { buildDocumentRules, buildSeizureRules, buildVehicleRules } from './records';
import { FIELD_OF, type EvalQuery, type EvalSet } from './set';
import type { RuleDraft } from './draw';

export const DEFAULT_SIZE = 50_000;
export const DEFAULT_SEED = 42;
const DEFAULT_OUT = path.join(__dirname, 'search-eval.json');
const MIN_QUERIES = 400;
const MIN_PER_RULE = 10;

function parseArguments(argv: string[]): { size: number; seed: number; out: string } {
  const parsed = { size: DEFAULT_SIZE, seed: DEFAULT_SEED, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--size') parsed.size = Number(value());
    else if (flag === '--seed') parsed.seed = Number(value());
    else if (flag === '--out') parsed.out = path.resolve(value());
    else throw new Error(`unknown argument ${argv[i]}; usage: generate.ts [--size N] [--seed S] [--out FILE]`);
  }
  if (!Number.isInteger(parsed.size) || parsed.size < 1000) throw new Error('--size must be an integer ≥ 1000');
  if (!Number.isInteger(parsed.seed)) throw new Error('--seed must be an integer');
  return parsed;
}

/** Numbers the drafted queries per rule and assembles the set. */
export function assemble(seed: number, size: number, digest: string, rules: RuleDraft[]): EvalSet {
  const queries: EvalQuery[] = rules.flatMap((rule) =>
    rule.queries.map((draft, n) => ({
      id: `${rule.id}#${String(n + 1).padStart(2, '0')}`,
      rule: rule.id,
      entity: rule.entity,
      field: FIELD_OF[rule.entity],
      args: {
        text: draft.text,
        ...(draft.criteria ? { criteria: draft.criteria } : {}),
        ...(draft.jurisdictions ? { jurisdictions: draft.jurisdictions } : {}),
      },
      relevant: draft.relevant,
      note: draft.note,
      ...(draft.requires ? { requires: draft.requires } : {}),
    })),
  );
  return {
    seed,
    size,
    generatedFrom: `test/eval/generate.ts over scripts/seed seedDatabase({ size: ${size}, seed: ${seed} }); records visible to the viewer only`,
    viewer: EVAL_VIEWER,
    fingerprint: digest,
    rules: rules.map(({ queries: _queries, ...rule }) => rule),
    queries,
  };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const log = (message: string) => console.error(message);
  const database = await openEvalDatabase({ size: args.size, seed: args.seed, log });
  let set: EvalSet;
  try {
    set = await withClient(database.url, async (client) => {
      const rules = [
        ...(await buildPersonRules(client, args.seed, EVAL_VIEWER.jurisdiction)),
        ...(await buildDocumentRules(client, args.seed, EVAL_VIEWER.jurisdiction)),
        ...(await buildVehicleRules(client, args.seed, EVAL_VIEWER.jurisdiction)),
        ...(await buildSeizureRules(client, args.seed, EVAL_VIEWER.jurisdiction)),
      ];
      return assemble(args.seed, args.size, await fingerprint(client), rules);
    });
  } finally {
    await database.stop();
  }
  for (const rule of set.rules) {
    const count = set.queries.filter((query) => query.rule === rule.id).length;
    log(`${rule.id.padEnd(40)} ${String(count).padStart(3)}${count < MIN_PER_RULE ? '  (below 10)' : ''}`);
  }
  if (set.queries.length < MIN_QUERIES)
    throw new Error(`only ${set.queries.length} queries drawn; the set needs at least ${MIN_QUERIES}`);
  // The repository's Prettier settings, wherever the file goes, so that the output is the same everywhere.
  const options = await resolveConfig(DEFAULT_OUT);
  writeFileSync(args.out, await format(JSON.stringify(set), { ...options, filepath: args.out }));
  log(
    `wrote ${set.queries.length} queries over ${set.rules.length} rules to ${path.relative(process.cwd(), args.out)}`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
