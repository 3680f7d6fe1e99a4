import type { QueryResolvers } from '../generated/graphql';
import { parsePage } from '../../../../shared/pagination';
import { parseCountry, parseId, parseJurisdictions, parsePartialDate } from '../../../../shared/validation';
import { toConnection } from '../../../../shared/pagination';
import { parseToleranceDays, searchPersons } from '../search/person-search';

export const Query: QueryResolvers = {
  async searchPersons(_parent, { text, jurisdictions, criteria, first, after }, { dataSource }) {
    const page = parsePage(first, after);
    const result = await searchPersons(dataSource, {
      text: text ?? undefined,
      jurisdictions: parseJurisdictions(jurisdictions),
      dateOfBirth: criteria?.dateOfBirth ? parsePartialDate(criteria.dateOfBirth, 'criteria.dateOfBirth') : undefined,
      dateOfBirthToleranceDays: parseToleranceDays(criteria?.dateOfBirthToleranceDays),
      sex: criteria?.sex ?? undefined,
      nationality: parseCountry(criteria?.nationality, 'criteria.nationality'),
      alertKind: criteria?.alertKind ?? undefined,
      page,
    });
    return toConnection(result.hits, result.totalCount, page);
  },

  person: (_parent, { id }, { loaders }) => loaders.person.load(parseId(id)),
};
