import type { DataSource } from 'typeorm';
import type { PageRequest } from './pagination';
import { SqlParams } from './sql';

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
  totalCount: number;
  /** True when counting stopped at COUNT_CAP: broad searches count only that far. */
  totalCountCapped?: boolean;
}

/** How far a broad search counts its hits before it reports `totalCountCapped`. */
export const COUNT_CAP = 10_000;

/**
 * Ranks candidates and cuts one page in a single SQL statement. `candidatesSql` yields one row per reason a record
 * matched, with columns `id, score, field, kind, value, note` (`note` may be left out); a record that matched several ways keeps its best score and
 * all its reasons.
 */
export async function rankCandidates(
  dataSource: DataSource,
  candidatesSql: string,
  params: SqlParams,
  page: PageRequest,
): Promise<RankedPage> {
  const rows: { id: string; score: number; matched: MatchedField[]; total: string }[] = await dataSource.query(
    `WITH candidates AS (${candidatesSql})
     SELECT id, round(max(score)::numeric, 4)::float8 AS score,
            jsonb_agg(DISTINCT to_jsonb(c) - 'id' - 'score') AS matched,
            count(*) OVER () AS total
       FROM candidates c
      GROUP BY id
      ORDER BY score DESC, id
      LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`,
    params.values,
  );
  return {
    totalCount: rows.length ? Number(rows[0].total) : 0,
    hits: rows.map((row) => ({ id: row.id, score: row.score, matchedOn: row.matched })),
  };
}
