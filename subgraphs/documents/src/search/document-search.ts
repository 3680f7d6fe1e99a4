import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { typoBranchSql } from '../../../../shared/identifier-typos';
import { SqlParams } from '../../../../shared/sql';
import { UNIFIED_WARM_UP_TEXTS, type WarmUp } from '../../../../shared/warm-up';
import type { DocumentStatus, DocumentType } from '../entities';
import { confusableDocumentNumber } from './normalize';
import {
  recognizeDocumentText,
  type ConfusableNumberSignal,
  type DocumentSignal,
  type MrzSignal,
  type NumberSignal,
  type NumberTypoSignal,
} from './recognize';

/**
 * Scores on the scale the four search fields share, where 1.0 is reserved for the identifier itself and no weaker
 * reading of the text reaches it.
 */
/** Equal scores: the most recently updated document first, then the owner's reference (shared/search.ts). */
const TIE_RECORDS = { table: 'documents.document' };

export const DOCUMENT_SCORES = {
  /** The number as printed, or without spaces, dashes and case; an MRZ number and country whose check digits hold. */
  exactNumber: 1.0,
  /** The number with O/0 or I/1 read differently: very likely the document, but not its recorded number. */
  confusableNumber: 0.9,
  /** An MRZ with a wrong check digit: some character was misread, perhaps one of the number. */
  mrzCheckDigitFailed: 0.9,
  /** An MRZ whose number's check digit fails, read with one OCR confusion (S/5, Z/2, B/8 ...) the check digit confirms. */
  mrzNumberRepaired: 0.85,
  /** Taken off an MRZ hit whose number matches only with O/0 or I/1 read differently. */
  confusionPenalty: 0.1,
} as const;

const CONFUSION_NOTE = 'O/0 or I/1 read differently';

export interface DocumentSearch {
  /** Who searches: only records they may see are ranked. */
  viewer: Principal;
  text?: string;
  jurisdictions: string[];
  type?: DocumentType;
  issuingCountry?: string;
  status?: DocumentStatus;
  page: PageRequest;
  /** The caller's: aborted when it left before the answer, which stops the search's statement. */
  signal?: AbortSignal;
}

/** How the search pool is warmed (shared/warm-up.ts): a search of each kind of unified text. */
export const DOCUMENT_SEARCH_WARM_UP: WarmUp = { texts: UNIFIED_WARM_UP_TEXTS, search: searchDocuments };

/**
 * Ranks documents for `searchDocuments`. The recognizer turns the free text into signals, each kind searched by one
 * candidate branch (UNION ALL) under the same filters; with no text, the typed criteria alone select.
 */
export async function searchDocuments(dataSource: DataSource, search: DocumentSearch): Promise<RankedPage> {
  const params = new SqlParams();
  const criteria: string[] = [];
  if (search.type) criteria.push(`d.type = ${params.add(search.type)}`);
  if (search.issuingCountry) criteria.push(`d.issuing_country = ${params.add(search.issuingCountry)}`);
  if (search.status) criteria.push(`d.status = ${params.add(search.status)}`);
  const filters = [disclosableSql('d', search.viewer, params), ...criteria];
  if (search.jurisdictions.length) filters.push(`d.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  const where = filters.join(' AND ');

  const text = search.text?.trim();
  if (text) {
    const signals = recognizeDocumentText(text);
    // The unified search sends every text to every subgraph: text holding no possible number is no hit, not an error.
    if (!signals.length) return NO_HITS;
    return rankCandidates(
      dataSource,
      candidateBranches(signals, params, where).join('\n UNION ALL\n'),
      params,
      search.page,
      { signal: search.signal, tieRecords: TIE_RECORDS },
    );
  }
  if (!criteria.length) throw badUserInput('give a document number in text, or at least one criterion', 'text');
  return rankCandidates(
    dataSource,
    `SELECT d.id, 1.0 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL AS value
       FROM documents.document d WHERE ${where}`,
    params,
    search.page,
    { signal: search.signal, tieRecords: TIE_RECORDS },
  );
}

/**
 * The candidate rows (id, score, field, kind, value, note) of the signals: one branch per kind of signal present,
 * its values as arrays, so that a statement has one of a few shapes whatever the text (and stays prepared).
 */
function candidateBranches(signals: DocumentSignal[], params: SqlParams, where: string): string[] {
  const mrzs = signals.flatMap((signal) => (signal.kind === 'MRZ' ? [signal] : []));
  const branches = mrzs.length ? [mrzBranch(mrzs, params, where)] : [];
  for (const signal of signals) {
    if (signal.kind === 'NUMBER') branches.push(numberBranch(signal, params, where));
    if (signal.kind === 'CONFUSABLE_NUMBER') branches.push(confusableNumberBranch(signal, params, where));
    if (signal.kind === 'NUMBER_TYPO') branches.push(numberTypoBranch(signal, params, where));
  }
  return branches;
}

/**
 * Each MRZ's number on the confusable column (index `document_number_confusable`), which also holds every exact
 * match, and its issuing country: an MRZ names one document of one state. Failed check digits and an issuing state
 * without an ISO country are said in the note. A number whose check digit fails is also read with each OCR confusion
 * its check digit confirms (`numberRepairs`), as FUZZY.
 */
function mrzBranch(signals: MrzSignal[], params: SqlParams, where: string): string {
  const mrzs = signals.flatMap(({ mrz }) => {
    const score = mrz.failedCheckDigits.length ? DOCUMENT_SCORES.mrzCheckDigitFailed : DOCUMENT_SCORES.exactNumber;
    const notes = mrz.failedCheckDigits.map((failure) => failure.note);
    if (!mrz.issuingCountry) {
      notes.push(`issuing state ${mrz.issuingState} has no ISO 3166-1 country code: matched on the number alone`);
    }
    const read = { number: mrz.number, country: mrz.issuingCountry, score, repaired: false };
    return [
      { ...read, notes: notes.join('; ') || null },
      ...mrz.numberRepairs.map((repair) => ({
        ...read,
        number: repair.number,
        score: DOCUMENT_SCORES.mrzNumberRepaired,
        repaired: true,
        notes: [...notes, repair.note].join('; '),
      })),
    ];
  });
  const numbers = params.add(mrzs.map(({ number }) => number));
  const confusables = params.add(mrzs.map(({ number }) => confusableDocumentNumber(number)));
  const countries = params.add(mrzs.map(({ country }) => country));
  const scores = params.add(mrzs.map(({ score }) => score));
  const confusedScores = params.add(mrzs.map(({ score }) => score - DOCUMENT_SCORES.confusionPenalty));
  const readings = `unnest(${numbers}::text[], ${confusables}::text[], ${countries}::bpchar[], ${scores}::float8[],
                           ${confusedScores}::float8[], ${params.add(mrzs.map(({ notes }) => notes))}::text[],
                           ${params.add(mrzs.map(({ repaired }) => repaired))}::bool[])
                      AS m(number, confusable, country, score, confused_score, note, repaired)`;
  return `SELECT d.id,
                 CASE WHEN d.number_normalized = m.number THEN m.score ELSE m.confused_score END AS score,
                 'mrz' AS field,
                 CASE WHEN m.repaired THEN 'FUZZY'
                      WHEN d.number = m.number THEN 'EXACT'
                      WHEN d.number_normalized = m.number THEN 'NORMALIZED' ELSE 'FUZZY' END AS kind,
                 d.number AS value,
                 NULLIF(concat_ws('; ', m.note,
                   CASE WHEN d.number_normalized <> m.number THEN ${params.add(CONFUSION_NOTE)}::text END), '') AS note
            FROM ${readings}
            JOIN documents.document d ON d.number_confusable = m.confusable
           WHERE (m.country IS NULL OR d.issuing_country = m.country) AND ${where}`;
}

/** Equality on the normalized number (index `document_number_normalized`); EXACT when typed as printed. */
function numberBranch(signal: NumberSignal, params: SqlParams, where: string): string {
  return `SELECT d.id, ${params.add(DOCUMENT_SCORES.exactNumber)}::float8 AS score, 'number' AS field,
                 CASE WHEN d.number = ANY(${params.add(signal.typed)}) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind,
                 d.number AS value, NULL::text AS note
            FROM documents.document d
           WHERE d.number_normalized = ANY(${params.add(signal.normalized)}) AND ${where}`;
}

/** Equality on the confusable number (index `document_number_confusable`), leaving out the NUMBER branch's hits. */
function confusableNumberBranch(signal: ConfusableNumberSignal, params: SqlParams, where: string): string {
  return `SELECT d.id, ${params.add(DOCUMENT_SCORES.confusableNumber)}::float8 AS score, 'number' AS field,
                 'FUZZY' AS kind, d.number AS value, ${params.add(CONFUSION_NOTE)}::text AS note
            FROM documents.document d
           WHERE d.number_confusable = ANY(${params.add(signal.confusable)})
             AND d.number_normalized <> ALL(${params.add(signal.normalized)}) AND ${where}`;
}

/**
 * Numbers typed with one character wrong, missing, extra or two neighbours swapped (shared/identifier-typos.ts):
 * index `document_number_deletion_key`, then the document by its primary key. A number the NUMBER or
 * CONFUSABLE_NUMBER branch finds a document for (index `document_number_confusable`, which holds the exact numbers
 * too) is not read with a typo.
 */
function numberTypoBranch(signal: NumberTypoSignal, params: SqlParams, where: string): string {
  return typoBranchSql(
    {
      field: 'number',
      typed: signal.typed,
      records: 'documents.document',
      alias: 'd',
      identifier: 'number_normalized',
      value: 'number',
      keys: 'documents.document_number_deletion',
      recordId: 'document_id',
      exactHit: (typed) => `EXISTS (SELECT 1 FROM documents.document d
                                     WHERE d.number_confusable = translate(${typed}, 'OI', '01') AND ${where})`,
      where,
    },
    params,
  );
}
