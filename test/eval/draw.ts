// Deterministic drawing of queries: one random stream per rule, candidates shuffled from id order, duplicates skipped.
import seedrandom from 'seedrandom';
import type { EvalEntity, EvalRule } from './set';

export type Rng = () => number;

/** The random stream of one rule: the same seed and rule always draw the same queries. */
export function rngFor(seed: number, rule: string): Rng {
  return seedrandom.alea(`liaison-eval/${seed}/${rule}`);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** A Fisher-Yates shuffle of a copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Shuffled, then reordered so that each group (e.g. substance) comes once per round: variety before repetition. */
export function roundRobin<T>(rng: Rng, items: readonly T[], group: (item: T) => string): T[] {
  const seen = new Map<string, number>();
  return shuffled(rng, items)
    .map((item) => {
      const key = group(item);
      const round = seen.get(key) ?? 0;
      seen.set(key, round + 1);
      return { item, round };
    })
    .sort((a, b) => a.round - b.round)
    .map(({ item }) => item);
}

/** A query before it is numbered: what is typed, the complete set of correct answers, and what it targets. */
export interface QueryDraft {
  text: string;
  criteria?: Record<string, string | number>;
  jurisdictions?: string[];
  relevant: string[];
  note: string;
  requires?: string[];
}

export interface RuleDraft extends EvalRule {
  queries: QueryDraft[];
}

/**
 * Turns shuffled candidates into up to `count` queries: `make` returns null for a candidate that does not fit the
 * rule (or would make an ambiguous query); a query typed the same way as an earlier one is skipped. Candidates that
 * `prefer` accepts are tried first; `ordered` keeps the candidates' order instead of shuffling them.
 */
export function collect<T>(
  rng: Rng,
  candidates: readonly T[],
  count: number,
  make: (candidate: T) => QueryDraft | null,
  prefer?: (candidate: T) => boolean,
  options: { ordered?: boolean } = {},
): QueryDraft[] {
  const drafts: QueryDraft[] = [];
  const seen = new Set<string>();
  const order = options.ordered ? [...candidates] : shuffled(rng, candidates);
  const tried = prefer ? [...order.filter(prefer), ...order.filter((candidate) => !prefer(candidate))] : order;
  for (const candidate of tried) {
    if (drafts.length >= count) break;
    const draft = make(candidate);
    if (!draft || !draft.relevant.length) continue;
    const key = JSON.stringify([draft.text, draft.criteria ?? null, draft.jurisdictions ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    drafts.push({ ...draft, relevant: [...new Set(draft.relevant)].sort() });
  }
  return drafts;
}

export function rule(
  id: string,
  entity: EvalEntity,
  description: string,
  relevance: string,
  queries: QueryDraft[],
): RuleDraft {
  return { id, entity, description, relevance, queries };
}
