import { CATALOGUE_NAMES, SUBSTANCE_CATALOGUE } from '../catalogue';
import type { SubstanceNameKind } from '../entities';
import { recognizeSeizureText, type SeizureTextQuery } from './recognize';
import { SIMILARITY_THRESHOLD, trigramSimilarity, trigramsOf } from './trigram';

/** A substance the text names, with its best reason: what its seizures score and show in `matchedOn`. */
export interface SubstanceMatch {
  substanceId: string;
  score: number;
  field: 'substance.casNumber' | 'substance.name' | 'substance.names';
  kind: 'EXACT' | 'SYNONYM' | 'FUZZY';
  value: string;
}

/** Street names are ordinary words ("Charlie", "snow") that also occur in names and free text: they weigh least. */
const KIND_WEIGHT: Record<SubstanceNameKind, number> = { NAME: 1.0, SYNONYM: 0.95, STREET_NAME: 0.85 };
/** A similar spelling scores its similarity times this, so a typo never outranks an exact match. */
const FUZZY_FACTOR = 0.9;

const NAMES_BY_FOLDED = new Map<string, number[]>();
const NAMES_BY_TRIGRAM = new Map<string, number[]>();
const TRIGRAM_COUNTS: number[] = [];
// An inverted index as pg_trgm's GIN index: a term is compared only with the names that share a trigram with it.
CATALOGUE_NAMES.forEach((name, index) => {
  addTo(NAMES_BY_FOLDED, name.normalized, index);
  const trigrams = trigramsOf(name.normalized);
  TRIGRAM_COUNTS.push(trigrams.size);
  for (const trigram of trigrams) addTo(NAMES_BY_TRIGRAM, trigram, index);
});
/** Trigrams each name shares with the term being compared; all zero between calls (matching is synchronous). */
const SHARED_TRIGRAMS = new Uint16Array(CATALOGUE_NAMES.length);

function addTo(index: Map<string, number[]>, key: string, value: number): void {
  const values = index.get(key) ?? [];
  values.push(value);
  index.set(key, values);
}

/**
 * The substances a seizure text names, each with its best reason, matched in memory against the catalogue: a CAS
 * number or a common name (in any language) equal to a term scores 1.0 (EXACT); a chemical synonym 0.95 and a
 * street name 0.85 (SYNONYM); a name whose trigram similarity to a term reaches pg_trgm's threshold scores that
 * similarity times 0.9 times its weight (FUZZY). Each score is scaled by how much of the text the term covers, so
 * "resina de cannabis" means cannabis resin before cannabis. The rules and the float arithmetic are those of the SQL
 * that did this before (`similarity(n.normalized, t.term) * 0.9 * weight * t.coverage`), so scores are identical.
 */
export function matchSubstances({ casNumbers, terms, coverage }: SeizureTextQuery): SubstanceMatch[] {
  const best = new Map<string, SubstanceMatch>();
  const consider = (reason: SubstanceMatch) => {
    const known = best.get(reason.substanceId);
    if (!known || ranksBefore(reason, known)) best.set(reason.substanceId, reason);
  };
  for (const substance of SUBSTANCE_CATALOGUE) {
    if (substance.casNumber && casNumbers.includes(substance.casNumber)) {
      consider({
        substanceId: substance.id,
        score: 1.0,
        field: 'substance.casNumber',
        kind: 'EXACT',
        value: substance.casNumber,
      });
    }
  }
  terms.forEach((term, termIndex) => {
    const covered = coverage[termIndex];
    for (const index of NAMES_BY_FOLDED.get(term) ?? []) {
      const { kind } = CATALOGUE_NAMES[index];
      consider(reason(index, KIND_WEIGHT[kind] * covered, kind === 'NAME' ? 'EXACT' : 'SYNONYM'));
    }
    for (const [index, similarity] of similarNames(term)) {
      const { kind } = CATALOGUE_NAMES[index];
      consider(reason(index, similarity * FUZZY_FACTOR * KIND_WEIGHT[kind] * covered, 'FUZZY'));
    }
  });
  return [...best.values()];
}

function reason(nameIndex: number, score: number, kind: SubstanceMatch['kind']): SubstanceMatch {
  const name = CATALOGUE_NAMES[nameIndex];
  const field = name.kind === 'NAME' ? 'substance.name' : 'substance.names';
  return { substanceId: name.substance_id, score, field, kind, value: name.name };
}

/** Names `term % name` holds for (similarity at least the threshold), with their similarity. */
function similarNames(term: string): [index: number, similarity: number][] {
  const trigrams = trigramsOf(term);
  const touched: number[] = [];
  for (const trigram of trigrams) {
    for (const index of NAMES_BY_TRIGRAM.get(trigram) ?? []) {
      if (SHARED_TRIGRAMS[index]++ === 0) touched.push(index);
    }
  }
  const similar: [number, number][] = [];
  for (const index of touched) {
    const similarity = trigramSimilarity(SHARED_TRIGRAMS[index], TRIGRAM_COUNTS[index], trigrams.size);
    if (similarity >= SIMILARITY_THRESHOLD) similar.push([index, similarity]);
    SHARED_TRIGRAMS[index] = 0;
  }
  return similar;
}

/** A substance's best reason: the highest score, then an EXACT one, then the first value in code-point order. */
function ranksBefore(a: SubstanceMatch, b: SubstanceMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if ((a.kind === 'EXACT') !== (b.kind === 'EXACT')) return a.kind === 'EXACT';
  return a.value < b.value;
}

/**
 * Whether a seizure search reads anything in the text: a CAS number or a name of the catalogue. When it reads nothing,
 * the search answers no hits without SQL, which lets the gateway answer it without sending it
 * (gateway/src/search-routing.ts).
 */
export function seizureSearchReads(text: string): boolean {
  return matchSubstances(recognizeSeizureText(text.trim())).length > 0;
}
