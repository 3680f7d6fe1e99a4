// The two workloads, each in two forms over the same inputs: GraphQL request bodies for the gateways, and the same
// work as direct calls of the subgraphs' search and check functions (the raw SQL floor).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditTrail } from '../shared/audit';
import type { Principal } from '../shared/auth';
import type { RequestContext } from '../shared/context';
import { parsePage } from '../shared/pagination';
import type { SubgraphName } from '../shared/schema';
import { searchPersons } from '../subgraphs/persons/src/search/person-search';
import { searchDocuments } from '../subgraphs/documents/src/search/document-search';
import { searchVehicles } from '../subgraphs/vehicles/src/search/vehicle-search';
import { searchSeizures } from '../subgraphs/substances/src/search/seizure-search';
import { checkPerson } from '../subgraphs/persons/src/search/check';
import { checkDocument } from '../subgraphs/documents/src/search/check';
import { checkVehicle } from '../subgraphs/vehicles/src/search/check';
import type { CheckInput, Inputs } from './inputs';

export type WorkloadName = 'UnifiedSearch' | 'checks';
export const WORKLOADS: WorkloadName[] = ['UnifiedSearch', 'checks'];

const UNIFIED_SEARCH = readFileSync(path.resolve(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');

const CHECK_SELECTION = '{ hit matches { reference ownerJurisdiction ownerAgency { code name } status actionOnHit } }';
const CHECK_DOCUMENTS: Record<CheckInput['kind'], string> = {
  checkDocument: `query CheckDocument($number: String!, $issuingCountry: String!) {
  checkDocument(number: $number, issuingCountry: $issuingCountry) ${CHECK_SELECTION}
}`,
  checkVehicle: `query CheckVehicle($vin: String, $plate: String, $registrationCountry: String) {
  checkVehicle(vin: $vin, plate: $plate, registrationCountry: $registrationCountry) ${CHECK_SELECTION}
}`,
  checkPerson: `query CheckPerson($name: String!, $dateOfBirth: String) {
  checkPerson(name: $name, dateOfBirth: $dateOfBirth) ${CHECK_SELECTION}
}`,
};

const OPERATION_NAMES: Record<CheckInput['kind'], string> = {
  checkDocument: 'CheckDocument',
  checkVehicle: 'CheckVehicle',
  checkPerson: 'CheckPerson',
};

/** What each input is (its kind; for checks also hit or no-hit expected), in the inputs' order. */
export function inputLabels(workload: WorkloadName, inputs: Inputs): string[] {
  if (workload === 'UnifiedSearch') return inputs.unified.map((input) => input.kind);
  return inputs.checks.map((input) => `${input.kind}, ${input.hit ? 'sampled record' : 'altered (no hit expected)'}`);
}

/** The JSON bodies a gateway is sent, one per input, in the inputs' order. */
export function requestBodies(workload: WorkloadName, inputs: Inputs): string[] {
  if (workload === 'UnifiedSearch')
    return inputs.unified.map((input) =>
      JSON.stringify({ query: UNIFIED_SEARCH, operationName: 'UnifiedSearch', variables: { text: input.text } }),
    );
  return inputs.checks.map((input) =>
    JSON.stringify({
      query: CHECK_DOCUMENTS[input.kind],
      operationName: OPERATION_NAMES[input.kind],
      variables: input.args,
    }),
  );
}

/**
 * The floor: one "request" is what the subgraphs' resolvers hand to SQL for the same input — the four searches of a
 * unified search in parallel, or one check — called directly on each subgraph's DataSource, without HTTP, GraphQL,
 * tokens, node loading, links or the audit row. Each call resolves to whether it found anything.
 */
export function floorCalls(
  workload: WorkloadName,
  inputs: Inputs,
  dataSources: Record<SubgraphName, DataSource>,
  viewer: Principal,
): (() => Promise<boolean>)[] {
  const page = parsePage(10, null);
  if (workload === 'UnifiedSearch') {
    const base = { viewer, jurisdictions: [] as string[], page };
    return inputs.unified.map(
      ({ text }) =>
        () =>
          Promise.all([
            searchPersons(dataSources.persons, { ...base, text }),
            searchDocuments(dataSources.documents, { ...base, text }),
            searchVehicles(dataSources.vehicles, { ...base, text }),
            searchSeizures(dataSources.substances, { ...base, text, filters: {} }),
          ]).then((pages) => pages.some((page) => page.hits.length > 0)),
    );
  }
  // A check's request context: the viewer and an audit trail that nothing writes here.
  const context = (dataSource: DataSource) =>
    ({ dataSource, principal: viewer, audit: new AuditTrail() }) as unknown as RequestContext<unknown>;
  return inputs.checks.map((input) => {
    switch (input.kind) {
      case 'checkDocument':
        return () => checkDocument(context(dataSources.documents), input.args).then((result) => result.hit);
      case 'checkVehicle':
        return () => checkVehicle(context(dataSources.vehicles), input.args).then((result) => result.hit);
      case 'checkPerson':
        return () => checkPerson(context(dataSources.persons), input.args).then((result) => result.hit);
    }
  });
}
