// Schema contracts (SPEC 1): partner systems integrate against a stable, filtered schema, not the whole graph. A
// contract is the part of the supergraph whose elements carry its `@tag`, composed with The Guild's MIT composition
// library (Apollo's own composition has no contracts). Each contract keeps, in gateway/contracts/<name>/, the
// supergraph its endpoint serves, its public schema as it is now, and its released versions: a change that breaks
// the latest release fails `npm run check` until it is released as a new version.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeSchemaContract } from '@theguild/federation-composition';
import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';
import { subgraphUrl } from '../../shared/config';
import { SUBGRAPH_NAMES, subgraphTypeDefs } from '../../shared/schema';

export interface Contract {
  /** The contract's name: the `contract` claim of the partner credentials bound to it, and its URL path. */
  name: string;
  /** Elements tagged with one of these are in the contract. */
  include: readonly string[];
  description: string;
}

export const CONTRACTS: readonly Contract[] = [
  {
    name: 'hit-no-hit',
    include: ['hit-no-hit'],
    description: 'Hit/no-hit checks of documents, vehicles and persons, for partner systems: no personal data.',
  },
];

const CONTRACTS_DIR = path.join(__dirname, '..', 'contracts');

export function contractFiles(contract: Contract) {
  const dir = path.join(CONTRACTS_DIR, contract.name);
  return {
    dir,
    /** The contract's supergraph, which its gateway endpoint serves. */
    supergraph: path.join(dir, 'supergraph.graphql'),
    /** The public schema partners see, as the subgraphs now make it. */
    schema: path.join(dir, 'schema.graphql'),
    releases: path.join(dir, 'releases'),
  };
}

/** The contract endpoint's path on the gateway. */
export function contractPath(contract: Contract): string {
  return `/contracts/${contract.name}/graphql`;
}

/** Composes a contract from the four subgraphs, throwing with every composition error. */
export function composeContract(contract: Contract): { supergraphSdl: string; publicSdl: string } {
  const result = composeSchemaContract(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      typeDefs: subgraphTypeDefs(name),
      url: subgraphUrl(name, { forSupergraph: true }),
    })),
    { include: new Set(contract.include), exclude: new Set() },
    true,
  );
  if (result.errors) {
    throw new Error(
      `Contract ${contract.name} failed to compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return { supergraphSdl: result.supergraphSdl, publicSdl: result.publicSdl };
}

/** The released versions of a contract, oldest first: `releases/v1.graphql`, `v2`, ... */
export function releases(contract: Contract): { version: number; file: string }[] {
  const dir = contractFiles(contract).releases;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const match = /^v(\d+)\.graphql$/.exec(name);
      return match ? [{ version: Number(match[1]), file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** What `publicSdl` breaks for a partner coded against the latest release (nothing when there is no release). */
export function breakingChanges(contract: Contract, publicSdl: string): BreakingChange[] {
  const latest = releases(contract).at(-1);
  if (!latest) return [];
  return findBreakingChanges(buildSchema(readFileSync(latest.file, 'utf8')), buildSchema(publicSdl));
}
