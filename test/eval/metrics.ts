// Ranking metrics of the search evaluation. A query's ranking is the list of record ids the search returned, best
// first; `relevant` is the complete set of correct answers.

/**
 * recall@k = |relevant ∩ top k| / min(|relevant|, k): the share of the answers that fit in k hits which the first
 * k hits hold, so a query with 30 correct answers can still score 1.0 at k = 10. 0 for an empty relevant set.
 */
export function recallAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const ideal = Math.min(relevant.size, k);
  if (ideal === 0) return 0;
  let found = 0;
  for (const id of ranking.slice(0, k)) if (relevant.has(id)) found++;
  return found / ideal;
}

/** 1 when the first hit is a correct answer, else 0 (no hits: 0). */
export function precisionAt1(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  return ranking.length > 0 && relevant.has(ranking[0]) ? 1 : 0;
}

/** 1 / rank of the first correct answer, 0 when none is returned. */
export function reciprocalRank(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  const index = ranking.findIndex((id) => relevant.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

export interface QueryScore {
  recall1: number;
  recall10: number;
  precision1: number;
  reciprocalRank: number;
}

/** The metrics of one answered query. */
export function scoreQuery(ranking: readonly string[], relevant: ReadonlySet<string>): QueryScore {
  return {
    recall1: recallAt(ranking, relevant, 1),
    recall10: recallAt(ranking, relevant, 10),
    precision1: precisionAt1(ranking, relevant),
    reciprocalRank: reciprocalRank(ranking, relevant),
  };
}

export interface Summary {
  queries: number;
  recall1: number;
  recall10: number;
  precision1: number;
  mrr: number;
  /** Queries that were answered with an error; they count as scoring 0 in every metric. */
  errors: number;
}

/** Means over the scored queries; an errored query (null) scores 0 everywhere and is counted in `errors`. */
export function summarize(scores: readonly (QueryScore | null)[]): Summary {
  const n = scores.length;
  const mean = (pick: (score: QueryScore) => number) =>
    n === 0 ? 0 : scores.reduce((sum, score) => sum + (score ? pick(score) : 0), 0) / n;
  return {
    queries: n,
    recall1: mean((score) => score.recall1),
    recall10: mean((score) => score.recall10),
    precision1: mean((score) => score.precision1),
    mrr: mean((score) => score.reciprocalRank),
    errors: scores.filter((score) => score === null).length,
  };
}

export interface Targets {
  overallRecall10: number;
  overallPrecision1: number;
  ruleRecall10: number;
}

/** Issue 3: recall@10 ≥ 0.98 and precision@1 ≥ 0.90 overall, no rule below 0.90 recall@10. */
export const TARGETS: Targets = { overallRecall10: 0.98, overallPrecision1: 0.9, ruleRecall10: 0.9 };

export function ruleMeetsTarget(summary: Summary, targets: Targets = TARGETS): boolean {
  return summary.queries > 0 && summary.recall10 >= targets.ruleRecall10;
}

export function overallMeetsTarget(summary: Summary, targets: Targets = TARGETS): boolean {
  return summary.recall10 >= targets.overallRecall10 && summary.precision1 >= targets.overallPrecision1;
}
