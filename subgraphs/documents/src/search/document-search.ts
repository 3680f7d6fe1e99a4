import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import type { Principal } from '../../../../shared/auth';
import { disclosableSql } from '../../../../shared/visibility';
import { NO_HITS, rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import type { DocumentStatus, DocumentType } from '../entities';
import { confusableDocumentNumber } from './normalize';
import {
  recognizeDocumentText,
  type ConfusableNumberSignal,
  type DocumentSignal,
  type MrzSignal,
  type NumberSignal,
} from './recognize';

/**
 * Scores on the scale the four search fields share, where 1.0 is reserved for the identifier itself and no weaker
 * reading of the text reaches it.
 */
export const DOCUMENT_SCORES = {
  /** The number as printed, or without spaces, dashes and case; an MRZ number and country whose check digits hold. */
  exactNumber: 1.0,
  /** The number with O/0 or I/1 read differently: very likely the document, but not its recorded number. */
  confusableNumber: 0.9,
  /** An MRZ with a wrong check digit: some character was misread, perhaps one of the number. */
  mrzCheckDigitFailed: 0.9,
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
}

/**
 * Ranks documents for `searchDocuments`. The recognizer turns the free text into signals, each searched by one
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
    const branches = signals.map((signal) => candidateBranch(signal, params, where));
    return rankCandidates(dataSource, branches.join('\n UNION ALL\n'), params, search.page);
  }
  if (!criteria.length) throw badUserInput('give a document number in text, or at least one criterion', 'text');
  return rankCandidates(
    dataSource,
    `SELECT d.id, 1.0 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL AS value
       FROM documents.document d WHERE ${where}`,
    params,
    search.page,
  );
}

/** The candidate rows (id, score, field, kind, value, note) one signal yields. */
function candidateBranch(signal: DocumentSignal, params: SqlParams, where: string): string {
  switch (signal.kind) {
    case 'MRZ':
      return mrzBranch(signal, params, where);
    case 'NUMBER':
      return numberBranch(signal, params, where);
    case 'CONFUSABLE_NUMBER':
      return confusableNumberBranch(signal, params, where);
  }
}

/**
 * The MRZ's number on the confusable column (index `document_number_confusable`), which also holds every exact
 * match, and its issuing country: an MRZ names one document of one state. Failed check digits and an issuing state
 * without an ISO country are said in the note.
 */
function mrzBranch({ mrz }: MrzSignal, params: SqlParams, where: string): string {
  const base = mrz.failedCheckDigits.length ? DOCUMENT_SCORES.mrzCheckDigitFailed : DOCUMENT_SCORES.exactNumber;
  const notes = mrz.failedCheckDigits.map((failure) => failure.note);
  if (!mrz.issuingCountry) {
    notes.push(`issuing state ${mrz.issuingState} has no ISO 3166-1 country code: matched on the number alone`);
  }
  const number = params.add(mrz.number);
  const country = mrz.issuingCountry ? `AND d.issuing_country = ${params.add(mrz.issuingCountry)}` : '';
  return `SELECT d.id,
                 CASE WHEN d.number_normalized = ${number} THEN ${params.add(base)}::float8
                      ELSE ${params.add(base - DOCUMENT_SCORES.confusionPenalty)}::float8 END AS score,
                 'mrz' AS field,
                 CASE WHEN d.number = ${number} THEN 'EXACT'
                      WHEN d.number_normalized = ${number} THEN 'NORMALIZED' ELSE 'FUZZY' END AS kind,
                 d.number AS value,
                 NULLIF(concat_ws('; ', ${params.add(notes.join('; ') || null)}::text,
                   CASE WHEN d.number_normalized <> ${number} THEN ${params.add(CONFUSION_NOTE)}::text END), '') AS note
            FROM documents.document d
           WHERE d.number_confusable = ${params.add(confusableDocumentNumber(mrz.number))} ${country} AND ${where}`;
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
