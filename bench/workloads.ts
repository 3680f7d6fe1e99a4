// The workloads, each as GraphQL request bodies for the gateways over the sampled inputs, and (where the subgraphs have
// a function for it) the same work as direct calls of the subgraphs' search and check functions (the raw SQL floor).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type FieldDefinitionNode } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import type { DataSource } from 'typeorm';
import { AuditTrail } from '../shared/audit';
import type { Principal } from '../shared/auth';
import type { RequestContext } from '../shared/context';
import { parsePage } from '../shared/pagination';
import type { SubgraphName } from '../shared/schema';
import { SUPERGRAPH_PATH } from '../gateway/src/compose';
import { searchPersons } from '../subgraphs/persons/src/search/person-search';
import { searchDocuments } from '../subgraphs/documents/src/search/document-search';
import { searchVehicles } from '../subgraphs/vehicles/src/search/vehicle-search';
import { searchSeizures } from '../subgraphs/substances/src/search/seizure-search';
import { checkPerson, checkPersons } from '../subgraphs/persons/src/search/check';
import { checkDocument, checkDocuments } from '../subgraphs/documents/src/search/check';
import { checkVehicle, checkVehicles } from '../subgraphs/vehicles/src/search/check';
import type { CheckInput, Inputs } from './inputs';

export const WORKLOADS = ['UnifiedSearch', 'checks', 'batchChecks'] as const;
export type WorkloadName = (typeof WORKLOADS)[number];

/** Items in one batch-check request (the most the batch fields take). */
export const BATCH_SIZE = 100;
/** Distinct batch requests per batch field, each a different stretch of the sampled checks. */
const BATCHES_PER_FIELD = 24;

/** One request of a workload: its JSON body and what it is (the kind of input, for latency by kind). */
export interface Request {
  body: string;
  label: string;
}

const UNIFIED_SEARCH = readFileSync(path.resolve(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');

const CHECK_SELECTION = '{ hit matches { reference ownerJurisdiction ownerAgency { code name } status actionOnHit } }';
const CHECK_OPERATIONS: Record<CheckInput['kind'], { name: string; query: string }> = {
  checkDocument: {
    name: 'CheckDocument',
    query: `query CheckDocument($number: String!, $issuingCountry: String!) {
  checkDocument(number: $number, issuingCountry: $issuingCountry) ${CHECK_SELECTION}
}`,
  },
  checkVehicle: {
    name: 'CheckVehicle',
    query: `query CheckVehicle($vin: String, $plate: String, $registrationCountry: String) {
  checkVehicle(vin: $vin, plate: $plate, registrationCountry: $registrationCountry) ${CHECK_SELECTION}
}`,
  },
  checkPerson: {
    name: 'CheckPerson',
    query: `query CheckPerson($name: String!, $dateOfBirth: String) {
  checkPerson(name: $name, dateOfBirth: $dateOfBirth) ${CHECK_SELECTION}
}`,
  },
};

/** The batch field for each kind of single check; its items are the single check's arguments. */
const BATCH_FIELDS: Record<CheckInput['kind'], string> = {
  checkDocument: 'checkDocuments',
  checkVehicle: 'checkVehicles',
  checkPerson: 'checkPersons',
};

const checkLabel = (input: CheckInput) =>
  `${input.kind}, ${input.hit ? 'sampled record' : 'altered (no hit expected)'}`;

/** Query fields each workload needs from the supergraph. */
const FIELDS_USED: Record<WorkloadName, string[]> = {
  UnifiedSearch: ['searchPersons', 'searchDocuments', 'searchVehicles', 'searchSeizures'],
  checks: Object.keys(CHECK_OPERATIONS),
  batchChecks: Object.values(BATCH_FIELDS),
};

/** The Query fields of the committed supergraph (which both gateways serve), by name. */
export function supergraphQueryFields(): Map<string, FieldDefinitionNode> {
  const fields = new Map<string, FieldDefinitionNode>();
  for (const definition of parse(readFileSync(SUPERGRAPH_PATH, 'utf8')).definitions)
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === 'Query'
    )
      for (const field of definition.fields ?? []) fields.set(field.name.value, field);
  return fields;
}

/** Why a workload cannot run on this supergraph (the fields it lacks), or undefined when it can. */
export function missingFields(workload: WorkloadName, fields: Map<string, FieldDefinitionNode>): string | undefined {
  const missing = FIELDS_USED[workload].filter((name) => !fields.has(name));
  return missing.length ? `the supergraph has no ${missing.map((name) => `Query.${name}`).join(', ')}` : undefined;
}

/** Items a request of the workload carries: checks per request for the checks/s column. */
export const itemsPerRequest = (workload: WorkloadName) => (workload === 'batchChecks' ? BATCH_SIZE : 1);

/** The requests a gateway is sent, in the order they are cycled through. */
export function workloadRequests(
  workload: WorkloadName,
  inputs: Inputs,
  fields: Map<string, FieldDefinitionNode>,
): Request[] {
  const body = (query: string, operationName: string, variables: object) =>
    JSON.stringify({ query, operationName, variables });
  if (workload === 'UnifiedSearch')
    return inputs.unified.map((input) => ({
      body: body(UNIFIED_SEARCH, 'UnifiedSearch', { text: input.text }),
      label: input.kind,
    }));
  if (workload === 'checks')
    return inputs.checks.map((input) => ({
      body: body(CHECK_OPERATIONS[input.kind].query, CHECK_OPERATIONS[input.kind].name, input.args),
      label: checkLabel(input),
    }));
  return batches(inputs).map(({ field, items }) => {
    // The item type as the supergraph names it, so that the items travel as one variable like a client sends them.
    const itemsType = fields.get(field)?.arguments?.find((argument) => argument.name.value === 'items')?.type;
    if (!itemsType) throw new Error(`Query.${field} has no items argument`);
    const operation = `Check${field.slice('check'.length)}`;
    return {
      body: body(
        `query ${operation}($items: ${print(itemsType)}) {\n  ${field}(items: $items) ${CHECK_SELECTION}\n}`,
        operation,
        { items },
      ),
      label: batchLabel(field),
    };
  });
}

type Batch = {
  [Kind in CheckInput['kind']]: { kind: Kind; field: string; items: Extract<CheckInput, { kind: Kind }>['args'][] };
}[CheckInput['kind']];

const batchLabel = (field: string) => `${field} (${BATCH_SIZE} items)`;

/** The batch-check requests' items: the three batch fields in turn, each batch a different stretch of the checks. */
function batches(inputs: Inputs): Batch[] {
  const out: Batch[] = [];
  const stretch = <T>(list: T[], batch: number) =>
    // Each batch starts at a different place in the sample, so the batches differ while mixing hits and no-hits.
    Array.from({ length: BATCH_SIZE }, (_, i) => list[(batch * 37 + i) % list.length]);
  const documents = inputs.checks.flatMap((input) => (input.kind === 'checkDocument' ? [input.args] : []));
  const vehicles = inputs.checks.flatMap((input) => (input.kind === 'checkVehicle' ? [input.args] : []));
  const persons = inputs.checks.flatMap((input) => (input.kind === 'checkPerson' ? [input.args] : []));
  for (let batch = 0; batch < BATCHES_PER_FIELD; batch++)
    out.push(
      { kind: 'checkDocument', field: BATCH_FIELDS.checkDocument, items: stretch(documents, batch) },
      { kind: 'checkVehicle', field: BATCH_FIELDS.checkVehicle, items: stretch(vehicles, batch) },
      { kind: 'checkPerson', field: BATCH_FIELDS.checkPerson, items: stretch(persons, batch) },
    );
  return out;
}

/**
 * Results in a response body: nodes of search edges, or matches of checks. The SQL probe groups requests by it to see
 * whether statements grow with hits.
 */
export function resultsIn(workload: WorkloadName, body: string): number {
  return body.split(workload === 'UnifiedSearch' ? '"node":' : '"reference":').length - 1;
}

/**
 * The floor: one "request" is what the subgraphs' resolvers hand to SQL for the same input — the four searches of a
 * unified search in parallel, one check, or one batch of checks — called directly on each subgraph's DataSource, without HTTP, GraphQL,
 * tokens, node loading, links or the audit row. Each call resolves to whether it found anything.
 */
export function floorCalls(
  workload: WorkloadName,
  inputs: Inputs,
  dataSources: Record<SubgraphName, DataSource>,
  viewer: Principal,
): { call: () => Promise<boolean>; label: string }[] {
  const page = parsePage(10, null);
  if (workload === 'UnifiedSearch') {
    const base = { viewer, jurisdictions: [] as string[], page };
    return inputs.unified.map(({ text, kind }) => ({
      label: kind,
      call: () =>
        Promise.all([
          searchPersons(dataSources.persons, { ...base, text }),
          searchDocuments(dataSources.documents, { ...base, text }),
          searchVehicles(dataSources.vehicles, { ...base, text }),
          searchSeizures(dataSources.substances, { ...base, text, filters: {} }),
        ]).then((pages) => pages.some((page) => page.hits.length > 0)),
    }));
  }
  // A check's request context: the viewer and an audit trail that nothing writes here.
  const context = (dataSource: DataSource) =>
    ({
      dataSource,
      checkDataSource: dataSource,
      principal: viewer,
      audit: new AuditTrail(),
    }) as unknown as RequestContext<unknown>;
  if (workload === 'batchChecks')
    return batches(inputs).map((batch) => {
      const anyHit = (results: { hit: boolean }[]) => results.some((result) => result.hit);
      const label = batchLabel(batch.field);
      switch (batch.kind) {
        case 'checkDocument':
          return { label, call: () => checkDocuments(context(dataSources.documents), batch.items).then(anyHit) };
        case 'checkVehicle':
          return { label, call: () => checkVehicles(context(dataSources.vehicles), batch.items).then(anyHit) };
        case 'checkPerson':
          return { label, call: () => checkPersons(context(dataSources.persons), batch.items).then(anyHit) };
      }
    });
  return inputs.checks.map((input) => {
    const label = checkLabel(input);
    switch (input.kind) {
      case 'checkDocument':
        return { label, call: () => checkDocument(context(dataSources.documents), input.args).then((r) => r.hit) };
      case 'checkVehicle':
        return { label, call: () => checkVehicle(context(dataSources.vehicles), input.args).then((r) => r.hit) };
      case 'checkPerson':
        return { label, call: () => checkPerson(context(dataSources.persons), input.args).then((r) => r.hit) };
    }
  });
}

/**
 * Subgraph fetches in the gateway's query plan of a workload's operation (UnifiedSearch: the four searches and the
 * links they may need); checks are one fetch. Bounds the SQL statements a request may need.
 */
export function planFetches(workload: WorkloadName): number {
  if (workload !== 'UnifiedSearch') return 1;
  const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const operation = operationFromDocument(supergraph.schema, parse(UNIFIED_SEARCH), { operationName: 'UnifiedSearch' });
  const count = (node: PlanNode | undefined): number => {
    if (!node) return 0;
    if (node.kind === 'Fetch') return 1;
    if (node.kind === 'Sequence' || node.kind === 'Parallel')
      return node.nodes.reduce((sum, child) => sum + count(child), 0);
    if (node.kind === 'Flatten') return count(node.node);
    return 0;
  };
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operation).node;
  return plan?.kind === 'Subscription' ? 0 : count(plan);
}
