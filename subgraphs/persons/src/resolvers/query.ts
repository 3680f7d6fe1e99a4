import type { QueryResolvers } from '../generated/graphql';
import { parsePage } from '../../../../shared/pagination';
import {
  parseCountry,
  parseId,
  parseIds,
  parseJurisdictions,
  parsePartialDate,
  parseSearchText,
} from '../../../../shared/validation';
import { toConnection } from '../../../../shared/pagination';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { parseToleranceDays, searchPersons } from '../search/person-search';
import { openAuditLogReport, openHitReport } from '../../../../shared/audit-queries';
import { CHECK_ROLES } from '../../../../shared/check';
import { checkPerson, checkPersons } from '../search/check';

export const Query: QueryResolvers = {
  async searchPersons(
    _parent,
    { text, jurisdictions, criteria, first, after },
    { readDataSource, principal, audit, signal },
  ) {
    requireRole(principal, READ_ROLES, 'searching');
    audit.describe('searchPersons', { text, jurisdictions, criteria, first, after });
    const page = parsePage(first, after);
    const result = await searchPersons(readDataSource, {
      viewer: principal,
      text: parseSearchText(text),
      jurisdictions: parseJurisdictions(jurisdictions),
      dateOfBirth: criteria?.dateOfBirth ? parsePartialDate(criteria.dateOfBirth, 'criteria.dateOfBirth') : undefined,
      dateOfBirthToleranceDays: parseToleranceDays(criteria?.dateOfBirthToleranceDays),
      sex: criteria?.sex ?? undefined,
      nationality: parseCountry(criteria?.nationality, 'criteria.nationality'),
      alertKind: criteria?.alertKind ?? undefined,
      page,
      signal,
    });
    return toConnection(audit, result.hits, result, page);
  },

  person: (_parent, { id }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return loaders.person.load(parseId(id));
  },

  persons: (_parent, { ids }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return Promise.all(parseIds(ids, 'ids').map((id) => loaders.person.load(id)));
  },

  // Persons opens the federated reports; each subgraph then answers its own field from its own audit log.
  hitsOnMyRecords: (_parent, { filter }, context) => openHitReport(context, filter),

  auditLog: (_parent, { filter }, context) => openAuditLogReport(context, filter),

  checkPerson(_parent, args, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    context.audit.describe('checkPerson', args);
    return checkPerson(context, args);
  },

  checkPersons(_parent, { items }, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    return checkPersons(context, items);
  },
};
