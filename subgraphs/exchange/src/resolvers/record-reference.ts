import type {
  DocumentResolvers,
  PersonResolvers,
  RecordReferenceResolvers,
  SeizureResolvers,
  VehicleResolvers,
} from '../generated/graphql';
import { isUuid } from '../../../../shared/validation';
import { recordTypeEnum, type RecordReferenceSource } from '../rows';

/** The record as an entity reference, when it is of that type: its owning subgraph resolves it with the caller's visibility. */
function entity<T extends RecordReferenceSource['type']>(source: RecordReferenceSource, type: T) {
  return source.type === type ? { __typename: type, id: source.id } : null;
}

export const RecordReference: RecordReferenceResolvers = {
  type: (source) => recordTypeEnum(source.type),
  person: (source) => entity(source, 'Person'),
  document: (source) => entity(source, 'Document'),
  vehicle: (source) => entity(source, 'Vehicle'),
  seizure: (source) => entity(source, 'Seizure'),
};

// Records are owned by the search subgraphs: the key is all the exchange needs, so no database call here.
const reference = <T extends string>(__typename: T, id: string) =>
  isUuid(id) ? { __typename, id: id.toLowerCase() } : null;

export const Person: PersonResolvers = {
  __resolveReference: ({ id }) => reference('Person' as const, id),
  informationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRecord.load(id),
};

export const Document: DocumentResolvers = {
  __resolveReference: ({ id }) => reference('Document' as const, id),
  informationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRecord.load(id),
};

export const Vehicle: VehicleResolvers = {
  __resolveReference: ({ id }) => reference('Vehicle' as const, id),
  informationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRecord.load(id),
};

export const Seizure: SeizureResolvers = {
  __resolveReference: ({ id }) => reference('Seizure' as const, id),
  informationRequests: ({ id }, _args, { loaders }) => loaders.requestsByRecord.load(id),
};
