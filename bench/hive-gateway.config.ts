// Hive Gateway's configuration for `npm run bench` (bench/hive.ts starts it on gateway/supergraph.graphql): the
// subgraphs' addresses of this run, and the headers our subgraphs require, passed on from the client. Hive Gateway
// loads this file as an ES module, so it imports nothing of ours: bench/hive.ts passes the lists in the environment.
import { defineConfig } from '@graphql-hive/gateway';

const list = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
const SUBGRAPHS = list('BENCH_HIVE_SUBGRAPHS');
const PROPAGATED_HEADERS = list('BENCH_HIVE_PROPAGATED_HEADERS');

export const gatewayConfig = defineConfig({
  // Routing URLs come from the environment (PERSONS_URL, ...), as for our gateway, not from the supergraph.
  transportEntries: Object.fromEntries(
    SUBGRAPHS.map((name) => [name, { location: process.env[`${name.toUpperCase()}_URL`] }]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) =>
      Object.fromEntries(PROPAGATED_HEADERS.map((header) => [header, request.headers.get(header)])),
  },
  graphiql: false,
  landingPage: false,
  logging: 'warn',
});
