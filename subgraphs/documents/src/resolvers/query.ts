import type { QueryResolvers } from '../generated/graphql';
import { parsePage, toConnection } from '../../../../shared/pagination';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { CHECK_ROLES } from '../../../../shared/check';
import { checkDocument, checkDocuments } from '../search/check';
import { parseCountry, parseId, parseJurisdictions, parseSearchText } from '../../../../shared/validation';
import { searchDocuments } from '../search/document-search';

export const Query: QueryResolvers = {
  async searchDocuments(
    _parent,
    { text, jurisdictions, criteria, first, after },
    { readDataSource, principal, audit, signal },
  ) {
    requireRole(principal, READ_ROLES, 'searching');
    audit.describe('searchDocuments', { text, jurisdictions, criteria, first, after });
    const page = parsePage(first, after);
    const result = await searchDocuments(readDataSource, {
      viewer: principal,
      text: parseSearchText(text),
      jurisdictions: parseJurisdictions(jurisdictions),
      type: criteria?.type ?? undefined,
      issuingCountry: parseCountry(criteria?.issuingCountry, 'criteria.issuingCountry'),
      status: criteria?.status ?? undefined,
      page,
      signal,
    });
    return toConnection(audit, result.hits, result, page);
  },

  document: (_parent, { id }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return loaders.document.load(parseId(id));
  },

  checkDocument(_parent, args, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    context.audit.describe('checkDocument', args);
    return checkDocument(context, args);
  },

  checkDocuments(_parent, { items }, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    return checkDocuments(context, items);
  },
};
