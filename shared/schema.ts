import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The subgraphs that hold records and answer searches and checks. */
export const SEARCH_SUBGRAPH_NAMES = ['persons', 'documents', 'vehicles', 'substances'] as const;
export type SearchSubgraphName = (typeof SEARCH_SUBGRAPH_NAMES)[number];
/** Every subgraph: the four that hold records, and `exchange`, where the bureaus exchange information after a hit. */
export const SUBGRAPH_NAMES = [...SEARCH_SUBGRAPH_NAMES, 'exchange'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const ROOT = path.resolve(__dirname, '..');

/** The SDL a subgraph serves: the shared types followed by the subgraph's own schema.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  const common = readFileSync(path.join(ROOT, 'shared', 'common.graphql'), 'utf8');
  const own = readFileSync(path.join(ROOT, 'subgraphs', name, 'schema.graphql'), 'utf8');
  return `${own}\n${common}`;
}

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(subgraphSdl(name));
}
