import type { AlertResolvers, PersonResolvers, PersonSearchHitResolvers } from '../generated/graphql';
import { provenanceResolvers } from '../../../../shared/provenance';
import { isUuid } from '../../../../shared/validation';
import { versionsForOwner } from '../../../../shared/versions';
import { formatDateOfBirth } from '../date-of-birth';

export const Person: PersonResolvers = {
  ...provenanceResolvers,
  // Unknown or malformed keys resolve to null rather than failing the whole _entities batch.
  __resolveReference: ({ id }, { loaders }) => (isUuid(id) ? loaders.person.load(id.toLowerCase()) : null),
  dateOfBirth: (person) => formatDateOfBirth(person),
  alerts: (person, _args, { loaders }) => loaders.alertsByPerson.load(person.id),
  versions: (person, _args, { principal, loaders }) => versionsForOwner(person, principal, loaders.versions),
};

export const PersonSearchHit: PersonSearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loaders.person.load(hit.id))!,
};

export const Alert: AlertResolvers = {};
