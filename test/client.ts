import type { GraphQLFormattedError } from 'graphql';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  gatewayCredentialSigner,
  signDevelopmentToken,
  type Principal,
} from '../shared/auth';
import { serviceRequest } from '../shared/tls';

export interface GraphQLResponse<TData = any> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export type ServiceName = 'gateway' | 'persons' | 'documents' | 'vehicles' | 'substances' | 'exchange';

export function serviceUrl(service: ServiceName): string {
  const url = process.env[`LIAISON_${service.toUpperCase()}_URL`];
  if (!url) throw new Error(`LIAISON_${service.toUpperCase()}_URL is not set: run the suite with jest's global setup`);
  return url;
}

/** The officer the tests act as unless they say otherwise. */
export const OFFICER: Principal = { userId: 'test-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };

const tokens = new Map<string, Promise<string>>();
/** A signed token for a principal (cached per principal for the run). */
export function tokenFor(principal: Principal = OFFICER): Promise<string> {
  const key = JSON.stringify(principal);
  if (!tokens.has(key)) tokens.set(key, signDevelopmentToken(principal));
  return tokens.get(key)!;
}

let gatewayCredential: ReturnType<typeof gatewayCredentialSigner> | undefined;
/** The gateway's credential for a subgraph and the user token sent with it, signed as the gateway signs it. */
export async function gatewayCredentialFor(subgraph: ServiceName, userToken: string): Promise<string> {
  gatewayCredential ??= gatewayCredentialSigner();
  return (await gatewayCredential)(subgraph, userToken);
}

/** The Prometheus metrics URL of a service (its own port), set by jest's global setup. */
export function metricsUrl(service: ServiceName): string {
  const url = process.env[`LIAISON_${service.toUpperCase()}_METRICS_URL`];
  if (!url)
    throw new Error(`LIAISON_${service.toUpperCase()}_METRICS_URL is not set: run the suite with jest's global setup`);
  return url;
}

/** POSTs JSON to a service, over HTTPS trusting the services' CA when it serves HTTPS, and parses the answer. */
export async function postJson<T = any>(url: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const answer = await serviceRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return JSON.parse(answer.body) as T;
}

/** Sends a raw body (anything, bad requests included) and returns the status, content type and text of the answer. */
export async function postRaw(
  url: string,
  headers: Record<string, string>,
  body: string | Buffer,
  method = 'POST',
): Promise<{ status: number; type: string; text: string }> {
  const answer = await serviceRequest(url, { method, headers, body: method === 'GET' ? undefined : body });
  return { status: answer.status, type: String(answer.headers['content-type'] ?? ''), text: answer.body };
}

/** The headers the gateway adds for a subgraph: its credential for that subgraph and the user token. */
export async function subgraphHeaders(service: ServiceName, userToken: string): Promise<Record<string, string>> {
  return { [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredentialFor(service, userToken) };
}

export interface RequestOptions {
  /** Acts as this principal (default OFFICER); `null` sends no token at all. */
  principal?: Principal | null;
  /** A raw Authorization header value instead of a signed token. */
  authorization?: string;
  /** Purpose or case reference; defaults to a test case reference, `null` sends none. */
  purpose?: string | null;
  /**
   * For a direct subgraph call: send the gateway's credential as the gateway would, for that subgraph and the user
   * token sent (default true).
   */
  asGateway?: boolean;
  /**
   * At the gateway, a principal bound to a schema contract (a partner) is sent to its contract's endpoint,
   * `/contracts/<contract>/graphql`, unless this is false (to probe the binding).
   */
  contractEndpoint?: boolean;
}

/** Sends one GraphQL request over HTTP, to the gateway unless a subgraph is named. */
export async function graphql<TData = any>(
  query: string,
  variables: Record<string, unknown> = {},
  service: ServiceName = 'gateway',
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.principal !== null) headers.authorization = `Bearer ${await tokenFor(options.principal ?? OFFICER)}`;
  if (options.purpose !== null) headers[PURPOSE_HEADER] = options.purpose ?? 'TEST-CASE-2026-0001';
  if (service !== 'gateway' && options.asGateway !== false) {
    const userToken = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ?? '';
    headers[GATEWAY_CREDENTIAL_HEADER] = await gatewayCredentialFor(service, userToken);
  }
  const contract =
    service === 'gateway' && options.contractEndpoint !== false ? options.principal?.contract : undefined;
  const url = contract
    ? serviceUrl(service).replace(/\/graphql$/, `/contracts/${contract}/graphql`)
    : serviceUrl(service);
  return postJson<GraphQLResponse<TData>>(url, headers, { query, variables });
}

/** Total SQL statements the four subgraphs have sent so far, read from their Prometheus metrics. */
export async function sqlStatementsSoFar(): Promise<number> {
  return metricSoFar('liaison_sql_statements_total');
}

/** A counter summed over the four subgraphs' Prometheus metrics. */
export async function metricSoFar(name: string): Promise<number> {
  const counts = await Promise.all(
    (['persons', 'documents', 'vehicles', 'substances'] as const).map(async (service) => {
      const metrics = await (await fetch(metricsUrl(service))).text();
      const match = new RegExp(`^${name} (\\d+)`, 'm').exec(metrics);
      return match ? Number(match[1]) : 0;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Sends a request that must be refused, and returns the refusal: no data, and errors that all carry one code (a
 * contract's validation names every unknown type it meets, one error each).
 */
export async function refusal(
  query: string,
  variables: Record<string, unknown>,
  principal: Principal,
  service: ServiceName = 'gateway',
): Promise<GraphQLFormattedError> {
  const { data, errors } = await graphql(query, variables, service, { principal });
  expect(data ?? null).toBeNull();
  expect(errors?.length).toBeGreaterThan(0);
  expect(new Set(errors!.map((error) => error.extensions?.code)).size).toBe(1);
  return errors![0];
}
