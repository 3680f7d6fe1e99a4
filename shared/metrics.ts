import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, with Node's default metrics. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Every SQL statement a service sends; the tests and the benchmark read it to count statements per request. */
export const sqlStatements = new Counter({
  name: 'liaison_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL',
  registers: [registry],
});

export const graphqlRequests = new Counter({
  name: 'liaison_graphql_requests_total',
  help: 'GraphQL requests served',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
