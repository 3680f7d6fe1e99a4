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

/**
 * Statements of work no request waits on (the exchange storing a relay's delivery of hit notifications): counted apart,
 * so that statements per request stay those of the request.
 */
export const backgroundSqlStatements = new Counter({
  name: 'liaison_background_sql_statements_total',
  help: 'SQL statements of background work (relayed hit notifications), not of any request',
  registers: [registry],
});

/**
 * The audit INSERTs among them: group commit merges the rows of concurrent fetches, so their number depends on timing
 * (at most one per subgraph fetch), and the tests count the other statements apart.
 */
export const auditInserts = new Counter({
  name: 'liaison_audit_inserts_total',
  help: 'Audit-log INSERT statements (each carries the rows of one or more requests)',
  registers: [registry],
});

export const statementsStopped = new Counter({
  name: 'liaison_statements_stopped_total',
  help: 'SQL statements stopped because their caller left before the answer',
  registers: [registry],
});

export const graphqlRequests = new Counter({
  name: 'liaison_graphql_requests_total',
  help: 'GraphQL requests served',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const hitNotificationsRelayed = new Counter({
  name: 'liaison_hit_notifications_relayed_total',
  help: "Hit notifications shipped from this service's outbox to the exchange subgraph",
  registers: [registry],
});
