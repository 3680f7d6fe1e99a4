import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { COUNT_CAP, NO_HITS, rankCandidates, type MatchedField, type RankedPage } from '../../../../shared/search';
import { queryPrepared, SqlParams } from '../../../../shared/sql';
import { parseCountry, parseDate, parseId } from '../../../../shared/validation';
import { UNIFIED_WARM_UP_TEXTS, type WarmUp } from '../../../../shared/warm-up';
import type { SeizureCriteria } from '../generated/graphql';
import { recognizeSeizureText } from './recognize';
import { matchSubstances, type SubstanceMatch } from './substance-match';

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
  /** The caller's: aborted when it left before the answer, which stops the search's statement. */
  signal?: AbortSignal;
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

/** How the search pool is warmed (shared/warm-up.ts): a search of each kind of unified text, no criteria. */
export const SEIZURE_SEARCH_WARM_UP: WarmUp = {
  texts: UNIFIED_WARM_UP_TEXTS,
  search: (dataSource, search) => searchSeizures(dataSource, { ...search, filters: parseSeizureCriteria(undefined) }),
};

/**
 * Ranks seizures for `searchSeizures`. The text is matched in memory against the catalogue (`matchSubstances`), and
 * the seizures of the matched substances inherit their substance's best score. With no text, the typed criteria
 * alone select, with score 1.0.
 */
export async function searchSeizures(dataSource: DataSource, search: SeizureSearch): Promise<RankedPage> {
  const text = search.text?.trim();
  const params = new SqlParams();
  const filters = [disclosableSql('s', search.viewer, params), ...criteriaSql(search.filters, params)];
  if (search.jurisdictions.length) filters.push(`s.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);

  if (text) {
    const matches = matchSubstances(recognizeSeizureText(text));
    // Nothing in the catalogue matched (a name, a VIN, an MRZ): no hits rather than an error, and no SQL.
    if (!matches.length) return NO_HITS;
    return rankBySubstance(dataSource, matches, filters.join(' AND '), params, search.page, search.signal);
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
    { signal: search.signal, tieRecords: { table: 'substances.seizure' } },
  );
}

/**
 * One page of the seizures of the matched substances, best substance first and newest first within it. A seizure
 * matches through exactly one substance, so there is nothing to group: each substance contributes at most a page of
 * its seizures, and the count stops at COUNT_CAP over all of them. The substances travel as parallel arrays, so the
 * statement has one shape whatever the text (and can stay prepared).
 */
async function rankBySubstance(
  dataSource: DataSource,
  matches: SubstanceMatch[],
  where: string,
  params: SqlParams,
  page: PageRequest,
  signal?: AbortSignal,
): Promise<RankedPage> {
  const column = <K extends keyof SubstanceMatch>(key: K) => params.add(matches.map((match) => match[key]));
  const substanceMatch = `unnest(${column('substanceId')}::uuid[], ${column('score')}::float8[],
                                 ${column('field')}::text[], ${column('kind')}::text[], ${column('value')}::text[])
                            AS m(substance_id, score, field, kind, value)`;
  const cap = params.add(COUNT_CAP + 1);
  // Both branches read index `seizure_substance_visible` (substance_id, seized_on DESC, id, with the visibility
  // columns), one substance at a time: the count index only; the LIMIT inside each LATERAL keeps the planner from a
  // hash join over the whole table.
  const rows = await queryPrepared<{ id: string | null; score: number; matched: MatchedField; total: string }>(
    dataSource,
    `WITH substance_match AS (SELECT * FROM ${substanceMatch}),
     page AS (
       SELECT s.id, m.score, jsonb_build_object('field', m.field, 'kind', m.kind, 'value', m.value) AS matched
         FROM substance_match m
        CROSS JOIN LATERAL (
          SELECT s.id, s.seized_on FROM substances.seizure s
           WHERE s.substance_id = m.substance_id AND ${where}
           ORDER BY s.seized_on DESC, s.id LIMIT ${params.add(page.offset + page.limit)}) s
        ORDER BY m.score DESC, s.seized_on DESC, s.id
        LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}),
     total AS (
       SELECT count(*) AS total FROM (
         SELECT FROM substance_match m
          CROSS JOIN LATERAL (
            SELECT FROM substances.seizure s WHERE s.substance_id = m.substance_id AND ${where} LIMIT ${cap}) one_substance
          LIMIT ${cap}) counted)
     SELECT page.id, round(page.score::numeric, 4)::float8 AS score, page.matched, total.total
       FROM total LEFT JOIN page ON true`,
    params.values,
    signal,
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
