import type { QueryResolvers } from '../generated/graphql';
import { parsePage, toConnection } from '../../../../shared/pagination';
import { parseCountry, parseId, parseJurisdictions } from '../../../../shared/validation';
import { searchDocuments } from '../search/document-search';

export const Query: QueryResolvers = {
  async searchDocuments(_parent, { text, jurisdictions, criteria, first, after }, { dataSource }) {
    const page = parsePage(first, after);
    const result = await searchDocuments(dataSource, {
      text: text ?? undefined,
      jurisdictions: parseJurisdictions(jurisdictions),
      type: criteria?.type ?? undefined,
      issuingCountry: parseCountry(criteria?.issuingCountry, 'criteria.issuingCountry'),
      status: criteria?.status ?? undefined,
      page,
    });
    return toConnection(result.hits, result.totalCount, page);
  },

  document: (_parent, { id }, { loaders }) => loaders.document.load(parseId(id)),
};
