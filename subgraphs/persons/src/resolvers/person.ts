import type { AlertResolvers, PersonResolvers, PersonSearchHitResolvers } from '../generated/graphql';
import { provenanceResolvers } from '../../../../shared/provenance';
import { isUuid } from '../../../../shared/validation';
import type { PersonEntity } from '../entities';

export const Person: PersonResolvers = {
  ...provenanceResolvers,
  // Unknown or malformed keys resolve to null rather than failing the whole _entities batch.
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.person.load(id.toLowerCase()) : null),
  dateOfBirth: (person) => partialDateOf(person),
  alerts: (person, _args, { loaders }) => loaders.alertsByPerson.load(person.id),
};

export const PersonSearchHit: PersonSearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loaders.person.load(hit.id))!,
};

export const Alert: AlertResolvers = {};

function partialDateOf({ dobYear, dobMonth, dobDay }: PersonEntity): string | null {
  if (!dobYear) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(dobYear), dobMonth && pad(dobMonth), dobMonth && dobDay && pad(dobDay)].filter(Boolean).join('-');
}
