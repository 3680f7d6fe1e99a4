import type { SubstanceResolvers } from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';

export const Substance: SubstanceResolvers = {
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.substance.load(id.toLowerCase()) : null),
  names: (substance, _args, { loaders }) => loaders.namesBySubstance.load(substance.id),
  schedules: (substance) => substance.schedules,
};
