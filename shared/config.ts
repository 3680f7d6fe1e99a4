import type { SubgraphName } from './schema';

const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  persons: 4001,
  documents: 4002,
  vehicles: 4003,
  substances: 4004,
  exchange: 4005,
};

export function envName(name: string, suffix: string): string {
  return `${name.toUpperCase()}_${suffix}`;
}

/** Port a service listens on: `<NAME>_PORT` (e.g. `PERSONS_PORT`, `GATEWAY_PORT`) or its default. */
export function servicePort(name: SubgraphName | 'gateway'): number {
  const raw = process.env[envName(name, 'PORT')];
  return raw ? Number(raw) : DEFAULT_PORTS[name];
}

/** Whether the subgraphs serve HTTPS (the default) or plain HTTP (`LIAISON_TLS=off`: the benchmark, a mesh's sidecar). */
export function tlsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|false|0|no)$/i.test(env.LIAISON_TLS ?? '');
}

/**
 * The address a service listens on: `<NAME>_HOST`, else `LIAISON_LISTEN_HOST`, else loopback only (a subgraph answers
 * the gateway on the same host or behind a proxy; opening it wider is a decision, not a default).
 */
export function listenHost(name: SubgraphName | 'gateway'): string {
  return process.env[envName(name, 'HOST')] || process.env.LIAISON_LISTEN_HOST || '127.0.0.1';
}

/**
 * Port of a service's /metrics, apart from its API so that scrapers reach it and callers do not:
 * `<NAME>_METRICS_PORT`, else the API port + 5400 (gateway 9400, persons 9401, ...), on `LIAISON_METRICS_HOST`
 * (default loopback); 0 picks a free port.
 */
export function metricsPort(name: SubgraphName | 'gateway'): number {
  const raw = process.env[envName(name, 'METRICS_PORT')];
  return raw ? Number(raw) : DEFAULT_PORTS[name] + 5400;
}

export function metricsHost(): string {
  return process.env.LIAISON_METRICS_HOST || '127.0.0.1';
}

/**
 * Where the gateway reaches a subgraph: `<NAME>_URL` or 127.0.0.1 on its port, over HTTPS unless `LIAISON_TLS=off`. The committed supergraph always
 * carries the default URL so that it does not depend on the machine that composed it.
 */
export function subgraphUrl(name: SubgraphName, opts: { forSupergraph?: boolean } = {}): string {
  if (opts.forSupergraph) return `http://localhost:${DEFAULT_PORTS[name]}/graphql`;
  // 127.0.0.1, not localhost: no name lookup for each new connection to a subgraph.
  return (
    process.env[envName(name, 'URL')] ?? `${tlsEnabled() ? 'https' : 'http'}://127.0.0.1:${servicePort(name)}/graphql`
  );
}

/** Where a subgraph reaches the gateway (to check the links a write stores): `GATEWAY_URL` or loopback on its port. */
export function gatewayUrl(): string {
  return process.env.GATEWAY_URL ?? `http://127.0.0.1:${servicePort('gateway')}/graphql`;
}

/**
 * Connection string for a subgraph's database: `<NAME>_DATABASE_URL`, else `DATABASE_URL`. It is the migrating
 * (owner's or administrator's) URL of migrations, seed and import; a service connects as its own role
 * (`serviceDatabaseUrl`, shared/database-roles.ts).
 */
export function databaseUrl(name?: SubgraphName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return (name && env[envName(name, 'DATABASE_URL')]) || env.DATABASE_URL || undefined;
}

/**
 * PostgreSQL read replicas of a subgraph's database (shared/read-replicas.ts): `<NAME>_READ_DATABASE_URLS`, else
 * `READ_DATABASE_URLS`, comma-separated; none when neither is set.
 */
export function readDatabaseUrls(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env[envName(name, 'READ_DATABASE_URLS')] || env.READ_DATABASE_URLS || '';
  return raw
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

export const isProduction = process.env.NODE_ENV === 'production';
/** Development conveniences (field suggestions in errors) only when asked for; `npm start` asks. */
export const isDevelopment = process.env.NODE_ENV === 'development';
