import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import type { PartialDate } from '../../../../shared/validation';
import { readPersonText } from './recognize';
import { queryForms, type QueryForm } from './variants';

/**
 * Scores on the scale the four search fields share. A name is not an identifier: no name match reaches 1.0, and a
 * date of birth that agrees lifts a name match towards it (never to it) without changing the order of kinds much.
 */
export const PERSON_SCORES = {
  /** Every word of the name, in any order, spelt as one of the record's names (after folding). */
  exactName: 0.95,
  /** The same, against an alias or the name at birth. */
  exactAlias: 0.93,
  /**
   * Every word, but some spelt another way the key merges (Sergey/Serhii, Mohammed/Muhammad, Yuriy/Iurii): this
   * plus up to `keySimilarity` by how alike the spellings are (word similarity), so the closest spelling ranks first.
   */
  sameKey: 0.86,
  /** All words searched are in a longer stored name (Anna Eriksson → ERIKSSON ANNA MARIA), less per extra word. */
  partialSpelt: 0.9,
  /** The same with some word spelt another way the key merges: this plus up to `keySimilarity`. */
  partialKey: 0.82,
  keySimilarity: 0.04,
  perExtraWord: 0.03,
  partialFloor: 0.8,
  /** Taken off any match against an alias or the name at birth rather than the person's own name. */
  aliasPenalty: 0.02,
  /** A stored name of two words or more whose words are all among three or more searched, less per word not found. */
  recordHoldsFewer: 0.85,
  perMissingWord: 0.05,
  recordHoldsFewerFloor: 0.7,
  /**
   * Every searched word sounds like a word of the stored name: base, plus the share of searched words spelt as
   * stored, plus trigram similarity of the whole names (so the closest spelling ranks first), less per extra word.
   */
  phoneticBase: 0.7,
  phoneticSpeltShare: 0.05,
  phoneticSimilarity: 0.07,
  /** Smaller than for exact words: a middle name the officer left out says little against a sound-alike. */
  phoneticPerExtraWord: 0.01,
  phoneticFloor: 0.6,
  /**
   * Trigram typo tolerance: the mean of the strict word similarity of the searched name within the stored one and
   * the similarity of the whole names, times this (similarities of 1 mean the words are all there, which the exact
   * branches score higher).
   */
  fuzzyFactor: 0.8,
  /** ...and at least this trigram similarity of the whole names, so that sharing one word (a common family name) is not a typo. */
  fuzzyMinSimilarity: 0.4,
  /** Records selected by criteria alone (no name), by how their date of birth fits. */
  criteriaOnly: 0.5,
  criteriaOnlyPartialDate: 0.45,
  criteriaOnlyNearDate: 0.4,
  /** Share of the gap to 1.0 that a fitting date of birth adds to a name match. */
  dateOfBirthExact: { day: 0.6, month: 0.4, year: 0.25 },
  dateOfBirthPartial: 0.25,
  dateOfBirthNear: 0.2,
  /** A date of birth written in the text that the record contradicts halves the name score. */
  dateOfBirthConflict: 0.5,
  maxName: 0.99,
} as const;

/** Up to this many searched words, a stored name holding only some of them is looked for (pairs grow as n²). */
const MAX_WORDS_FOR_FEWER = 6;

/** Largest accepted `dateOfBirthToleranceDays`. */
export const MAX_DATE_OF_BIRTH_TOLERANCE_DAYS = 3660;

/** `criteria.dateOfBirthToleranceDays`: a whole number of days, 0 to `MAX_DATE_OF_BIRTH_TOLERANCE_DAYS`. */
export function parseToleranceDays(days: number | null | undefined): number | undefined {
  if (days == null) return undefined;
  if (!Number.isInteger(days) || days < 0 || days > MAX_DATE_OF_BIRTH_TOLERANCE_DAYS) {
    throw badUserInput(
      `criteria.dateOfBirthToleranceDays must be 0 to ${MAX_DATE_OF_BIRTH_TOLERANCE_DAYS}, got ${days}`,
      'criteria.dateOfBirthToleranceDays',
    );
  }
  return days;
}

export interface PersonSearch {
  /** Who searches: only persons they may see are ranked. */
  viewer: Principal;
  text?: string;
  jurisdictions: string[];
  dateOfBirth?: PartialDate;
  dateOfBirthToleranceDays?: number;
  sex?: string;
  nationality?: string;
  alertKind?: string;
  page: PageRequest;
}

const S = PERSON_SCORES;
const number = (value: number) => value.toFixed(4);

const FIELD_SQL = `CASE pn.kind WHEN 'ALIAS' THEN 'aliases' WHEN 'BIRTH_NAME' THEN 'nameAtBirth' ELSE 'name' END`;
const IS_ALIAS_SQL = `pn.kind IN ('ALIAS', 'BIRTH_NAME')`;
const ALIAS_PENALTY_SQL = `CASE WHEN ${IS_ALIAS_SQL} THEN ${number(S.aliasPenalty)} ELSE 0 END`;

/** First and last day a recorded (possibly partial) date of birth may stand for (table alias `p`). */
export const DOB_FIRST_SQL = `(make_date(p.dob_year, coalesce(p.dob_month, 1), 1) + (coalesce(p.dob_day, 1) - 1))`;
export const DOB_LAST_SQL = `(CASE WHEN p.dob_day IS NOT NULL THEN ${DOB_FIRST_SQL}
  WHEN p.dob_month IS NOT NULL THEN (make_date(p.dob_year, p.dob_month, 1) + interval '1 month')::date - 1
  ELSE make_date(p.dob_year, 12, 31) END)`;
const DOB_VALUE_SQL = `concat_ws('-', p.dob_year::text, lpad(p.dob_month::text, 2, '0'), lpad(p.dob_day::text, 2, '0'))`;

interface DateOfBirthSql {
  /** EXACT, PARTIAL, FUZZY (within the tolerance), CONFLICT, or NULL when the record has no date of birth. */
  kind: string;
  /** The record's date of birth is unknown or comes within the tolerance of the searched one. */
  fits: string;
  /** Uses index `person_dob`: for searches by criteria alone. */
  yearRange(params: SqlParams): string;
  note: string;
  exactBoost: number;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The SQL that compares the records' dates of birth with a searched one, as days [first, last] ± tolerance. */
function dateOfBirthSql(date: PartialDate, toleranceDays: number, params: SqlParams): DateOfBirthSql {
  const firstMs = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const lastMs = date.day ? firstMs : date.month ? Date.UTC(date.year, date.month, 0) : Date.UTC(date.year, 11, 31);
  const first = `${params.add(isoDay(firstMs))}::date`;
  const last = `${params.add(isoDay(lastMs))}::date`;
  const tolerance = `${params.add(toleranceDays)}::int`;
  const searched = params.add(
    [date.year, date.month, date.day]
      .filter((part) => part !== undefined)
      .map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
      .join('-'),
  );
  const fitsWithTolerance = `${DOB_FIRST_SQL} <= ${last} + ${tolerance} AND ${DOB_LAST_SQL} >= ${first} - ${tolerance}`;
  const dayMs = 86_400_000;
  return {
    kind: `CASE WHEN p.dob_year IS NULL THEN NULL
      WHEN ${DOB_FIRST_SQL} = ${first} AND ${DOB_LAST_SQL} = ${last} THEN 'EXACT'
      WHEN ${DOB_FIRST_SQL} <= ${last} AND ${DOB_LAST_SQL} >= ${first} THEN 'PARTIAL'
      WHEN ${fitsWithTolerance} THEN 'FUZZY'
      ELSE 'CONFLICT' END`,
    fits: `(p.dob_year IS NULL OR (${fitsWithTolerance}))`,
    yearRange: (yearParams) =>
      `p.dob_year BETWEEN ${yearParams.add(new Date(firstMs - toleranceDays * dayMs).getUTCFullYear())}
        AND ${yearParams.add(new Date(lastMs + toleranceDays * dayMs).getUTCFullYear())}`,
    note: `CASE dob WHEN 'PARTIAL' THEN 'searched ' || ${searched}::text || ', recorded ' || dob_value
      WHEN 'FUZZY' THEN 'within ' || ${tolerance} || ' days of ' || ${searched}::text END`,
    exactBoost: S.dateOfBirthExact[date.day ? 'day' : date.month ? 'month' : 'year'],
  };
}

/**
 * Ranks persons for `searchPersons` in one statement. The name in the text is spelt every way its script allows
 * (`queryForms`) and each spelling is looked up in `persons.person_name` by index only: all its words in any order
 * (`person_name_words`), the words of a shorter stored name all among many searched (`person_name_words`), every word
 * sounding alike (`person_name_phonetic`), or a similar spelling (`person_name_folded_trgm`). Each person keeps its
 * best reason; then the filters, and the date of birth as a boost (or, from criteria, a filter).
 */
export async function searchPersons(dataSource: DataSource, search: PersonSearch): Promise<RankedPage> {
  const fromText = search.text ? readPersonText(search.text) : {};
  const dateOfBirth = search.dateOfBirth ?? fromText.dateOfBirth;
  const tolerance = search.dateOfBirthToleranceDays ?? 0;
  if (search.dateOfBirthToleranceDays !== undefined && !dateOfBirth) {
    throw badUserInput(
      'criteria.dateOfBirthToleranceDays needs a date of birth (criteria.dateOfBirth or in the text)',
      'criteria.dateOfBirthToleranceDays',
    );
  }
  const forms = fromText.nameText ? queryForms(fromText.nameText) : [];
  const params = new SqlParams();
  const filters = [disclosableSql('p', search.viewer, params)];
  if (search.jurisdictions.length) filters.push(`p.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  if (search.sex) filters.push(`p.sex = ${params.add(search.sex)}`);
  // Containment (not `= ANY`) so that the GIN index person_nationalities serves a search by criteria alone.
  if (search.nationality) filters.push(`p.nationalities @> ARRAY[${params.add(search.nationality)}]::varchar[]`);
  if (search.alertKind) {
    filters.push(
      `EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = p.id AND a.kind = ${params.add(search.alertKind)})`,
    );
  }
  const dob = dateOfBirth ? dateOfBirthSql(dateOfBirth, tolerance, params) : undefined;
  // A date in the criteria is a filter; one in the text only weighs, unless the text holds nothing else.
  if (dob && (search.dateOfBirth || !forms.length)) filters.push(dob.fits);

  if (forms.length) {
    return rankCandidates(dataSource, nameRankingSql(forms, filters, dob, params), params, search.page);
  }
  if (search.text?.trim() && !fromText.dateOfBirth) {
    // The text holds nothing a person search reads (e.g. a VIN sent by UnifiedSearch): no hits, not an error.
    return NO_HITS;
  }
  if (!dob && !search.sex && !search.nationality && !search.alertKind) {
    throw badUserInput('give a name or date of birth in text, or at least one criterion', 'text');
  }
  if (dob) filters.push(dob.yearRange(params));
  return rankCandidates(dataSource, criteriaRankingSql(filters, dob), params, search.page);
}

function nameRankingSql(
  forms: QueryForm[],
  filters: string[],
  dob: DateOfBirthSql | undefined,
  params: SqlParams,
): string {
  const branches = nameBranches(forms, params);
  const dobKind = dob ? dob.kind : 'NULL::text';
  const adjusted = dob
    ? `least(${number(S.maxName)}, CASE dob
        WHEN 'EXACT' THEN score + (1 - score) * ${number(dob.exactBoost)}
        WHEN 'PARTIAL' THEN score + (1 - score) * ${number(S.dateOfBirthPartial)}
        WHEN 'FUZZY' THEN score + (1 - score) * ${number(S.dateOfBirthNear)}
        WHEN 'CONFLICT' THEN score * ${number(S.dateOfBirthConflict)}
        ELSE score END)`
    : 'score';
  const note = dob
    ? `CASE WHEN dob = 'CONFLICT'
        THEN concat_ws('; ', note, 'date of birth on record (' || dob_value || ') differs from the one searched')
        ELSE note END`
    : 'note';
  return `WITH name_hits AS (
      ${branches.join('\n      UNION ALL\n      ')}
    ), best AS (
      SELECT DISTINCT ON (h.id) h.id, h.score, h.field, h.kind, h.value, h.note
        FROM name_hits h
       ORDER BY h.id, h.score DESC, (h.kind = 'NORMALIZED') DESC, h.form_rank, h.ordinal
    ), hits AS (
      SELECT b.id, b.score, b.field, b.kind, b.value, b.note, ${dobKind} AS dob, ${DOB_VALUE_SQL} AS dob_value
        FROM best b
        JOIN persons.person p ON p.id = b.id
       WHERE ${filters.join(' AND ')}
    )
    SELECT id, (${adjusted})::float8 AS score, field, kind, value, ${note} AS note FROM hits
    ${dob ? dateOfBirthReasons(dob) : ''}`;
}

function criteriaRankingSql(filters: string[], dob: DateOfBirthSql | undefined): string {
  const score = dob
    ? `CASE dob WHEN 'PARTIAL' THEN ${number(S.criteriaOnlyPartialDate)} WHEN 'FUZZY' THEN ${number(S.criteriaOnlyNearDate)}
        ELSE ${number(S.criteriaOnly)} END`
    : number(S.criteriaOnly);
  return `WITH hits AS (
      SELECT p.id, ${dob ? dob.kind : 'NULL::text'} AS dob, ${DOB_VALUE_SQL} AS dob_value
        FROM persons.person p
       WHERE ${filters.join(' AND ')}
    )
    SELECT id, (${score})::float8 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL::text AS value,
           NULL::text AS note
      FROM hits
    ${dob ? dateOfBirthReasons(dob) : ''}`;
}

/** One more reason per hit whose date of birth fits, scored 0 so that it never changes the hit's score. */
function dateOfBirthReasons(dob: DateOfBirthSql): string {
  return `UNION ALL
    SELECT id, 0::float8 AS score, 'dateOfBirth' AS field, dob AS kind, dob_value AS value, ${dob.note} AS note
      FROM hits WHERE dob IN ('EXACT', 'PARTIAL', 'FUZZY')`;
}

/**
 * The candidate branches of every spelling of the query, each on one index of `persons.person_name`. Besides the
 * candidate columns, each yields `form_rank` (which spelling of the query) and `ordinal` (which row of the person),
 * so that among equal scores the standard spellings explain the match.
 */
function nameBranches(forms: QueryForm[], params: SqlParams): string[] {
  const branches: string[] = [];
  const phoneticKeys = new Set<string>();
  forms.forEach((form, i) => {
    const q: BranchParams = {
      rank: i,
      n: params.add(form.keyWords.length),
      folded: params.add(form.folded),
      keyWords: params.add(form.keyWords),
    };
    branches.push(allWordsBranch(form, params, q));
    const distinctWords = new Set(form.keyWords).size;
    if (distinctWords >= 3 && distinctWords <= MAX_WORDS_FOR_FEWER)
      branches.push(recordHoldsFewerBranch(form, params, q));
    // Spellings with the same key have the same phonetic codes: one phonetic branch for them.
    const phonetic = phoneticKeys.has(form.key) ? undefined : phoneticBranch(form, params, q);
    phoneticKeys.add(form.key);
    if (phonetic) branches.push(phonetic);
    // Typo tolerance for the first spellings only (the others differ from them by a letter or two anyway), and
    // not for a lone word: a short name is within one typo of thousands of others.
    if (form.script !== 'ARABIC' && i < 3 && form.keyWords.length > 1) branches.push(fuzzyBranch(q));
  });
  return branches;
}

/** The placeholders of one spelling of the query, shared by its branches. */
interface BranchParams {
  rank: number;
  /** Number of key words. */
  n: string;
  folded: string;
  keyWords: string;
}

/** Every key word of the query in the stored name (index `person_name_words`): exact, same key, or partial. */
function allWordsBranch(form: QueryForm, params: SqlParams, { rank, n, folded, keyWords }: BranchParams): string {
  const words = params.add(form.words);
  const keySimilarity = `${number(S.keySimilarity)} * word_similarity(${folded}::text, pn.folded)`;
  const transliterated = `${params.add(form.transliterated)}::boolean`;
  const scheme = params.add(form.scheme);
  return `SELECT pn.person_id AS id,
         (CASE WHEN m.extra = 0 AND m.same
                 THEN CASE WHEN ${IS_ALIAS_SQL} THEN ${number(S.exactAlias)} ELSE ${number(S.exactName)} END
               WHEN m.extra = 0 THEN ${number(S.sameKey)} + ${keySimilarity} - ${ALIAS_PENALTY_SQL}
               ELSE greatest(${number(S.partialFloor)},
                      CASE WHEN m.same THEN ${number(S.partialSpelt)} ELSE ${number(S.partialKey)} + ${keySimilarity} END
                        - ${number(S.perExtraWord)} * m.extra) - ${ALIAS_PENALTY_SQL} END)::float8 AS score,
         ${FIELD_SQL} AS field,
         CASE WHEN m.extra > 0 THEN 'PARTIAL'
              WHEN ${IS_ALIAS_SQL} THEN 'ALIAS'
              WHEN m.same AND pn.kind = 'PRIMARY' AND NOT ${transliterated} THEN 'NORMALIZED'
              ELSE 'TRANSLITERATED' END AS kind,
         pn.value,
         CASE WHEN m.extra > 0 THEN 'the record holds more names: ' || pn.folded
              WHEN NOT m.same THEN 'spelling variant: ' || pn.folded
              WHEN pn.kind <> 'PRIMARY' THEN pn.folded || ' (' || pn.scheme || ')'
              WHEN ${transliterated} THEN 'searched as ' || ${folded}::text || ' (' || ${scheme}::text || ')' END AS note,
         ${rank} AS form_rank, pn.ordinal
    FROM persons.person_name pn
   CROSS JOIN LATERAL (
     SELECT cardinality(pn.words) - ${n}::int AS extra,
            string_to_array(pn.folded, ' ') @> ${words}::text[]
              AND (cardinality(pn.words) > ${n}::int OR string_to_array(pn.folded, ' ') <@ ${words}::text[]) AS same
   ) m
   WHERE pn.words @> ${keyWords}::text[]`;
}

/**
 * A stored name of two words or more, all of them among the three to six searched: it holds some pair of the
 * searched words, so each pair is one lookup in index `person_name_words` (a posting-list intersection, where
 * `words <@ searched` alone would read every row holding any searched word).
 */
function recordHoldsFewerBranch(form: QueryForm, params: SqlParams, { rank, n, keyWords }: BranchParams): string {
  const words = [...new Set(form.keyWords)];
  const pairs = words.flatMap((first, i) =>
    words.slice(i + 1).map((second) => `pn.words @> ${params.add([first, second])}::text[]`),
  );
  return `SELECT pn.person_id AS id,
         (greatest(${number(S.recordHoldsFewerFloor)},
                   ${number(S.recordHoldsFewer)} - ${number(S.perMissingWord)} * (${n}::int - cardinality(pn.words)))
           - ${ALIAS_PENALTY_SQL})::float8 AS score,
         ${FIELD_SQL} AS field, 'PARTIAL' AS kind, pn.value,
         'not every word searched is in the record: ' || pn.folded AS note, ${rank} AS form_rank, pn.ordinal
    FROM persons.person_name pn
   WHERE (${pairs.join(' OR ')})
     -- Written so that it is no index condition: the pairs must drive the scan.
     AND NOT EXISTS (SELECT 1 FROM unnest(pn.words) AS word WHERE word <> ALL (${keyWords}::text[]))`;
}

/**
 * Every searched word of two letters or more sounds like a word of the stored name (index `person_name_phonetic`):
 * double metaphone codes, or for a name typed in Arabic script (no short vowels) consonant skeletons.
 */
function phoneticBranch(
  form: QueryForm,
  params: SqlParams,
  { rank, n, folded, keyWords }: BranchParams,
): string | undefined {
  const words = [...new Set(form.keyWords.filter((word) => word.length >= 2))];
  if (!words.length) return undefined;
  const codes = form.script === 'ARABIC' ? 'persons.name_skeletons' : 'persons.name_sounds';
  // A lone word is matched by its longer codes only: one- and two-letter codes (MARIA: MR) match half the names.
  const lone = words.length === 1;
  const conditions = words.map((word) =>
    lone
      ? `pn.phonetic && ARRAY(SELECT code FROM unnest(${codes}(${params.add(word)}::text)) AS code WHERE length(code) >= 3)`
      : `pn.phonetic && ${codes}(${params.add(word)}::text)`,
  );
  return `SELECT pn.person_id AS id,
         (greatest(${number(S.phoneticFloor)},
                   ${number(S.phoneticBase)}
                     + ${number(S.phoneticSpeltShare)} * cardinality(ARRAY(
                         SELECT unnest(${keyWords}::text[]) INTERSECT SELECT unnest(pn.words))) / ${n}::int
                     + ${number(S.phoneticSimilarity)} * similarity(pn.folded, ${folded}::text)
                     - ${number(S.phoneticPerExtraWord)} * greatest(cardinality(pn.words) - ${n}::int, 0))
           - ${ALIAS_PENALTY_SQL})::float8 AS score,
         ${FIELD_SQL} AS field, 'PHONETIC' AS kind, pn.value, 'sounds like ' || pn.folded AS note,
         ${rank} AS form_rank, pn.ordinal
    FROM persons.person_name pn
   WHERE ${conditions.join(' AND ')}`;
}

/** The searched name within the stored one, word by word, with typos (index `person_name_folded_trgm`). */
function fuzzyBranch({ rank, folded }: BranchParams): string {
  return `SELECT pn.person_id AS id,
         (${number(S.fuzzyFactor)}
            * (strict_word_similarity(${folded}::text, pn.folded) + similarity(${folded}::text, pn.folded)) / 2
            - ${ALIAS_PENALTY_SQL})::float8 AS score,
         ${FIELD_SQL} AS field, 'FUZZY' AS kind, pn.value,
         'similar spelling: ' || pn.folded AS note, ${rank} AS form_rank, pn.ordinal
    FROM persons.person_name pn
   WHERE pn.folded %>> ${folded}::text
     -- One shared word is enough for the index condition; a typo of the whole name also keeps most of its trigrams.
     AND similarity(${folded}::text, pn.folded) >= ${number(S.fuzzyMinSimilarity)}`;
}
