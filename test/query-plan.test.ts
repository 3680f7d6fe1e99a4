import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { SUPERGRAPH_PATH } from '../gateway/src/compose';

function firstFetchService(node: PlanNode): string | undefined {
  if (node.kind === 'Fetch') return node.serviceName;
  if (node.kind === 'Sequence') return firstFetchService(node.nodes[0]);
  return undefined;
}

describe('UnifiedSearch query plan', () => {
  it('starts with the four subgraph searches in parallel, in one gateway request', () => {
    const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    const document = parse(readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8'));
    const operation = operationFromDocument(supergraph.schema, document, { operationName: 'UnifiedSearch' });
    const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);

    expect(plan.node?.kind).toBe('Parallel');
    const branches = plan.node?.kind === 'Parallel' ? plan.node.nodes : [];
    expect(branches.map(firstFetchService).sort()).toEqual(['documents', 'persons', 'substances', 'vehicles']);
  });
});
