import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, subgraphTypeDefs } from '../../shared/schema';
import { subgraphUrl } from '../../shared/config';

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'supergraph.graphql');

/** Composes the four subgraphs' SDL into a supergraph, throwing with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      typeDefs: subgraphTypeDefs(name),
      // The routing URL is a placeholder the gateway overrides from its environment at start.
      url: subgraphUrl(name, { forSupergraph: true }),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
