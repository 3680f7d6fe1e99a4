// PostgreSQL's pg_trgm `similarity()` and `%`, in TypeScript, so that the catalogue is matched in memory exactly as
// the database matched it (test/unit/substances.test.ts compares the two through a real connection). The npm package
// for it (trigram-similarity) keeps punctuation in words and does not round to float4 as pg_trgm does.

/** pg_trgm's default `pg_trgm.similarity_threshold`: `a % b` holds when `similarity(a, b)` is at least this. */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * The distinct trigrams pg_trgm extracts from a folded name (`foldSubstanceName`: A-Z, 0-9 and spaces): each word
 * lower-cased and padded with two spaces before and one after, then every run of three characters.
 */
export function trigramsOf(folded: string): Set<string> {
  const trigrams = new Set<string>();
  for (const [word] of folded.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    const padded = `  ${word} `;
    for (let start = 0; start + 3 <= padded.length; start++) trigrams.add(padded.slice(start, start + 3));
  }
  return trigrams;
}

/**
 * pg_trgm's `similarity()` of two trigram sets: shared trigrams over all distinct trigrams, as a `real` (float4),
 * which is what it returns and what `%` compares with the threshold.
 */
export function trigramSimilarity(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  return Math.fround(shared / (sizeA + sizeB - shared));
}

/** `similarity(a, b)` for two folded names. */
export function similarity(a: string, b: string): number {
  const [trigramsA, trigramsB] = [trigramsOf(a), trigramsOf(b)];
  let shared = 0;
  for (const trigram of trigramsA) if (trigramsB.has(trigram)) shared++;
  return trigramSimilarity(shared, trigramsA.size, trigramsB.size);
}
