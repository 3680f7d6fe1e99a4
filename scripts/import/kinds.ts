// The record types a bulk-import line may hold, each written by its subgraph's own RecordKind (the same definition
// the mutations use) into that subgraph's database.
import type { ProvenanceColumns } from '../../shared/provenance';
import type { SubgraphName } from '../../shared/schema';
import type { RecordKind } from '../../shared/writes';
import { DOCUMENTS_ENTITIES } from '../../subgraphs/documents/src/entities';
import { DOCUMENT_KIND } from '../../subgraphs/documents/src/writes';
import { VEHICLES_ENTITIES } from '../../subgraphs/vehicles/src/entities';
import { VEHICLE_KIND } from '../../subgraphs/vehicles/src/writes';
import { SUBSTANCES_ENTITIES } from '../../subgraphs/substances/src/entities';
import { SEIZURE_KIND } from '../../subgraphs/substances/src/writes';
import { PERSONS_ENTITIES } from '../../subgraphs/persons/src/entities';
import { PERSON_KIND } from '../../subgraphs/persons/src/writes';

export interface ImportKind {
  subgraph: SubgraphName;
  entities: Function[];
  kind: RecordKind<ProvenanceColumns>;
}

function importKind<T extends ProvenanceColumns>(kind: RecordKind<T>, entities: Function[]): ImportKind {
  return { subgraph: kind.schema, entities, kind: kind as unknown as RecordKind<ProvenanceColumns> };
}

/** Line `type` → how to write it. A Map, so that no `type` can reach an Object.prototype property. */
export const IMPORT_KINDS: ReadonlyMap<string, ImportKind> = new Map([
  [PERSON_KIND.importType, importKind(PERSON_KIND, PERSONS_ENTITIES)],
  [DOCUMENT_KIND.importType, importKind(DOCUMENT_KIND, DOCUMENTS_ENTITIES)],
  [VEHICLE_KIND.importType, importKind(VEHICLE_KIND, VEHICLES_ENTITIES)],
  [SEIZURE_KIND.importType, importKind(SEIZURE_KIND, SUBSTANCES_ENTITIES)],
]);
