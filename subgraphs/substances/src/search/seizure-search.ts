import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { COUNT_CAP, NO_HITS, rankCandidates, type MatchedField, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import { parseCountry, parseDate, parseId } from '../../../../shared/validation';
import type { SeizureCriteria } from '../generated/graphql';
import { recognizeSeizureText } from './recognize';

/** The typed criteria of `searchSeizures`, validated. */
export interface SeizureFilters {
  substanceId?: string;
  country?: string;
  seizedFrom?: string;
  seizedTo?: string;
  minQuantityKg?: number;
  maxQuantityKg?: number;
}

export interface SeizureSearch {
  /** Who searches: only records they may see are ranked. */
  viewer: Principal;
  text?: string;
  jurisdictions: string[];
  filters: SeizureFilters;
  page: PageRequest;
}

/** Validates `criteria`; errors name the input field at fault. */
export function parseSeizureCriteria(criteria: SeizureCriteria | null | undefined): SeizureFilters {
  const filters: SeizureFilters = {
    substanceId: criteria?.substanceId != null ? parseId(criteria.substanceId, 'criteria.substanceId') : undefined,
    country: parseCountry(criteria?.country, 'criteria.country'),
    seizedFrom: parseDate(criteria?.seizedFrom, 'criteria.seizedFrom'),
    seizedTo: parseDate(criteria?.seizedTo, 'criteria.seizedTo'),
    minQuantityKg: parseQuantityKg(criteria?.minQuantityKg, 'criteria.minQuantityKg'),
    maxQuantityKg: parseQuantityKg(criteria?.maxQuantityKg, 'criteria.maxQuantityKg'),
  };
  if (filters.seizedFrom && filters.seizedTo && filters.seizedFrom > filters.seizedTo) {
    throw badUserInput('criteria.seizedFrom must not be after criteria.seizedTo', 'criteria.seizedFrom');
  }
  if (
    filters.minQuantityKg !== undefined &&
    filters.maxQuantityKg !== undefined &&
    filters.minQuantityKg > filters.maxQuantityKg
  ) {
    throw badUserInput('criteria.minQuantityKg must not exceed criteria.maxQuantityKg', 'criteria.minQuantityKg');
  }
  return filters;
}

function parseQuantityKg(value: number | null | undefined, argument: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isFinite(value) || value < 0)
    throw badUserInput(`${argument} must be a number of kilograms ≥ 0, got ${value}`, argument);
  return value;
}

/**
 * Ranks seizures for `searchSeizures`. The text is matched against the catalogue (CAS numbers exactly; folded names,
 * synonyms and street names by equality or trigram similarity, index `substance_name_normalized_trgm`), and the
 * seizures of the matched substances (index `seizure_substance_seized_on`) inherit their substance's best score.
 * With no text, the typed criteria alone select, with score 1.0.
 */
export async function searchSeizures(dataSource: DataSource, search: SeizureSearch): Promise<RankedPage> {
  const text = search.text?.trim();
  const params = new SqlParams();
  const filters = [disclosableSql('s', search.viewer, params), ...criteriaSql(search.filters, params)];
  if (search.jurisdictions.length) filters.push(`s.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);

  if (text) {
    const { casNumbers, terms, coverage } = recognizeSeizureText(text);
    // Nothing that could name a substance: no hits rather than an error, as in a unified search for a plate.
    if (!casNumbers.length && !terms.length) return NO_HITS;
    return rankBySubstance(
      dataSource,
      substanceMatchSql(casNumbers, terms, coverage, params),
      filters.join(' AND '),
      params,
      search.page,
    );
  }
  if (Object.values(search.filters).every((value) => value === undefined)) {
    throw badUserInput('give a substance name or CAS number in text, or at least one criterion', 'text');
  }
  return rankCandidates(
    dataSource,
    `SELECT s.id, 1.0::float8 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL AS value
       FROM substances.seizure s WHERE ${filters.join(' AND ')}`,
    params,
    search.page,
  );
}

/**
 * One page of the seizures of the matched substances, best substance first and newest first within it. A seizure
 * matches through exactly one substance, so there is nothing to group: each substance contributes at most a page of
 * its seizures from index `seizure_substance_newest`, and the count stops at COUNT_CAP.
 */
async function rankBySubstance(
  dataSource: DataSource,
  substanceMatch: string,
  where: string,
  params: SqlParams,
  page: PageRequest,
): Promise<RankedPage> {
  const [limit, offset, window] = [
    params.add(page.limit),
    params.add(page.offset),
    params.add(page.offset + page.limit),
  ];
  const rows: { id: string | null; score: number; matched: MatchedField; total: string }[] = await dataSource.query(
    `WITH substance_match AS (${substanceMatch}),
     page AS (
       SELECT s.id, m.score, jsonb_build_object('field', m.field, 'kind', m.kind, 'value', m.value) AS matched
         FROM substance_match m
        CROSS JOIN LATERAL (
          SELECT s.id, s.seized_on FROM substances.seizure s
           WHERE s.substance_id = m.substance_id AND ${where}
           ORDER BY s.seized_on DESC, s.id LIMIT ${window}) s
        ORDER BY m.score DESC, s.seized_on DESC, s.id
        LIMIT ${limit} OFFSET ${offset}),
     total AS (
       SELECT coalesce(sum(counted.n), 0) AS total FROM substance_match m
        CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM (
            SELECT FROM substances.seizure s WHERE s.substance_id = m.substance_id AND ${where}
             LIMIT ${params.add(COUNT_CAP + 1)}) one_substance) counted)
     SELECT page.id, round(page.score::numeric, 4)::float8 AS score, page.matched, total.total
       FROM total LEFT JOIN page ON true`,
    params.values,
  );
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    totalCount: Math.min(total, COUNT_CAP),
    totalCountCapped: total > COUNT_CAP,
    hits: rows.filter((row) => row.id).map((row) => ({ id: row.id!, score: row.score, matchedOn: [row.matched] })),
  };
}

function criteriaSql(filters: SeizureFilters, params: SqlParams): string[] {
  const sql: string[] = [];
  if (filters.substanceId) sql.push(`s.substance_id = ${params.add(filters.substanceId)}`);
  if (filters.country) sql.push(`s.country = ${params.add(filters.country)}`);
  if (filters.seizedFrom) sql.push(`s.seized_on >= ${params.add(filters.seizedFrom)}::date`);
  if (filters.seizedTo) sql.push(`s.seized_on <= ${params.add(filters.seizedTo)}::date`);
  if (filters.minQuantityKg !== undefined) sql.push(`s.quantity_kg >= ${params.add(filters.minQuantityKg)}`);
  if (filters.maxQuantityKg !== undefined) sql.push(`s.quantity_kg <= ${params.add(filters.maxQuantityKg)}`);
  return sql;
}

/**
 * One row per matched substance with its best reason: a CAS number or a common name (in any language) equal to a
 * term scores 1.0 (EXACT); a chemical synonym 0.95 and a street name 0.85 (SYNONYM), because street names are
 * ordinary words ("Charlie", "snow") that also occur in names and free text; a similar name scores its trigram
 * similarity times 0.9 times that weight (FUZZY), so a typo never outranks an exact match. Each score is scaled by
 * how much of the text the matched words cover, so "resina de cannabis" means cannabis resin before cannabis.
 */
function substanceMatchSql(casNumbers: string[], terms: string[], coverage: number[], params: SqlParams): string {
  const branches: string[] = [];
  if (casNumbers.length) {
    branches.push(`
      SELECT c.id, 1.0::float8, 'substance.casNumber', 'EXACT', c.cas_number
        FROM substances.substance c
       WHERE c.cas_number = ANY(${params.add(casNumbers)}::varchar[])`);
  }
  if (terms.length) {
    const termsSql = `unnest(${params.add(terms)}::varchar[], ${params.add(coverage)}::float8[]) AS t(term, coverage)`;
    const field = `CASE n.kind WHEN 'NAME' THEN 'substance.name' ELSE 'substance.names' END`;
    const weight = `(CASE n.kind WHEN 'NAME' THEN 1.0 WHEN 'SYNONYM' THEN 0.95 ELSE 0.85 END)`;
    branches.push(`
      SELECT n.substance_id, (${weight} * t.coverage)::float8, ${field},
             CASE n.kind WHEN 'NAME' THEN 'EXACT' ELSE 'SYNONYM' END, n.name
        FROM ${termsSql} JOIN substances.substance_name n ON n.normalized = t.term`);
    // A join on unnest lets each term probe the trigram index (GIN cannot serve `% ANY(array)`).
    branches.push(`
      SELECT n.substance_id, (similarity(n.normalized, t.term) * 0.9 * ${weight} * t.coverage)::float8, ${field},
             'FUZZY', n.name
        FROM ${termsSql} JOIN substances.substance_name n ON n.normalized % t.term`);
  }
  return `
    SELECT DISTINCT ON (substance_id) substance_id, score, field, kind, value
      FROM (${branches.join(' UNION ALL ')}) AS reasons (substance_id, score, field, kind, value)
     ORDER BY substance_id, score DESC, kind = 'EXACT' DESC, value`;
}
