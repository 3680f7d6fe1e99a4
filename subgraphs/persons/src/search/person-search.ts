import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { COUNT_CAP, NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import type { WarmUp } from '../../../../shared/warm-up';
import type { PartialDate } from '../../../../shared/validation';
import { daysOf } from '../date-of-birth';
import { readPersonText } from './recognize';
import { APOSTROPHE_CHARACTERS, sameLetterPatterns } from './transliterate';
import { ASSIMILATED_ARTICLES } from './name-key';
import { queryForms, readingKeyWords, type QueryForm } from './variants';

/**
 * Scores on the scale the four search fields share. Only a name typed with the same letters as recorded (diacritics
 * and script included, case aside) scores 1.0; a date of birth that agrees lifts any other name match towards it
 * (never to it) without changing the order of kinds much.
 */
export const PERSON_SCORES = {
  /** Every word of the person's own name typed with the letters as recorded (Åsa Öberg for ÖBERG, Åsa), any order. */
  sameLetters: 1.0,
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
  /** Taken off a match of the name read as another country's spelling of a Cyrillic name (Schewtschenko → SHEVCHENKO). */
  nationalSpelling: 0.03,
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
  /** ...at least this strict word similarity of the searched name within the stored one (pg_trgm's `%>>`)... */
  fuzzyMinWordSimilarity: 0.5,
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

/** Up to this many searched words, a stored name holding only some of them is looked for (2ⁿ keys, 3ⁿ repeating). */
const MAX_WORDS_FOR_FEWER = 6;
/** Up to this many searched words, the keys of the `fewer` branch repeat a word (FRANCOIS FRANCOIS HERVE). */
const MAX_WORDS_FOR_REPEATS = 4;

/**
 * Rows of `persons.person_name` each branch reads per spelling of the query, at most: whatever the name's
 * commonness, a search reads a bounded number of index entries and rows (a lone MARIA has ~90,000 rows at 10M).
 */
export const BRANCH_ROWS = 100;

/** Above this many name rows holding a word, rows holding it are sampled, not all read (see `rowsHolding`). */
export const COMMON_WORD_ROWS = 20_000;
/** Entries of `name_word_row` read when a branch samples the rows holding a common word. */
const SCANNED_WORD_ROWS = 2_000;
/**
 * Entries the phonetic branch samples instead when the searched name holds a stored word and one that no stored name
 * holds but is a letter from a stored word (a typo, Татьяна Вера Маакрова): the sound-alikes and the other words are
 * common, and 2,000 entries missed the person in 4 of 25 such names in original script at 10M records. 6,000 find the
 * same first hits as 20,000, and a name no one bears a letter from a stored word (one in eight) pays less for it
 * (`npm run bench:bounds`, docs/benchmark-10m.md).
 */
const UNHELD_SCANNED_WORD_ROWS = 6_000;
/** Similar dictionary words a typed word is expanded to for the typo branch. */
const SIMILAR_WORDS = 8;
/**
 * Other words a Latin word's consonant skeletons reach (Cipras → TSIPRAS, Szeferisz → SEFERIS), the most similar:
 * all of them (up to 45) made the phonetic branch read 2-4 ms more at 10M records, three 1-2 ms, and found no more.
 */
const SKELETON_WORDS = 1;
/** Words of a query compared one index condition each; further words are checked on the rows found. */
const INDEXED_WORDS = 4;
/**
 * A word this rare in any slot is read whole besides the rarest slot (`rowsHoldingOneOfEach`): DRUISH (درويش, one
 * row) for Darwich, whose slot also holds IDRIS and TARIQ and is no rarer than MAHMOUD's, where sampling missed it.
 */
const RARE_WORD_ROWS = 50;
/** The typo branch is tried for the first spellings only: the others differ from them by a letter or two anyway. */
const FUZZY_FORMS = 3;
/**
 * Letters a searched word needs before a stored word one letter from it reads as its typo (name_word_deletions):
 * shorter names are a letter from too many others. Arabic script, written without short vowels, has many words of
 * three (SDI for السدي, a letter from SID).
 */
const TYPO_MIN_LETTERS = { latin: 4, arabic: 3 } as const;

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
  /** The caller's: aborted when it left before the answer, which stops the search's statement. */
  signal?: AbortSignal;
  /** For tests that compare the bounded ways of reading with the complete ones; defaults otherwise. */
  tuning?: {
    /** Rows above which a word's rows are sampled (COMMON_WORD_ROWS); 0 samples every word. */
    commonWordRows?: number;
    /** False runs every branch even when the whole-name branch filled the page. */
    gate?: boolean;
    /** Entries read when sampling (SCANNED_WORD_ROWS), so that a small database samples as a large one does. */
    scannedWordRows?: number;
    /** Entries the phonetic branch samples for a name with a typo in a stored word (UNHELD_SCANNED_WORD_ROWS). */
    unheldScannedWordRows?: number;
    /** False reads the sound-alikes and typos of every year at once, not those born in the searched years first. */
    yearsFirst?: boolean;
    /** Rows a branch takes per spelling (BRANCH_ROWS). */
    branchRows?: number;
    /** Similar dictionary words a typed word is expanded to for the typo branch (SIMILAR_WORDS). */
    similarWords?: number;
  };
}

const S = PERSON_SCORES;
const number = (value: number) => value.toFixed(4);

/** The best score of the phonetic and typo branches, before the date of birth weighs. */
const SOUND_AND_TYPO_BEST = Math.max(S.phoneticBase + S.phoneticSpeltShare + S.phoneticSimilarity, S.fuzzyFactor);

/** Equal scores: a person with an active alert first (index alert_person), then as the other subgraphs. */
const TIE_RECORDS = {
  table: 'persons.person',
  alerted: `EXISTS (SELECT 1 FROM persons.alert a
             WHERE a.person_id = r.id AND (a.valid_until IS NULL OR a.valid_until >= current_date))`,
};

const FIELD_SQL = `CASE pn.kind WHEN 'ALIAS' THEN 'aliases' WHEN 'BIRTH_NAME' THEN 'nameAtBirth' ELSE 'name' END`;
const IS_ALIAS_SQL = `pn.kind IN ('ALIAS', 'BIRTH_NAME')`;
const ALIAS_PENALTY_SQL = `CASE WHEN ${IS_ALIAS_SQL} THEN ${number(S.aliasPenalty)} ELSE 0 END`;

/** First and last day a recorded (possibly partial) date of birth may stand for (table alias `p`). */
export const DOB_FIRST_SQL = `(make_date(p.dob_year, coalesce(p.dob_month, 1), 1) + (coalesce(p.dob_day, 1) - 1))`;
export const DOB_LAST_SQL = `(CASE WHEN p.dob_day IS NOT NULL THEN ${DOB_FIRST_SQL}
  WHEN p.dob_month IS NOT NULL THEN (make_date(p.dob_year, p.dob_month, 1) + interval '1 month')::date - 1
  ELSE make_date(p.dob_year, 12, 31) END)`;
const DOB_VALUE_SQL = `concat_ws('-', p.dob_year::text, lpad(p.dob_month::text, 2, '0'), lpad(p.dob_day::text, 2, '0'))`;

/** A searched (possibly partial) date of birth as days [first, last] ± tolerance, and what it stands for. */
interface SearchedDate {
  first: string;
  last: string;
  toleranceDays: number;
  /** As searched: `1974`, `1974-03` or `1974-03-21`. */
  text: string;
  /** Share of the gap to 1.0 that an exact agreement adds: more for a fuller date. */
  exactBoost: number;
}

function searchedDate(date: PartialDate, toleranceDays: number): SearchedDate {
  return {
    ...daysOf(date),
    toleranceDays,
    text: [date.year, date.month, date.day]
      .filter((part) => part !== undefined)
      .map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
      .join('-'),
    exactBoost: S.dateOfBirthExact[date.day ? 'day' : date.month ? 'month' : 'year'],
  };
}

/** The years of birth a searched date stands for, its tolerance included; none without a date. */
function birthYears(date: SearchedDate | undefined): [number | null, number | null] {
  if (!date) return [null, null];
  const shifted = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).getUTCFullYear();
  return [shifted(date.first, -date.toleranceDays), shifted(date.last, date.toleranceDays)];
}

/** The SQL that compares the records' dates of birth (alias `p`) with the searched one, all values as parameters. */
interface DateOfBirthSql {
  /** EXACT, PARTIAL, FUZZY (within the tolerance), CONFLICT, or NULL when either date is unknown. */
  kind: string;
  /** No date searched, or the record's date of birth is unknown or within the tolerance of the searched one. */
  fits: string;
  /** The explanation of a PARTIAL or FUZZY date (columns `dob`, `dob_value`). */
  note: string;
}

/** Parameters $first, $last, $tolerance, $searched may be NULL: then no date was searched and nothing compares. */
function dateOfBirthSql(date: SearchedDate | undefined, params: SqlParams): DateOfBirthSql {
  const first = `${params.add(date?.first ?? null)}::date`;
  const last = `${params.add(date?.last ?? null)}::date`;
  const tolerance = `${params.add(date?.toleranceDays ?? 0)}::int`;
  const searched = `${params.add(date?.text ?? null)}::text`;
  const withTolerance = `${DOB_FIRST_SQL} <= ${last} + ${tolerance} AND ${DOB_LAST_SQL} >= ${first} - ${tolerance}`;
  return {
    kind: `CASE WHEN ${first} IS NULL OR p.dob_year IS NULL THEN NULL
      WHEN ${DOB_FIRST_SQL} = ${first} AND ${DOB_LAST_SQL} = ${last} THEN 'EXACT'
      WHEN ${DOB_FIRST_SQL} <= ${last} AND ${DOB_LAST_SQL} >= ${first} THEN 'PARTIAL'
      WHEN ${withTolerance} THEN 'FUZZY'
      ELSE 'CONFLICT' END`,
    fits: `(${first} IS NULL OR p.dob_year IS NULL OR (${withTolerance}))`,
    note: `CASE dob WHEN 'PARTIAL' THEN 'searched ' || ${searched} || ', recorded ' || dob_value
      WHEN 'FUZZY' THEN 'within ' || ${tolerance} || ' days of ' || ${searched} END`,
  };
}

/**
 * Ranks persons for `searchPersons`. A name (typed, or an MRZ's holder) is ranked by one statement of a fixed shape
 * (`nameRankingSql`), prepared once per connection; a search by criteria alone by an index on its criteria. The date
 * of birth in the text weighs; one in the criteria filters.
 */
export async function searchPersons(dataSource: DataSource, search: PersonSearch): Promise<RankedPage> {
  const fromText = search.text ? readPersonText(search.text) : {};
  const dateOfBirth = search.dateOfBirth ?? fromText.dateOfBirth;
  if (search.dateOfBirthToleranceDays !== undefined && !dateOfBirth) {
    throw badUserInput(
      'criteria.dateOfBirthToleranceDays needs a date of birth (criteria.dateOfBirth or in the text)',
      'criteria.dateOfBirthToleranceDays',
    );
  }
  const searched = dateOfBirth ? searchedDate(dateOfBirth, search.dateOfBirthToleranceDays ?? 0) : undefined;
  const forms = fromText.nameText ? queryForms(fromText.nameText) : [];
  if (forms.length) {
    const params = new SqlParams();
    return rankCandidates(
      dataSource,
      nameRankingSql(fromText.nameText!, forms, search, searched, params),
      params,
      search.page,
      {
        cappedColumn: true,
        signal: search.signal,
        tieRecords: TIE_RECORDS,
      },
    );
  }
  if (search.text?.trim() && !fromText.dateOfBirth) {
    // The text holds nothing a person search reads (e.g. a VIN sent by UnifiedSearch): no hits, not an error.
    return NO_HITS;
  }
  if (!searched && !search.sex && !search.nationality && !search.alertKind) {
    throw badUserInput('give a name or date of birth in text, or at least one criterion', 'text');
  }
  const params = new SqlParams();
  return rankCandidates(dataSource, criteriaRankingSql(search, searched, params), params, search.page, {
    signal: search.signal,
    tieRecords: TIE_RECORDS,
  });
}

/**
 * How a search pool is warmed (shared/warm-up.ts): texts that give the name statement each of its eight shapes between
 * them (`nameRankingSql`: with and without the fewer, typo and year-first parts), in Latin and Arabic script, names of
 * no one in particular.
 */
export const PERSON_SEARCH_WARM_UP: WarmUp = {
  texts: [
    'Maria',
    'Maria 1975',
    'Anna Kowalska',
    'Anna Kowalska 1975',
    'Anna Maria Kowalska',
    'Anna Maria Kowalska 1975',
    'محمد علي حسن',
    'محمد علي حسن 1975',
  ],
  search: searchPersons,
};

/**
 * The filters of a name search on the person (alias `p`), each a no-op when its parameter is NULL or empty, so that
 * the statement keeps one shape; they test the few candidates found by name, so no index is needed.
 */
function personFilters(search: PersonSearch, dob: DateOfBirthSql, dateFilters: boolean, params: SqlParams): string {
  const jurisdictions = `${params.add(search.jurisdictions)}::varchar[]`;
  const sex = `${params.add(search.sex ?? null)}::varchar`;
  const nationality = `${params.add(search.nationality ?? null)}::varchar`;
  const alertKind = `${params.add(search.alertKind ?? null)}::varchar`;
  return `${disclosableSql('p', search.viewer, params)}
        AND (cardinality(${jurisdictions}) = 0 OR p.owner_jurisdiction = ANY(${jurisdictions}))
        AND (${sex} IS NULL OR p.sex = ${sex})
        AND (${nationality} IS NULL OR ${nationality} = ANY(p.nationalities))
        AND (${alertKind} IS NULL
             OR EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = p.id AND a.kind = ${alertKind}))
        AND (NOT ${params.add(dateFilters)}::boolean OR ${dob.fits})`;
}

/**
 * The one statement of a name search. Every Latin spelling of the query (`queryForms`) is a row of `form`. Each
 * branch finds rows of `persons.person_name` that hold a set of words (`rowsHolding`), at most BRANCH_ROWS per
 * spelling, and scores them:
 * - whole name: the order-free key (index `person_name_key`), and all searched words in a longer stored name;
 * - fewer: a stored name of two words or more whose words are all among the three to six searched, found by its
 *   key (`subsetKeysSql`, index `person_name_key`);
 * - phonetic: each searched word, or a dictionary word sounding like it (`persons.name_word`, `expansion`);
 * - typo: each searched word, or one of its most similar dictionary words (`expansion`), and the
 *   whole names similar.
 * The last three run only when the first did not find a page of hits that nothing they find could outrank (`gate`).
 * Each person keeps its best reason; then the filters, and the date of birth as a boost (from the criteria, also a
 * filter). Candidates come best first, so that the candidate cap of `rankCandidates` keeps the best.
 */
function nameRankingSql(
  typedName: string,
  forms: QueryForm[],
  search: PersonSearch,
  searched: SearchedDate | undefined,
  params: SqlParams,
): string {
  const limits: RowLimits = {
    rows: params.add(search.tuning?.branchRows ?? BRANCH_ROWS),
    commonAbove: params.add(search.tuning?.commonWordRows ?? COMMON_WORD_ROWS),
    scanned: params.add(search.tuning?.scannedWordRows ?? SCANNED_WORD_ROWS),
    unheldScanned: params.add(search.tuning?.unheldScannedWordRows ?? UNHELD_SCANNED_WORD_ROWS),
    rare: params.add(RARE_WORD_ROWS),
  };
  const fuzzy = fuzzyForms(forms);
  const form = formsSql(forms, fuzzy, params);
  const subsets = subsetKeys(forms);
  // Branches that can find nothing for this text are left out of its statement: every node is set up at each run.
  const fewer = subsets.length > 0;
  const typos = fuzzy.some(Boolean);
  const dob = dateOfBirthSql(searched, params);
  const years = birthYears(searched);
  const [bornFrom, bornTo] = years.map((year) => `${params.add(year)}::int`);
  // A date of birth of one year (its tolerance included) searched: the phonetic and typo branches read those born
  // then first (`dated_hits`), a statement shape of its own, so that other searches run no part of it. Within one year
  // the read of every year finds no holder born then that this read passed over (both read by person).
  const yearsFirst = searched !== undefined && years[0] === years[1] && search.tuning?.yearsFirst !== false;
  // Share of the gap to 1.0 an EXACT date of birth adds.
  const exactBoost = `${params.add(searched?.exactBoost ?? 0)}::float8`;
  const filters = personFilters(search, dob, search.dateOfBirth !== undefined, params);
  // The hits that fill the page (offset included); with the gates off, never reached.
  const pageEnd = params.add(search.tuning?.gate === false ? 2 ** 31 - 1 : search.page.offset + search.page.limit);
  const keySimilarity = `${number(S.keySimilarity)} * word_similarity(f.folded, pn.folded)`;
  const sameLetters = `${params.add(sameLetterPatterns(typedName))}::text[]`;
  const apostrophes = `${params.add(APOSTROPHE_CHARACTERS)}::text`;
  return `WITH form AS (${form}),
    whole_names AS (
      SELECT DISTINCT ON (pn.key, pn.person_id, pn.ordinal) pn.*
        FROM (SELECT DISTINCT f.key, f.key_words FROM form f) k
       CROSS JOIN LATERAL (
         (SELECT k.key, pn.* FROM persons.person_name pn WHERE pn.name_key = k.key LIMIT ${limits.rows})
         UNION ALL
         -- With a date of birth, the key's holders born then too (index name_key_birth_year_key): among hundreds of
         -- namesakes the rows above may pass over the one searched for.
         (SELECT k.key, pn.* FROM persons.name_key_birth_year y
            JOIN persons.person_name pn ON pn.person_id = y.person_id AND pn.name_key = y.name_key
           WHERE y.name_key = k.key AND y.birth_year BETWEEN ${bornFrom} AND ${bornTo} LIMIT ${limits.rows})
         UNION ALL
         SELECT k.key, pn.* FROM ${rowsHolding('k.key_words', 'true', limits)}) pn
    ),
    cheap_hits AS (
      SELECT pn.person_id AS id,
             (CASE WHEN m.extra = 0 AND m.same AND m.letters THEN ${number(S.sameLetters)} - ${ALIAS_PENALTY_SQL}
                   WHEN m.extra = 0 AND m.same
                     THEN CASE WHEN ${IS_ALIAS_SQL} THEN ${number(S.exactAlias)} ELSE ${number(S.exactName)} END
                   WHEN m.extra = 0 THEN ${number(S.sameKey)} + ${keySimilarity} - ${ALIAS_PENALTY_SQL}
                   ELSE greatest(${number(S.partialFloor)},
                          CASE WHEN m.same THEN ${number(S.partialSpelt)} ELSE ${number(S.partialKey)} + ${keySimilarity} END
                            - ${number(S.perExtraWord)} * m.extra) - ${ALIAS_PENALTY_SQL} END - f.penalty)::float8 AS score,
             ${FIELD_SQL} AS field,
             CASE WHEN m.extra > 0 THEN 'PARTIAL'
                  WHEN ${IS_ALIAS_SQL} THEN 'ALIAS'
                  WHEN m.same AND m.letters THEN 'EXACT'
                  WHEN m.same AND pn.kind = 'PRIMARY' AND NOT f.transliterated THEN 'NORMALIZED'
                  ELSE 'TRANSLITERATED' END AS kind,
             pn.value,
             -- Nothing to say is no note (NULL), not an empty one.
             nullif(concat_ws('; ',
               CASE WHEN m.extra > 0 THEN 'the record holds more names: ' || pn.folded
                    WHEN NOT m.same THEN 'spelling variant: ' || pn.folded
                    WHEN m.letters THEN NULL
                    WHEN pn.kind <> 'PRIMARY' THEN pn.folded || ' (' || pn.scheme || ')' END,
               CASE WHEN f.transliterated AND NOT m.letters
                    THEN 'searched as ' || f.folded || ' (' || f.scheme || ')' END), '') AS note,
             f.rank AS form_rank, pn.ordinal
        FROM whole_names pn
        JOIN form f ON f.key = pn.key
       -- Each computed once per row: pulled up (no OFFSET 0), every use in the score, kind and note computed them
       -- again (at 10M, 4 ms of a Cyrillic name's 18).
       CROSS JOIN LATERAL (
         SELECT e.extra, e.same,
                -- Each typed word, letters as typed and case aside, is a word of the name as recorded; read only where
                -- the score, kind or note asks (the whole name, or a transliterated spelling).
                CASE WHEN (e.extra = 0 AND e.same) OR f.transliterated
                  THEN NOT EXISTS (SELECT 1 FROM unnest(${sameLetters}) AS typed (pattern)
                                    WHERE translate(pn.value, ${apostrophes}, '') !~ typed.pattern) END AS letters
           FROM (SELECT cardinality(pn.words) - f.n AS extra,
                        string_to_array(pn.folded, ' ') @> f.words
                          AND (cardinality(pn.words) > f.n OR string_to_array(pn.folded, ' ') <@ f.words) AS same
                 OFFSET 0) e
         OFFSET 0) m
    ), fitting_cheap_hits AS MATERIALIZED (
      -- The whole-name hits that pass the filters, the date of birth weighed in: what both gates count.
      SELECT h.id, ${adjustedScore('h.score', dob.kind, exactBoost)} AS score
        FROM cheap_hits h
        JOIN persons.person p ON p.id = h.id
       WHERE ${filters}
    ), gate AS (
      -- Enough hits that no other branch can outrank (its best score, even with the date of birth): skip the others.
      SELECT count(DISTINCT id) >= ${pageEnd} AS enough
        FROM fitting_cheap_hits WHERE score > ${params.add(outrankedBelow(searched))}
    ), searched_word AS MATERIALIZED (
      -- Each distinct searched word of the phonetic and typo branches, with the codes it is compared by: double
      -- metaphone (Latin script), and consonant skeletons of the word and of the typed words it came from (the key
      -- reads KH as H: KHADAFFI), which reach names recorded without short vowels (the words of Arabic-script names,
      -- name_word.unvowelled: MBARK from Mubarak), and its national readings. A lone word takes only codes of three
      -- letters or more, and a lone Latin word only skeletons of three consonants or more: shorter ones would read most
      -- short names as one.
      SELECT w.*,
             ARRAY(SELECT code FROM unnest(CASE WHEN NOT w.arabic THEN ARRAY[dmetaphone(w.word), dmetaphone_alt(w.word)] END) AS code
                    WHERE code <> '' AND (NOT w.lone OR length(code) >= 3)) AS codes,
             ARRAY(SELECT DISTINCT code FROM unnest(w.sources || w.word) AS source,
                                             unnest(persons.name_skeletons(source)) AS code
                    WHERE length(code) >= CASE WHEN w.lone AND NOT w.arabic THEN 4 ELSE 3 END) AS skeletons
        FROM (SELECT 'sounds' AS branch, s.word, f.arabic, cardinality(f.sound_words) = 1 AS lone,
                     array_agg(DISTINCT s.source) AS sources,
                     string_to_array(string_agg(nullif(s.readings, ''), ','), ',') AS readings
                FROM form f, unnest(f.sound_words, f.sound_sources, f.sound_readings) AS s (word, source, readings)
               GROUP BY 1, 2, 3, 4
              ${
                typos
                  ? `UNION
              SELECT DISTINCT 'similar', word, false, false, '{}'::text[], '{}'::text[]
                FROM form f, unnest(f.key_words) AS word WHERE f.fuzzy`
                  : ''
              }) w
       WHERE NOT (SELECT enough FROM gate)
    ), expansion AS MATERIALIZED (
      -- The dictionary words each searched word may stand for, and how many rows hold one of them, at most: those
      -- sharing a code (index name_word_sounds, name_word_skeletons; for a Latin word the unvowelled words by
      -- name_word_unvowelled_skeletons and the SKELETON_WORDS most similar others), its national readings that are
      -- name words (name_word_pkey), or the most similar spellings (name_word_trgm) and those one letter away
      -- (name_word_deletions).
      SELECT w.branch, w.word, w.arabic, w.lone, e.words,
             (SELECT coalesce(sum(n.frequency), 0) FROM persons.name_word n WHERE n.word = ANY(e.words)) AS rows
        FROM searched_word w
       CROSS JOIN LATERAL (
         SELECT ARRAY(
           SELECT n.word FROM persons.name_word n WHERE w.branch = 'sounds' AND n.sounds && w.codes
           UNION
           SELECT n.word FROM persons.name_word n WHERE w.branch = 'sounds' AND n.word = ANY(w.readings)
           UNION
           SELECT n.word FROM persons.name_word n WHERE w.branch = 'sounds' AND w.arabic AND n.skeletons && w.skeletons
           UNION
           SELECT n.word FROM persons.name_word n
            WHERE w.branch = 'sounds' AND NOT w.arabic AND n.unvowelled AND n.skeletons && w.skeletons
           UNION
           (SELECT n.word FROM persons.name_word n
             WHERE w.branch = 'sounds' AND NOT w.arabic AND NOT n.unvowelled AND n.skeletons && w.skeletons
             ORDER BY similarity(n.word, w.word) DESC, n.word LIMIT ${params.add(SKELETON_WORDS)})
           ${
             typos
               ? `UNION
           (SELECT n.word FROM persons.name_word n WHERE w.branch = 'similar' AND n.word % w.word
             ORDER BY similarity(n.word, w.word) DESC, n.word LIMIT ${params.add(search.tuning?.similarWords ?? SIMILAR_WORDS)})
           UNION
           SELECT n.word FROM persons.name_word n
            WHERE w.branch = 'similar' AND length(w.word) >= ${TYPO_MIN_LETTERS.latin} AND n.deletions && persons.word_deletions(w.word)`
               : ''
           }) AS words
         -- Fenced: pulled up, the words were looked up twice, once more for the count of their rows.
         OFFSET 0) e
    ), slot_rows AS MATERIALIZED (
      -- Each of the first INDEXED_WORDS words as the dictionary words it may stand for and how many rows hold them (a
      -- missing word repeats the first); further words are checked on the rows found.
      SELECT f.rank, f.folded, f.key, f.key_words, f.n, f.arabic, f.sound_words, f.fuzzy,
             -- The first spelling (as typed, or the standard transliteration) holds a stored word (name_word_pkey) and
             -- one in no stored name but a letter from one (name_word_deletions): a typo, whose sound-alikes every
             -- spelling samples wider. Not each spelling's own words: the other spellings of a name as recorded
             -- (MARSHBANKS) are often in none; nor any word in none: a name no one bears (TANAKA) would pay too.
             -- Words of four letters or more, and of three in Arabic script, written without short vowels (SDI, SID).
             CASE WHEN (SELECT count(n.word) > 0
                               AND bool_or(n.word IS NULL AND length(s.word) >= CASE WHEN t.arabic THEN ${TYPO_MIN_LETTERS.arabic} ELSE ${TYPO_MIN_LETTERS.latin} END
                                           AND EXISTS (SELECT 1 FROM persons.name_word d
                                                        WHERE d.deletions && persons.word_deletions(s.word)))
                          FROM form t CROSS JOIN LATERAL unnest(t.sound_words) AS s (word)
                          LEFT JOIN persons.name_word n ON n.word = s.word
                         WHERE t.rank = 0)
               THEN ${limits.unheldScanned} ELSE ${limits.scanned} END AS sounds_scanned,
             ${slotsSql('f.sound_words', (word, column) => `(SELECT e.${column} FROM expansion e WHERE e.branch = 'sounds' AND e.word = ${word} AND e.arabic = f.arabic AND e.lone = (cardinality(f.sound_words) = 1))`, 'sounds')}
             ${typos ? `, ${slotsSql('f.key_words', (word, column) => `(SELECT e.${column} FROM expansion e WHERE f.fuzzy AND e.branch = 'similar' AND e.word = ${word})`, 'similar')}` : ''}
        FROM form f
       WHERE NOT (SELECT enough FROM gate)
    ), slots AS (
      -- With each kind's rarest slot: how many rows hold one of its words, at most, and the words.
      SELECT sr.*, ${rarestSlotSql('sounds')}${typos ? `, ${rarestSlotSql('similar')}` : ''} FROM slot_rows sr
    ), ${
      yearsFirst
        ? `dated_hits (id, score, field, kind, value, note, form_rank, ordinal) AS (
      ${soundAndTypoHitsSql({ bornIn: bornFrom }, 'true', typos, limits)}
    ), date_gate AS (
      -- When the whole-name hits and the sound-alikes and typos born in the searched year (or in an unknown year)
      -- fill the page above what one born in another year can reach (its date halves its score), the read of every
      -- year is skipped, even when the read of the searched year kept only the BRANCH_ROWS closest of those born then:
      -- its sample of every year holds few born then (at 10M, Donati 1960 took 27 ms with that read, 9 without).
      SELECT count(DISTINCT h.id) >= ${pageEnd} AS enough
        FROM (SELECT id, score FROM fitting_cheap_hits
              UNION ALL
              SELECT h.id, ${adjustedScore('h.score', dob.kind, exactBoost)}
                FROM dated_hits h
                JOIN persons.person p ON p.id = h.id
               WHERE ${filters}) h
       WHERE h.score > ${params.add(S.dateOfBirthConflict * SOUND_AND_TYPO_BEST)}
    ), `
        : ''
    }${
      fewer
        ? `fewer_form AS MATERIALIZED (
      -- Which searched words are name words (name_word_pkey), looked up once per spelling: once per row read, a
      -- three-word name at 10M looked them up 447 times.
      SELECT f.*, ARRAY(SELECT n.word FROM persons.name_word n WHERE n.word = ANY (f.key_words)) AS name_words
        FROM form f
    ), `
        : ''
    }name_hits AS (
      SELECT * FROM cheap_hits
      ${
        fewer
          ? `UNION ALL
      -- Searched words that no stored name holds (cocaine, a make) are left to the other subgraphs: a name they
      -- leave whole scores as if they had not been typed.
      SELECT pn.person_id,
             (CASE WHEN u.named > 0
                     THEN greatest(${number(S.recordHoldsFewerFloor)},
                                   ${number(S.recordHoldsFewer)} - ${number(S.perMissingWord)} * u.named)
                   WHEN u.letters THEN ${number(S.sameLetters)}
                   WHEN u.spelt THEN CASE WHEN ${IS_ALIAS_SQL} THEN ${number(S.exactAlias)} + ${ALIAS_PENALTY_SQL}
                                          ELSE ${number(S.exactName)} END
                   ELSE ${number(S.sameKey)} + ${keySimilarity} END
               - ${ALIAS_PENALTY_SQL} - f.penalty)::float8,
             ${FIELD_SQL},
             CASE WHEN u.named > 0 THEN 'PARTIAL' WHEN ${IS_ALIAS_SQL} THEN 'ALIAS' WHEN u.letters THEN 'EXACT'
                  WHEN u.spelt THEN 'NORMALIZED' ELSE 'TRANSLITERATED' END,
             pn.value,
             CASE WHEN u.named > 0 THEN 'not every word searched is in the record: ' || pn.folded
                  ELSE 'words in no stored name, not read as a name: ' || array_to_string(u.unread, ' ') END,
             f.rank, pn.ordinal
        FROM (${subsetKeysSql(subsets, params)}) subset
        JOIN fewer_form f ON f.rank = subset.rank
       -- Index person_name_key, one key at a time.
       CROSS JOIN LATERAL (SELECT pn.* FROM persons.person_name pn
                            WHERE NOT (SELECT enough FROM gate) AND pn.name_key = subset.key LIMIT ${limits.rows}) pn
       CROSS JOIN LATERAL (
         -- The searched words the record lacks: name words (fewer_form) or not.
         SELECT count(*) FILTER (WHERE w.word = ANY (f.name_words)) AS named,
                array_agg(w.word) FILTER (WHERE w.word <> ALL (f.name_words)) AS unread,
                string_to_array(pn.folded, ' ') <@ f.words AS spelt,
                -- Read only where the score and kind ask, when the record lacks no name word: most rows lack one.
                CASE WHEN count(*) FILTER (WHERE w.word = ANY (f.name_words)) = 0
                  THEN (SELECT count(*) FROM unnest(${sameLetters}) AS typed (pattern)
                         WHERE translate(pn.value, ${apostrophes}, '') ~ typed.pattern)
                         >= cardinality(string_to_array(pn.folded, ' ')) END AS letters
           FROM unnest(f.key_words) AS w (word)
          WHERE w.word <> ALL (pn.words)) u`
          : ''
      }
      UNION ALL
      ${yearsFirst ? 'SELECT id, score, field, kind, value, note, form_rank, ordinal FROM dated_hits UNION ALL' : ''}
      ${soundAndTypoHitsSql('any', yearsFirst ? 'NOT (SELECT enough FROM date_gate)' : 'true', typos, limits)}
    ), best AS (
      SELECT DISTINCT ON (h.id) h.id, h.score, h.field, h.kind, h.value, h.note
        FROM name_hits h
       ORDER BY h.id, h.score DESC, (h.kind = 'NORMALIZED') DESC, h.form_rank, h.ordinal
    ), hits AS (
      SELECT b.id, b.score, b.field, b.kind, b.value, b.note, ${dob.kind} AS dob, ${DOB_VALUE_SQL} AS dob_value
        FROM best b
        JOIN persons.person p ON p.id = b.id
       WHERE ${filters}
    ), scored AS (
      SELECT id, ${adjustedScore('score', 'dob', exactBoost)} AS score, field, kind, value,
             CASE WHEN dob = 'CONFLICT'
               THEN concat_ws('; ', note, 'date of birth on record (' || dob_value || ') differs from the one searched')
               ELSE note END AS note
        FROM hits
      UNION ALL
      SELECT id, 0::float8, 'dateOfBirth', dob, dob_value, ${dob.note} FROM hits WHERE dob IN ('EXACT', 'PARTIAL', 'FUZZY')
    )
    -- Counting stopped early when the other branches were skipped or a branch may have been cut at its limit.
    SELECT *, (SELECT enough FROM gate) OR ${yearsFirst ? '(SELECT enough FROM date_gate)' : 'false'} OR (SELECT count(*) FROM name_hits) >= ${limits.rows}
             AS capped
      FROM scored ORDER BY score DESC, id`;
}

/**
 * The phonetic and typo branches (columns as `cheap_hits`), from the slots' words, when `when` holds: reading the
 * holders of their words born in the searched years (or in an unknown year), or born in any year (`read`).
 */
function soundAndTypoHitsSql(read: WordRowRead, when: string, typos: boolean, limits: RowLimits): string {
  return `SELECT pn.person_id,
             (greatest(${number(S.phoneticFloor)},
                       ${number(S.phoneticBase)}
                         + ${number(S.phoneticSpeltShare)} * CASE WHEN fit.unvowelled THEN 1 ELSE cardinality(ARRAY(
                             SELECT unnest(sl.key_words) INTERSECT SELECT unnest(pn.words)))::float8 / sl.n END
                         + ${number(S.phoneticSimilarity)} * CASE WHEN fit.unvowelled THEN 1 ELSE similarity(pn.folded, sl.folded) END
                         - ${number(S.phoneticPerExtraWord)} * greatest(cardinality(pn.words) - sl.n, 0))
               - ${ALIAS_PENALTY_SQL})::float8,
             ${FIELD_SQL}, 'PHONETIC', pn.value,
             'sounds like ' || pn.folded || CASE WHEN fit.unvowelled THEN ' (written without short vowels)' ELSE '' END,
             sl.rank, pn.ordinal
        FROM slots sl
       CROSS JOIN LATERAL ${rowsHoldingOneOfEach('sl.sounds', `${when} AND cardinality(sl.sound_words) > 0`, 'sl.key', read, limits, 'sl.sounds_scanned')}
       -- Computed once per row (OFFSET 0 keeps the planner from repeating it at each use); only a shorter name can fit
       -- whole, and a lone word fits one word of a longer name.
       CROSS JOIN LATERAL (SELECT (length(pn.folded) < length(sl.folded) AND ${UNVOWELLED_FIT_SQL})
                                  OR (${UNVOWELLED_LONE_SQL}) AS unvowelled OFFSET 0) fit
       WHERE NOT EXISTS (SELECT 1 FROM unnest(sl.sound_words[${INDEXED_WORDS + 1}:]) AS rest (word)
                          WHERE NOT pn.words && (SELECT e.words FROM expansion e
                                                  WHERE e.branch = 'sounds' AND e.word = rest.word
                                                    AND e.arabic = sl.arabic AND NOT e.lone))
      ${
        typos
          ? `UNION ALL
      SELECT pn.person_id,
             (${number(S.fuzzyFactor)}
                * (strict_word_similarity(sl.folded, pn.folded) + similarity(sl.folded, pn.folded)) / 2
                - ${ALIAS_PENALTY_SQL})::float8,
             ${FIELD_SQL}, 'FUZZY', pn.value, 'similar spelling: ' || pn.folded, sl.rank, pn.ordinal
        FROM slots sl
       CROSS JOIN LATERAL ${rowsHoldingOneOfEach('sl.similar', `${when} AND sl.fuzzy`, 'sl.key', read, limits, limits.scanned)}
       WHERE NOT EXISTS (SELECT 1 FROM unnest(sl.key_words[${INDEXED_WORDS + 1}:]) AS rest (word)
                          WHERE NOT pn.words && (SELECT e.words FROM expansion e
                                                  WHERE e.branch = 'similar' AND e.word = rest.word))
         -- Sharing one word (a common family name) is no typo: the whole names stay similar.
         AND strict_word_similarity(sl.folded, pn.folded) >= ${number(S.fuzzyMinWordSimilarity)}
         AND similarity(sl.folded, pn.folded) >= ${number(S.fuzzyMinSimilarity)}`
          : ''
      }`;
}

/** A word (SQL text) in the letters a name written without short vowels is compared in: one per sound, O and W as U. */
function unvowelledLetters(word: string): string {
  // A J after a vowel and not before one is the Polish and Czech Y (Ajman, Husajn).
  return `regexp_replace(translate(regexp_replace(regexp_replace(regexp_replace(regexp_replace(${word},
             '([AEIOU])J(?![AEIOU])', '\\1I', 'g'), 'SCH|SZ|SH|CZ|CH', 'S', 'g'), 'DJ|DZ', 'J', 'g'), '([TDGK])H', '\\1', 'g'),
           'QCGJZOEYWV', 'KKKKSUIIUU'), '(.)\\1+', '\\1', 'g')`;
}

/**
 * True when the stored word `stored` is the searched word `typed` with only vowels left out (with `fewerVowels`, at
 * least one), keeping its final vowel and a W between vowels: a word written without short vowels, as Arabic script
 * writes it. MBARK is MUBARAK so
 * written, HSNI is HOSNI; HSN (Hassan) is not HOSNI (which ends in I).
 */
function unvowelledWordSql(stored: string, typed: string, fewerVowels = false): string {
  // With fewerVowels, some vowel must be left out: HUSEIN is a spelling of HUSZEIN, not it written without vowels.
  const vowels = (letters: string) => `length(regexp_replace(${letters}, '[^AIU]', '', 'g'))`;
  const fewer = fewerVowels ? `AND ${vowels('l.stored')} < ${vowels('l.typed')}` : '';
  return `EXISTS (SELECT 1 FROM (SELECT ${unvowelledLetters(stored)} AS stored, ${unvowelledLetters(typed)} AS typed) l
                   WHERE l.typed ~ ('^[AIU]*' || regexp_replace(l.stored, '(.)', '\\1[AIU]*', 'g') || '$') ${fewer}
                     AND (l.typed !~ '[AIU]$' OR right(l.stored, 1) = right(l.typed, 1))
                     AND (${typed} !~ '[AEIOU]W[AEIOU]' OR ${stored} ~ '[WU]'))`;
}

/** True when each word of the stored name (`pn`) is a searched word (`sl.key_words`) written without short vowels. */
const UNVOWELLED_FIT_SQL = `NOT EXISTS (
           SELECT 1 FROM unnest(pn.words) AS stored (word)
            WHERE NOT EXISTS (SELECT 1 FROM unnest(sl.key_words) AS typed (word)
                               WHERE ${unvowelledWordSql('stored.word', 'typed.word')}))`;

/**
 * True when a lone searched word is a word of the stored name written without short vowels, as names recorded in
 * Arabic script are (Darwisch: DRUISH MHMUD): the name holds what was typed, as a longer name holds a family name
 * typed alone.
 */
const UNVOWELLED_LONE_SQL = `cardinality(sl.key_words) = 1 AND EXISTS (
           SELECT 1 FROM unnest(pn.words) AS stored (word)
            -- Only the words the row was found by (the lone slot's dictionary words), before the regular expressions.
            WHERE stored.word = ANY(sl.sounds1) AND length(stored.word) < length(sl.key_words[1])
              AND ${unvowelledWordSql('stored.word', 'sl.key_words[1]', true)})`;

/** The parameters that bound how many rows a branch reads. */
interface RowLimits {
  /** BRANCH_ROWS: rows a branch takes per spelling. */
  rows: string;

  /** COMMON_WORD_ROWS: above it, rows holding a word are sampled through `name_word_row`. */
  commonAbove: string;
  /** SCANNED_WORD_ROWS: entries of `name_word_row` read when sampling. */
  scanned: string;
  /** UNHELD_SCANNED_WORD_ROWS: what the phonetic branch samples instead for a name with a typo in a stored word. */
  unheldScanned: string;
  /** RARE_WORD_ROWS: a word held by no more rows is read whole from any slot. */
  rare: string;
}

/**
 * A LATERAL subquery `pn` of the rows of `persons.person_name` holding every word of `words` (SQL text[]), when
 * `when` holds. Its rarest word decides how: of two words or more, held by at most COMMON_WORD_ROWS rows, all rows
 * holding the words are found through the GIN index `person_name_words` (whose work grows with the rarest word's
 * rows, so that bound is the bound of the work); held by more (every word is common: MARIA ANNA), the first
 * SCANNED_WORD_ROWS entries of it in `name_word_row_pkey` are read, index only, and the names whose key holds the
 * other words too are fetched. A lone word is always read so: each entry is a hit, so the read stops at BRANCH_ROWS,
 * where a bitmap of the GIN index reads every holder first (3 ms for a given name of 15,000 rows at 10M).
 */
function rowsHolding(words: string, when: string, limits: RowLimits): string {
  return `(
         SELECT pn.* FROM (SELECT min(n.frequency) AS rows, (array_agg(n.word ORDER BY n.frequency, n.word))[1] AS word,
                                  count(*) = 1 AS lone
                             FROM persons.name_word n WHERE n.word = ANY(${words})
                           -- A word in no stored name: no name holds them all.
                           HAVING count(*) = cardinality(ARRAY(SELECT DISTINCT unnest(${words})))) rarest
          CROSS JOIN LATERAL (
            (SELECT pn.* FROM persons.person_name pn
              WHERE ${when} AND rarest.rows <= ${limits.commonAbove} AND NOT rarest.lone AND pn.words @> ${words}
              LIMIT ${limits.rows})
            UNION ALL
            (SELECT pn.* FROM (SELECT w.person_id, w.ordinal, w.name_key FROM persons.name_word_row w
                                WHERE ${when} AND (rarest.rows > ${limits.commonAbove} OR rarest.lone)
                                  AND w.word = rarest.word
                                ORDER BY w.person_id, w.ordinal LIMIT ${limits.scanned}) w
               JOIN persons.person_name pn ON pn.person_id = w.person_id AND pn.ordinal = w.ordinal
              WHERE string_to_array(w.name_key, ' ') @> ${words} LIMIT ${limits.rows})) pn
       ) pn`;
}

/** Columns `<slot>_rows` and `<slot>_driver`: the rows and words of the rarest slot of `<slot>1..n`. */
function rarestSlotSql(slot: string): string {
  const indexes = Array.from({ length: INDEXED_WORDS }, (_, i) => i + 1);
  const least = `least(${indexes.map((i) => `${slot}_rows${i}`).join(', ')})`;
  return `${least} AS ${slot}_rows,
          CASE ${least} ${indexes.map((i) => `WHEN ${slot}_rows${i} THEN ${slot}${i}`).join(' ')} END AS ${slot}_driver`;
}

/** Whose rows of `name_word_row` a branch reads: of persons born in the searched year (SQL int), or of anyone. */
type WordRowRead = { bornIn: string } | 'any';

/**
 * A LATERAL subquery `pn` of the rows holding, for each of the INDEXED_WORDS slots `<slot>1..n` of `slots` (SQL
 * text[] each), one of its words, when `when` holds. They are found from the rarest slot (`<slot>_driver`) and
 * the rare words of every slot (at most RARE_WORD_ROWS rows each, by the dictionary's primary key) in
 * `name_word_row_pkey` (with years of birth, `name_word_row_birth_year`), index only: an equal share of `scanned`
 * entries (SQL int) for each of these words, kept when the name's key holds the other slots too, and the
 * BRANCH_ROWS closest to the searched key (trigram similarity of the keys) are read: a bounded read that keeps the
 * likeliest names, however many sound or look alike.
 */
function rowsHoldingOneOfEach(
  slot: string,
  when: string,
  key: string,
  read: WordRowRead,
  limits: RowLimits,
  scanned: string,
): string {
  const indexes = Array.from({ length: INDEXED_WORDS }, (_, i) => i + 1);
  const holdsEach = indexes.map((i) => `key_words && ${slot}${i}`).join(' AND ');
  const everySlot = indexes.map((i) => `${slot}${i}`).join(' || ');
  const holders = (
    born: string,
  ) => `(SELECT w.person_id, w.ordinal, w.name_key, string_to_array(w.name_key, ' ') AS key_words
                 FROM persons.name_word_row w
                WHERE ${when} AND w.word = driver_word${born}
                ORDER BY w.person_id, w.ordinal
                LIMIT ${scanned} / cardinality(${slot}_driver) + 1)`;
  // Born in the searched year, and of unknown year (NULLs sort last in the index: a range of their own), each by
  // person as the read of every year is.
  const wordRows =
    read === 'any'
      ? holders('')
      : `${holders(` AND w.birth_year = ${read.bornIn}`)}
              UNION ALL
              ${holders(' AND w.birth_year IS NULL')}`;
  return `(
         SELECT pn.* FROM (
           SELECT w.person_id, w.ordinal
             -- The rarest slot's words and the rare words of every slot, each marked rare or not (name_word_pkey).
             FROM (SELECT n.word, n.frequency <= ${limits.rare} FROM persons.name_word n
                    -- A slot with no words (the rarest, then) leaves no name to find.
                    WHERE ${when} AND cardinality(${slot}_driver) > 0 AND n.word = ANY(${slot}_driver || ${everySlot})
                      AND (n.word = ANY(${slot}_driver) OR n.frequency <= ${limits.rare})) AS d (driver_word, rare)
            CROSS JOIN LATERAL (${wordRows}) w
            WHERE ${holdsEach}
            -- The rows of rare words first: a name written without vowels (DRUISH) is no trigram neighbour of the
            -- typed word, and hundreds of common sound-alikes (DARIUSZ) would push it out of the limit.
            ORDER BY d.rare DESC, similarity(w.name_key, ${key}) DESC, w.person_id, w.ordinal
            LIMIT ${limits.rows}) w
          JOIN persons.person_name pn ON pn.person_id = w.person_id AND pn.ordinal = w.ordinal
       ) pn`;
}

/**
 * A name score with the date of birth weighed in: a fitting date lifts it towards 1.0 (never to it, but a name typed
 * as recorded keeps its 1.0), a conflict halves it.
 */
function adjustedScore(score: string, dobKind: string, exactBoost: string): string {
  return `least(greatest(${number(S.maxName)}, ${score}), CASE ${dobKind}
    WHEN 'EXACT' THEN ${score} + (1 - ${score}) * ${exactBoost}
    WHEN 'PARTIAL' THEN ${score} + (1 - ${score}) * ${number(S.dateOfBirthPartial)}
    WHEN 'FUZZY' THEN ${score} + (1 - ${score}) * ${number(S.dateOfBirthNear)}
    WHEN 'CONFLICT' THEN ${score} * ${number(S.dateOfBirthConflict)}
    ELSE ${score} END)::float8`;
}

/**
 * The best score the fewer, phonetic and typo branches can reach for this search (the date of birth weighed in):
 * hits of the whole-name branch above it are ranked before anything those branches could find.
 */
function outrankedBelow(searched: SearchedDate | undefined): number {
  const best = Math.max(S.recordHoldsFewer, SOUND_AND_TYPO_BEST);
  return searched ? Math.min(S.maxName, best + (1 - best) * searched.exactBoost) : best;
}

/** The spellings the typo branch reads: not a lone word (a short name is within one typo of thousands of others), nor Arabic script. */
function fuzzyForms(forms: QueryForm[]): boolean[] {
  return forms.map(
    (form, i) => form.script !== 'ARABIC' && !form.national && i < FUZZY_FORMS && form.keyWords.length > 1,
  );
}

/** The spellings of the query as one row each (`form`), from parameter arrays; `fuzzy`: which the typo branch reads. */
function formsSql(forms: QueryForm[], fuzzy: boolean[], params: SqlParams): string {
  const seenKeys = new Set<string>();
  const column = (values: unknown[], type: string) => `${params.add(values)}::${type}[]`;
  // Spellings with the same key have the same phonetic codes: the phonetic branch runs for the first of them. A
  // national reading is matched whole only: it sounds like the name as typed, which the phonetic branch reads.
  // Each sound word with the typed word it came from (same order), whose consonant skeletons are compared too.
  // Its national readings too (comma-separated), which the dictionary words it may stand for include.
  const soundWords = forms.map((form) => {
    const words = new Map<string, { source: string; readings: string[] }>();
    if (!seenKeys.has(form.key) && !form.national) {
      const named = form.keyWords.filter((word) => word.length >= 2 && !ASSIMILATED_ARTICLES.has(word));
      form.keyWords.forEach((word, i) => {
        if ((!named.length || named.includes(word)) && !words.has(word)) {
          const source = form.keyWordSources[i];
          words.set(word, { source, readings: form.script === 'LATIN' ? readingKeyWords(source, word) : [] });
        }
      });
    }
    seenKeys.add(form.key);
    const sounds = [...words.values()];
    return {
      words: [...words.keys()].join(' '),
      sources: sounds.map(({ source }) => source).join(' '),
      readings: sounds.map(({ readings }) => readings.join(',')).join(' '),
    };
  });
  const columns = [
    column(
      forms.map((form) => form.folded),
      'text',
    ),
    column(
      forms.map((form) => form.key),
      'text',
    ),
    column(
      forms.map((form) => form.keyWords.join(' ')),
      'text',
    ),
    column(
      soundWords.map((sound) => sound.words),
      'text',
    ),
    column(
      soundWords.map((sound) => sound.sources),
      'text',
    ),
    column(
      soundWords.map((sound) => sound.readings),
      'text',
    ),
    column(
      forms.map((form) => form.transliterated),
      'boolean',
    ),
    column(
      forms.map((form) => form.scheme),
      'text',
    ),
    column(
      forms.map((form) => form.script === 'ARABIC'),
      'boolean',
    ),
    column(fuzzy, 'boolean'),
    column(
      forms.map((form) => (form.national ? S.nationalSpelling : 0)),
      'float8',
    ),
  ];
  return `SELECT (f.ordinality - 1)::int AS rank, f.folded, f.key, string_to_array(f.folded, ' ') AS words,
           string_to_array(f.key_words, ' ') AS key_words, cardinality(string_to_array(f.key_words, ' ')) AS n,
           string_to_array(nullif(f.sound_words, ''), ' ') AS sound_words,
           string_to_array(nullif(f.sound_sources, ''), ' ') AS sound_sources,
           string_to_array(f.sound_readings, ' ') AS sound_readings,
           f.transliterated, f.scheme, f.arabic, f.fuzzy, f.penalty
      FROM unnest(${columns.join(', ')}) WITH ORDINALITY
        AS f (folded, key, key_words, sound_words, sound_sources, sound_readings, transliterated, scheme, arabic, fuzzy,
              penalty, ordinality)`;
}

/**
 * The keys a stored name found by the `fewer` branch may have, for spellings of three to MAX_WORDS_FOR_FEWER distinct
 * searched words: every sorted combination of two or more of them but not all, each word once or (up to
 * MAX_WORDS_FOR_REPEATS words) twice, as a name may repeat one. Each is read by index `person_name_key` alone: pairs of
 * words through the words index read every holder of both first (at 10M, 1-2 ms a pair of common given names).
 */
function subsetKeys(forms: QueryForm[]): { rank: number; key: string }[] {
  const subsets: { rank: number; key: string }[] = [];
  forms.forEach((form, rank) => {
    const words = [...new Set(form.keyWords)].sort();
    if (words.length < 3 || words.length > MAX_WORDS_FOR_FEWER) return;
    const most = words.length <= MAX_WORDS_FOR_REPEATS ? 2 : 1;
    // Each word's count, 0 to `most`, as the digits of a number in base most + 1.
    for (let code = 1; code < (most + 1) ** words.length; code++) {
      const key: string[] = [];
      let rest = code;
      for (const word of words) {
        for (let n = rest % (most + 1); n > 0; n--) key.push(word);
        rest = Math.floor(rest / (most + 1));
      }
      // Two searched words at least, as the stored name's, and not all of them (the whole-name branch reads those).
      const distinct = new Set(key).size;
      if (distinct >= 2 && distinct < words.length) subsets.push({ rank, key: key.join(' ') });
    }
  });
  return subsets;
}

/** The `fewer` branch's keys as rows (rank, key), from parameter arrays. */
function subsetKeysSql(subsets: { rank: number; key: string }[], params: SqlParams): string {
  const ranks = params.add(subsets.map((subset) => subset.rank));
  const keys = params.add(subsets.map((subset) => subset.key));
  return `SELECT s.rank, s.key FROM unnest(${ranks}::int[], ${keys}::text[]) AS s (rank, key)`;
}

/**
 * INDEXED_WORDS columns `<name>1..n` and `<name>_rows1..n`: `lookup(word i, column)` of each slot's words and rows,
 * a missing word taking the first word's.
 */
function slotsSql(words: string, lookup: (word: string, column: 'words' | 'rows') => string, name: string): string {
  return Array.from({ length: INDEXED_WORDS }, (_, i) => {
    const word = i === 0 ? `${words}[1]` : `coalesce(${words}[${i + 1}], ${words}[1])`;
    return `${lookup(word, 'words')} AS ${name}${i + 1}, ${lookup(word, 'rows')} AS ${name}_rows${i + 1}`;
  }).join(',\n             ');
}

/**
 * A search by criteria alone: the date of birth by index `person_dob` (year range), nationality by
 * `person_nationalities`, an alert kind by `alert_kind_person`, both by `alert_nationality_pkey`; at most
 * COUNT_CAP + 1 persons are read.
 */
function criteriaRankingSql(search: PersonSearch, searched: SearchedDate | undefined, params: SqlParams): string {
  const dob = dateOfBirthSql(searched, params);
  const filters = [disclosableSql('p', search.viewer, params)];
  if (search.jurisdictions.length) filters.push(`p.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  if (search.sex) filters.push(`p.sex = ${params.add(search.sex)}`);
  // Both: the persons holding the two, one index range (neither GIN nor the alerts' index alone bounds the read).
  const byAlertAndNationality = Boolean(search.nationality && search.alertKind);
  if (byAlertAndNationality) {
    filters.push(`an.kind = ${params.add(search.alertKind)} AND an.nationality = ${params.add(search.nationality)}`);
  } else if (search.nationality) {
    // Containment (not `= ANY`) so that the GIN index person_nationalities serves it.
    filters.push(`p.nationalities @> ARRAY[${params.add(search.nationality)}]::varchar[]`);
  } else if (search.alertKind) {
    filters.push(
      `EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = p.id AND a.kind = ${params.add(search.alertKind)})`,
    );
  }
  if (searched) {
    const dayMs = 86_400_000;
    const from = new Date(Date.parse(searched.first) - searched.toleranceDays * dayMs).getUTCFullYear();
    const to = new Date(Date.parse(searched.last) + searched.toleranceDays * dayMs).getUTCFullYear();
    filters.push(dob.fits, `p.dob_year BETWEEN ${params.add(from)} AND ${params.add(to)}`);
  }
  const score = `CASE dob WHEN 'PARTIAL' THEN ${number(S.criteriaOnlyPartialDate)}
      WHEN 'FUZZY' THEN ${number(S.criteriaOnlyNearDate)} ELSE ${number(S.criteriaOnly)} END`;
  const source = byAlertAndNationality
    ? 'persons.alert_nationality an JOIN persons.person p ON p.id = an.person_id'
    : 'persons.person p';
  return `WITH hits AS (
      SELECT p.id, ${dob.kind} AS dob, ${DOB_VALUE_SQL} AS dob_value
        FROM ${source}
       WHERE ${filters.join(' AND ')}
       LIMIT ${params.add(COUNT_CAP + 1)}
    )
    SELECT id, (${score})::float8 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL::text AS value,
           NULL::text AS note
      FROM hits
    UNION ALL
    SELECT id, 0::float8, 'dateOfBirth', dob, dob_value, ${dob.note} FROM hits WHERE dob IN ('EXACT', 'PARTIAL', 'FUZZY')`;
}
