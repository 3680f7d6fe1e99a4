import type { SubstanceResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { catalogueNames, catalogueSubstance } from '../catalogue';

// The catalogue is code, held in memory: no SQL.
export const Substance: SubstanceResolvers = {
  __resolveReference: ({ id }, { principal }) => {
    requireRole(principal, READ_ROLES, 'reading records');
    return isUuid(id) ? catalogueSubstance(id.toLowerCase()) : null;
  },
  names: (substance) => [...catalogueNames(substance.id)],
  schedules: (substance) => substance.schedules,
};
