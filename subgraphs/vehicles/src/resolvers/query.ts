import type { QueryResolvers } from '../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { parsePage, toConnection } from '../../../../shared/pagination';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { CHECK_ROLES } from '../../../../shared/check';
import { checkVehicle, checkVehicles } from '../search/check';
import { parseCountry, parseId, parseIds, parseJurisdictions, parseSearchText } from '../../../../shared/validation';
import { searchVehicles } from '../search/vehicle-search';

export const Query: QueryResolvers = {
  async searchVehicles(
    _parent,
    { text, jurisdictions, criteria, first, after },
    { readDataSource, principal, audit, signal },
  ) {
    requireRole(principal, READ_ROLES, 'searching');
    audit.describe('searchVehicles', { text, jurisdictions, criteria, first, after });
    const page = parsePage(first, after);
    const make = criteria?.make?.trim();
    if (make === '') throw badUserInput('criteria.make must not be empty', 'criteria.make');
    const result = await searchVehicles(readDataSource, {
      viewer: principal,
      text: parseSearchText(text),
      jurisdictions: parseJurisdictions(jurisdictions),
      type: criteria?.type ?? undefined,
      registrationCountry: parseCountry(criteria?.registrationCountry, 'criteria.registrationCountry'),
      status: criteria?.status ?? undefined,
      make,
      page,
      signal,
    });
    return toConnection(audit, result.hits, result, page);
  },

  vehicle: (_parent, { id }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return loaders.vehicle.load(parseId(id));
  },

  vehicles: (_parent, { ids }, { loaders, principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return Promise.all(parseIds(ids, 'ids').map((id) => loaders.vehicle.load(id)));
  },

  checkVehicle(_parent, args, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    context.audit.describe('checkVehicle', args);
    return checkVehicle(context, args);
  },

  checkVehicles(_parent, { items }, context) {
    requireRole(context.principal, CHECK_ROLES, 'a hit/no-hit check');
    return checkVehicles(context, items);
  },
};
