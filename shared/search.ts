import type { DataSource } from 'typeorm';
import type { PageRequest } from './pagination';
import { queryPrepared, SqlParams } from './sql';

export type MatchKind =
  'EXACT' | 'NORMALIZED' | 'TRANSLITERATED' | 'PHONETIC' | 'FUZZY' | 'PARTIAL' | 'ALIAS' | 'SYNONYM' | 'CRITERIA';

export interface MatchedField {
  field: string;
  kind: MatchKind;
  value: string | null;
  note?: string | null;
}

/** A record a search ranked: its id, its score in 0..1 and why it matched. The node is loaded by DataLoader. */
export interface RankedHit {
  id: string;
  score: number;
  matchedOn: MatchedField[];
}

export interface RankedPage {
  hits: RankedHit[];
  /** Distinct records among the candidates, at most COUNT_CAP. */
  totalCount: number;
  /** True when the search had more candidates than COUNT_CAP: counting (and ranking) stopped there. */
  totalCountCapped: boolean;
}

/** No hits, nothing counted: the answer of a search whose text holds nothing it reads. */
export const NO_HITS: RankedPage = { hits: [], totalCount: 0, totalCountCapped: false };

/**
 * How many candidate rows a search ranks at most. A broad search (a lone common name, criteria alone) stops there,
 * says so with `totalCountCapped`, and costs the same at 10 million records as at 100 thousand.
 */
export const COUNT_CAP = 1_000;

/**
 * Ranks candidates and cuts one page in a single SQL statement, run as a prepared statement (the text must be of a
 * fixed shape: values only in `params`). `candidatesSql` yields one row per reason a record matched, with columns
 * `id, score, field, kind, value, note` (`note` may be left out); a record that matched several ways keeps its best
 * score and all its reasons. At most COUNT_CAP + 1 candidate rows are read. Equal scores are ordered as an officer
 * would: more fields matched first, then (with `tieRecords`) an active alert, the most recently updated record, and
 * the owner's own reference; the record's id (random) decides only between records those leave equal.
 */
export async function rankCandidates(
  dataSource: DataSource,
  candidatesSql: string,
  params: SqlParams,
  page: PageRequest,
  options: {
    /** The candidates have a boolean column `capped`: true on any row says the search itself stopped counting early. */
    cappedColumn?: boolean;
    /** The caller's: the statement is stopped when it aborts (the client left). */
    signal?: AbortSignal;
    /**
     * The record table (alias `r`, with the provenance columns) whose rows give the tie-breakers of the ranked
     * records, read by primary key, and the SQL of `r` that says it is alerted (default: no alerts).
     */
    tieRecords?: { table: string; alerted?: string };
  } = {},
): Promise<RankedPage> {
  const cappedByCandidates = options.cappedColumn ? ' OR coalesce(bool_or(c.capped), false)' : '';
  const notMatched = options.cappedColumn ? ` - 'capped'` : '';
  const records = options.tieRecords;
  const tieOrder = records
    ? `${records.alerted ? `${records.alerted} DESC, ` : ''}r.updated_at DESC, r.owner_jurisdiction, r.national_reference, `
    : '';
  // A lateral read by primary key, fenced (OFFSET 0) so that no estimate turns it into a scan of the whole table.
  const tieJoin = records
    ? ` CROSS JOIN LATERAL (SELECT * FROM ${records.table} r WHERE r.id = ranked.id OFFSET 0) r`
    : '';
  const offset = params.add(page.offset);
  // The tie-breakers are read, and the reasons gathered, only for the records that can reach the page: those ranked
  // up to its last one by score and fields matched (page_end), ties included; a record after it cannot enter the
  // page whatever its tie-breakers. A name search ranks up to a few hundred records for a page of ten.
  const rows = await queryPrepared<{
    id: string;
    score: number;
    matched: MatchedField[];
    total: string;
    capped: boolean;
  }>(
    dataSource,
    `WITH candidates AS (SELECT * FROM (${candidatesSql}) c LIMIT ${params.add(COUNT_CAP + 1)}),
     ranked AS (
       SELECT id, round(max(score)::numeric, 4)::float8 AS score, count(DISTINCT field) AS fields
         FROM candidates c
        GROUP BY id),
     page_end AS (
       SELECT score, fields FROM ranked ORDER BY score DESC, fields DESC
        LIMIT 1 OFFSET ${params.add(Math.max(0, page.offset + page.limit - 1))}),
     contenders AS (
       SELECT ranked.id, ranked.score, ranked.fields,
              row_number() OVER (ORDER BY ranked.score DESC, ranked.fields DESC, ${tieOrder}ranked.id) AS position
         FROM ranked${tieJoin}
        WHERE NOT EXISTS (SELECT FROM page_end) OR (ranked.score, ranked.fields) >= (SELECT score, fields FROM page_end))
     SELECT p.id, p.score,
            (SELECT jsonb_agg(DISTINCT to_jsonb(c) - 'id' - 'score'${notMatched}) FROM candidates c WHERE c.id = p.id)
              AS matched,
            (SELECT count(*) FROM ranked) AS total,
            (SELECT count(*) > ${params.add(COUNT_CAP)}${cappedByCandidates} FROM candidates c) AS capped
       FROM contenders p
      WHERE p.position > ${offset}::bigint AND p.position <= ${offset}::bigint + ${params.add(page.limit)}::bigint
      ORDER BY p.position`,
    params.values,
    options.signal,
  );
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    totalCount: Math.min(total, COUNT_CAP),
    totalCountCapped: rows.length ? rows[0].capped : false,
    hits: rows.map((row) => ({ id: row.id, score: row.score, matchedOn: row.matched })),
  };
}
