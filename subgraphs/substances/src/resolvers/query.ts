import type { QueryResolvers } from '../generated/graphql';
import { parsePage, toConnection } from '../../../../shared/pagination';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { parseId, parseJurisdictions, parseSearchText } from '../../../../shared/validation';
import { parseSeizureCriteria, searchSeizures } from '../search/seizure-search';
import { catalogueSubstance } from '../catalogue';

export const Query: QueryResolvers = {
  async searchSeizures(
    _parent,
    { text, jurisdictions, criteria, first, after },
    { readDataSource, principal, audit, signal },
  ) {
    requireRole(principal, READ_ROLES, 'searching');
    audit.describe('searchSeizures', { text, jurisdictions, criteria, first, after });
    const page = parsePage(first, after);
    const result = await searchSeizures(readDataSource, {
      viewer: principal,
      text: parseSearchText(text),
      jurisdictions: parseJurisdictions(jurisdictions),
      filters: parseSeizureCriteria(criteria),
      page,
      signal,
    });
    return toConnection(audit, result.hits, result, page);
  },

  seizure: (_parent, { id }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return loaders.seizure.load(parseId(id));
  },

  substance: (_parent, { id }, { principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return catalogueSubstance(parseId(id));
  },
};
