import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// Every audit row names the request by an id a Liaison server made, never one a client chose: the gateway makes it
// and hands it to the subgraphs (`x-request-id`), so that one request's rows in each subgraph share it. A client's
// own `x-request-id` is kept beside it (`clientRequestId`), for the client's correlation only.

/** Header carrying the client's own request id from the gateway to the subgraphs. */
export const CLIENT_REQUEST_ID_HEADER = 'x-liaison-client-request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/**
 * Header carrying the client's operation name from the gateway to the subgraphs: the audit log names the operation
 * the client sent (`UnifiedSearch`), not the gateway's fetch of it (`UnifiedSearch__persons__0`).
 */
export const OPERATION_HEADER = 'x-liaison-operation';

/**
 * Header saying a subgraph fetch belongs to a client's mutation (`mutation`), so that every fetch of it, the gateway's
 * `_entities` queries after the write included, reads the primary (shared/read-replicas.ts). A routing hint only: sent
 * falsely, it sends reads to the primary, or to a replica that may not have replayed the caller's own write yet.
 */
export const OPERATION_TYPE_HEADER = 'x-liaison-operation-type';

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** In a subgraph: the client's operation name the gateway forwarded, when it is a GraphQL name. */
export function clientOperationNameOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[OPERATION_HEADER];
  return typeof value === 'string' && OPERATION_NAME.test(value) ? value : undefined;
}

/** A fresh request id (a UUID). */
export function newRequestId(): string {
  return randomUUID();
}

/** In a subgraph: the id the gateway made for the request, when it sent one. */
export function gatewayRequestId(headers: IncomingHttpHeaders): string | undefined {
  const value = headers['x-request-id'];
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined;
}

/** A client's own request id from `header`: 1 to 64 letters, digits or `_ . : -`; anything else is dropped. */
export function clientRequestIdOf(headers: IncomingHttpHeaders, header: string): string | undefined {
  const value = headers[header];
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : undefined;
}

/**
 * Header naming the searches of the same request that the gateway answered with no hits without sending them, because
 * their subgraph reads nothing in the text (gateway/src/search-routing.ts): sent with the one search of the same
 * arguments that went out, so that this subgraph's audit row records them as asked.
 */
export const SEARCHES_NOT_SENT_HEADER = 'x-liaison-searches-not-sent';

/** The search fields a unified search sends a text to; the only names `SEARCHES_NOT_SENT_HEADER` may carry. */
export const SEARCH_FIELDS = ['searchPersons', 'searchDocuments', 'searchVehicles', 'searchSeizures'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** In a subgraph: the searches the gateway answered without sending them, as `SEARCHES_NOT_SENT_HEADER` names them. */
export function searchesNotSentOf(headers: IncomingHttpHeaders): SearchField[] | undefined {
  const value = headers[SEARCHES_NOT_SENT_HEADER];
  if (typeof value !== 'string') return undefined;
  const fields = SEARCH_FIELDS.filter((field) => value.split(',').includes(field));
  return fields.length ? fields : undefined;
}
