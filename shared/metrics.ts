import http from 'node:http';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { metricsHost } from './config';

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

/**
 * /metrics on its own plain-HTTP port (metricsHost(), loopback by default): Prometheus, not the API's callers.
 * `exposition` is this process's registry, or a cluster primary's sum of its workers' (shared/replicas.ts).
 */
export async function serveMetrics(port: number, exposition: () => Promise<string>): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?', 1)[0] !== '/metrics') {
      response.statusCode = 404;
      return void response.end();
    }
    exposition().then(
      (text) => {
        response.setHeader('content-type', registry.contentType);
        response.end(text);
      },
      () => {
        response.statusCode = 500;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, metricsHost(), resolve);
  });
  return server;
}
