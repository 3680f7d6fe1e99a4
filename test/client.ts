import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<TData = any> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export type ServiceName = 'gateway' | 'persons' | 'documents' | 'vehicles' | 'substances';

export function serviceUrl(service: ServiceName): string {
  const url = process.env[`LIAISON_${service.toUpperCase()}_URL`];
  if (!url) throw new Error(`LIAISON_${service.toUpperCase()}_URL is not set: run the suite with jest's global setup`);
  return url;
}

/** Sends one GraphQL request over HTTP, to the gateway unless a subgraph is named. */
export async function graphql<TData = any>(
  query: string,
  variables: Record<string, unknown> = {},
  service: ServiceName = 'gateway',
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(serviceUrl(service), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

/** Total SQL statements the four subgraphs have sent so far, read from their Prometheus metrics. */
export async function sqlStatementsSoFar(): Promise<number> {
  const counts = await Promise.all(
    (['persons', 'documents', 'vehicles', 'substances'] as const).map(async (service) => {
      const metrics = await (await fetch(serviceUrl(service).replace(/\/graphql$/, '/metrics'))).text();
      const match = /^liaison_sql_statements_total (\d+)/m.exec(metrics);
      return match ? Number(match[1]) : 0;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
