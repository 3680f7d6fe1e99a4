import { GraphQLError } from 'graphql';
import { PURPOSE_HEADER } from './auth';
import { gatewayUrl } from './config';

// A record links to records another subgraph owns (a document's holder, a seizure's persons and vehicles). Before a
// write stores such a link, the owning subgraph says which of the ids the writer may see, asked through the gateway
// with the writer's own token and purpose: its visibility rule decides, and its audit log records the lookup. An id
// the writer may not see is refused exactly as an unknown one is, so that a write is no oracle for hidden records.

export type LinkedType = 'Person' | 'Vehicle';

const LOOKUPS: Record<LinkedType, string> = {
  Person: 'query LinkCheck($ids: [ID!]!) { records: persons(ids: $ids) { id } }',
  Vehicle: 'query LinkCheck($ids: [ID!]!) { records: vehicles(ids: $ids) { id } }',
};

const LOOKUP_TIMEOUT_MS = 5_000;

export interface LinkingCaller {
  /** The writer's bearer token, as the subgraph received it. */
  token: string;
  purpose?: string;
  requestId: string;
}

function unavailable(type: LinkedType, reason: string): GraphQLError {
  return new GraphQLError(`the linked ${type.toLowerCase()}s could not be checked (${reason}): nothing was changed`, {
    extensions: { code: 'LINK_CHECK_UNAVAILABLE', http: { status: 503 } },
  });
}

/** The ids among `ids` (lower-case UUIDs, at most 100) that the caller may see. */
export async function visibleLinkedIds(type: LinkedType, ids: string[], caller: LinkingCaller): Promise<Set<string>> {
  let body: { data?: { records?: ({ id: string } | null)[] } | null; errors?: { message: string }[] };
  try {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${caller.token}`,
        'x-request-id': caller.requestId,
        ...(caller.purpose ? { [PURPOSE_HEADER]: caller.purpose } : {}),
      },
      body: JSON.stringify({ query: LOOKUPS[type], variables: { ids } }),
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw unavailable(type, (error as Error).message);
  }
  if (body.errors?.length || !body.data?.records) throw unavailable(type, body.errors?.[0]?.message ?? 'no answer');
  return new Set(body.data.records.flatMap((record) => (record ? [record.id] : [])));
}
