import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import { notLapsedSql } from '../../../../shared/provenance';
import { rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import type { DocumentStatus, DocumentType } from '../entities';
import { recognizeDocumentText, type DocumentSignal, type NumberSignal } from './recognize';

export interface DocumentSearch {
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
  const filters = [notLapsedSql('d'), ...criteria];
  if (search.jurisdictions.length) filters.push(`d.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  const where = filters.join(' AND ');

  const text = search.text?.trim();
  if (text) {
    const signals = recognizeDocumentText(text);
    // The unified search sends every text to every subgraph: text holding no possible number is no hit, not an error.
    if (!signals.length) return { hits: [], totalCount: 0 };
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

/** The candidate rows (id, score, field, kind, value) one signal yields. */
function candidateBranch(signal: DocumentSignal, params: SqlParams, where: string): string {
  switch (signal.kind) {
    case 'NUMBER':
      return numberBranch(signal, params, where);
  }
}

/** Equality on the normalized number (index `document_number_normalized`); EXACT when typed as printed. */
function numberBranch(signal: NumberSignal, params: SqlParams, where: string): string {
  return `SELECT d.id, 1.0 AS score, 'number' AS field,
                 CASE WHEN d.number = ANY(${params.add(signal.typed)}) THEN 'EXACT' ELSE 'NORMALIZED' END AS kind,
                 d.number AS value
            FROM documents.document d
           WHERE d.number_normalized = ANY(${params.add(signal.normalized)}) AND ${where}`;
}
