import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../../shared/errors';
import type { PageRequest } from '../../../../shared/pagination';
import { notLapsedSql } from '../../../../shared/provenance';
import { rankCandidates, type RankedPage } from '../../../../shared/search';
import { SqlParams } from '../../../../shared/sql';
import type { PartialDate } from '../../../../shared/validation';
import { recognizePersonText } from './recognize';

export interface PersonSearch {
  text?: string;
  jurisdictions: string[];
  dateOfBirth?: PartialDate;
  sex?: string;
  nationality?: string;
  alertKind?: string;
  page: PageRequest;
}

/**
 * Ranks persons for `searchPersons`: trigram similarity of the folded name (index `person_search_name_trgm`),
 * narrowed by the typed criteria and a date of birth found in the text. With no name, criteria alone select.
 */
export async function searchPersons(dataSource: DataSource, search: PersonSearch): Promise<RankedPage> {
  const fromText = search.text ? recognizePersonText(search.text) : {};
  const dateOfBirth = search.dateOfBirth ?? fromText.dateOfBirth;
  const params = new SqlParams();
  const filters = [notLapsedSql('p')];
  if (search.jurisdictions.length) filters.push(`p.owner_jurisdiction = ANY(${params.add(search.jurisdictions)})`);
  if (dateOfBirth) {
    filters.push(`p.dob_year = ${params.add(dateOfBirth.year)}`);
    if (dateOfBirth.month) filters.push(`(p.dob_month IS NULL OR p.dob_month = ${params.add(dateOfBirth.month)})`);
    if (dateOfBirth.day) filters.push(`(p.dob_day IS NULL OR p.dob_day = ${params.add(dateOfBirth.day)})`);
  }
  if (search.sex) filters.push(`p.sex = ${params.add(search.sex)}`);
  if (search.nationality) filters.push(`${params.add(search.nationality)} = ANY(p.nationalities)`);
  if (search.alertKind) {
    filters.push(
      `EXISTS (SELECT 1 FROM persons.alert a WHERE a.person_id = p.id AND a.kind = ${params.add(search.alertKind)})`,
    );
  }

  if (fromText.name) {
    const name = params.add(fromText.name);
    return rankCandidates(
      dataSource,
      `SELECT p.id, similarity(p.search_name, ${name}) AS score, 'name' AS field,
              CASE WHEN p.search_name = ${name} THEN 'NORMALIZED' ELSE 'FUZZY' END AS kind,
              p.family_name_latin || coalesce(', ' || p.given_names_latin, '') AS value
         FROM persons.person p
        WHERE p.search_name % ${name} AND ${filters.join(' AND ')}`,
      params,
      search.page,
    );
  }
  if (search.text?.trim() && !dateOfBirth) {
    // The text holds nothing a person search reads (e.g. a VIN sent by UnifiedSearch): no hits, not an error.
    return { hits: [], totalCount: 0 };
  }
  if (!dateOfBirth && !search.sex && !search.nationality && !search.alertKind) {
    throw badUserInput('give a name or date of birth in text, or at least one criterion', 'text');
  }
  return rankCandidates(
    dataSource,
    `SELECT p.id, 1.0 AS score, 'criteria' AS field, 'CRITERIA' AS kind, NULL AS value
       FROM persons.person p WHERE ${filters.join(' AND ')}`,
    params,
    search.page,
  );
}
