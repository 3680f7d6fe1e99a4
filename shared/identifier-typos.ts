import type { SqlParams } from './sql';

// Identifiers with a typo (issue 13, item 2): a document number, a VIN or a plate typed with one character wrong,
// missing, extra, or two neighbours swapped (Damerau distance 1) is found at a lower score, FUZZY, with a note that
// says which character differs. Found through an index whatever the size of the table: each record's identifier is
// kept under itself and each spelling of it with one character left out (a symmetric deletion neighbourhood,
// migrations/identifier-deletions.ts), and a typed identifier is looked up by the same keys, n + 1 of them. Two
// identifiers share a key when they are one edit apart, and sometimes when they are two apart (a character moved
// further than one place): every candidate is checked again in the statement, and only one edit passes.

/** Scores and bounds of the typo branches, the same for document numbers, VINs and plates (scores comparable). */
export const TYPO_RULES = {
  /**
   * Clearly below the identifier itself (1.0) and below the readings of O/0, I/1 (documents) and I/O/Q (VINs) at
   * 0.9: one character is not what was recorded, and a neighbour in a series of numbers is another document.
   */
  score: 0.75,
  /**
   * Shorter typed identifiers are not read with a typo: a five-character one has five-character keys, which
   * thousands of short plates share. The key tables keep no key shorter than this less one (MIN_KEY_LENGTH_V1).
   */
  minLength: 6,
  /** Typed identifiers read with a typo per branch: a search text holds a handful; a pasted page is cut here. */
  maxIdentifiers: 8,
  /** Records one typed identifier's keys lead to at most, before each is checked: a bound on the work whatever the keys. */
  maxCandidates: 200,
} as const;

/** What the note says, positions counted in the identifier without spaces and dashes, from 1 (format() patterns). */
const TYPO_NOTES = {
  differs: 'one character differs: position %s, typed %s, recorded %s',
  swapped: 'neighbours swapped at %s–%s: typed %s, recorded %s',
  extra: 'an extra character: position %s, typed %s',
  missing: 'a character missing: position %s, recorded %s',
} as const;

/** The typed identifiers a typo branch looks up: normalized, long enough, each once, the first `maxIdentifiers`. */
export function typoIdentifiers(normalized: Iterable<string>): string[] {
  const long = [...normalized].filter((identifier) => identifier.length >= TYPO_RULES.minLength);
  return [...new Set(long)].slice(0, TYPO_RULES.maxIdentifiers);
}

export interface TypoBranch {
  /** Field reported in `matchedOn`, e.g. `number`. */
  field: string;
  /** The typed identifiers, from `typoIdentifiers`. */
  typed: string[];
  /** The record table and the alias that `where` and `exactHit` name it by, e.g. `documents.document`, `d`. */
  records: string;
  alias: string;
  /** The record's normalized identifier column and the column reported as the matched value. */
  identifier: string;
  value: string;
  /** The key table (migrations/identifier-deletions.ts) and its column holding the record's id. */
  keys: string;
  recordId: string;
  /**
   * A condition, given the SQL of one typed identifier, that holds when the exact branches of the search find a
   * record for it that the viewer may see. Such an identifier is not read with a typo: the record typed is there,
   * and its neighbours (the next numbers of a series of blanks, say) are other records; leaving them out also
   * saves the key lookups of most identifiers that hit.
   */
  exactHit: (typed: string) => string;
  /** The search's filters on the record (visibility, criteria, jurisdictions). */
  where: string;
}

/**
 * The candidate rows (`id, score, field, kind, value, note`) of identifiers typed with one typo. Index
 * `<keys>_key`: each typed identifier's n + 1 keys (`identifier_deletion_keys`, the function the triggers use) as
 * one `key = ANY(...)` lookup, at most `maxCandidates` records each, then the record by its primary key; a record
 * the exact branches found for that identifier is left to them, and a candidate counts only when it is one edit
 * from what was typed (`oneEditSql`).
 */
export function typoBranchSql(branch: TypoBranch, params: SqlParams): string {
  const { alias: r } = branch;
  const keysFunction = `${branch.keys.split('.')[0]}.identifier_deletion_keys`;
  return `SELECT ${r}.id, ${params.add(TYPO_RULES.score)}::float8 AS score, ${params.add(branch.field)}::text AS field,
                 'FUZZY' AS kind, ${r}.${branch.value} AS value, edit.note
            FROM (SELECT DISTINCT t.typed, x.${branch.recordId} AS id
                    FROM unnest(${params.add(branch.typed)}::text[]) AS t (typed)
                    CROSS JOIN LATERAL (
                      SELECT x.${branch.recordId} FROM ${branch.keys} x
                       WHERE x.key = ANY(${keysFunction}(t.typed))
                       LIMIT ${params.add(TYPO_RULES.maxCandidates)}) AS x
                   WHERE NOT ${branch.exactHit('t.typed')}) AS typo
            JOIN ${branch.records} ${r} ON ${r}.id = typo.id
            CROSS JOIN LATERAL ${oneEditSql('typo.typed', `${r}.${branch.identifier}::text`, params)} AS edit
           WHERE edit.note IS NOT NULL AND ${branch.where}`;
}

/**
 * A subquery of one row whose `note` says how `typed` differs from `recorded` when they are one edit apart (one
 * character changed, left out or added, or two neighbours swapped), else NULL (also when they are the same). Decided
 * at the first position where they differ: what follows it must then line up as the edit says.
 */
export function oneEditSql(typed: string, recorded: string, params: SqlParams): string {
  const [t, r] = [typed, recorded];
  const note = (kind: keyof typeof TYPO_NOTES) => `${params.add(TYPO_NOTES[kind])}::text`;
  return `(SELECT CASE
             WHEN length(${t}) = length(${r}) AND substr(${t}, p + 1) = substr(${r}, p + 1)
               THEN format(${note('differs')}, p, substr(${t}, p, 1), substr(${r}, p, 1))
             WHEN length(${t}) = length(${r}) AND substr(${t}, p, 1) = substr(${r}, p + 1, 1)
                  AND substr(${t}, p + 1, 1) = substr(${r}, p, 1) AND substr(${t}, p + 2) = substr(${r}, p + 2)
               THEN format(${note('swapped')}, p, p + 1, substr(${t}, p, 2), substr(${r}, p, 2))
             WHEN length(${t}) = length(${r}) + 1 AND substr(${t}, p + 1) = substr(${r}, p)
               THEN format(${note('extra')}, p, substr(${t}, p, 1))
             WHEN length(${t}) + 1 = length(${r}) AND substr(${t}, p) = substr(${r}, p + 1)
               THEN format(${note('missing')}, p, substr(${r}, p, 1))
           END AS note
      FROM (SELECT min(i) AS p FROM generate_series(1, greatest(length(${t}), length(${r}))) AS i
             WHERE substr(${t}, i, 1) <> substr(${r}, i, 1)) AS first_difference)`;
}
