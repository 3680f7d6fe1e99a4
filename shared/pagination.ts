import type { AuditTrail } from './audit';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit: number;
  offset: number;
}

/** Relay `first`: the page size, 20 unless given, 1 to MAX_PAGE_SIZE. */
export function parseFirst(first: number | null | undefined): number {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`, 'first');
  }
  return limit;
}

/** Relay `first`/`after` to limit/offset. Cursors are opaque: base64 of the hit's position in the ranking. */
export function parsePage(first: number | null | undefined, after: string | null | undefined): PageRequest {
  return { limit: parseFirst(first), offset: after ? decodeCursor(after) + 1 : 0 };
}

export function encodeCursor(position: number): string {
  return Buffer.from(`hit:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^hit:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after is not a cursor returned by this search', 'after');
  return Number(match[1]);
}

export interface Connection<TEdge> {
  edges: (TEdge & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  totalCountCapped: boolean;
}

/**
 * A ranked page as a Relay connection; `totalCountCapped` says the count stopped at the search's cap. The page's hits
 * are logged as disclosed whatever the caller selects: a score, a `matchedOn.value` or a count reveals a match as
 * surely as the node does.
 */
export function toConnection<TEdge extends { id: string }>(
  audit: AuditTrail,
  items: TEdge[],
  { totalCount, totalCountCapped }: { totalCount: number; totalCountCapped: boolean },
  page: PageRequest,
): Connection<TEdge> {
  audit.disclose(items.map((item) => item.id));
  const edges = items.map((item, index) => ({ ...item, cursor: encodeCursor(page.offset + index) }));
  return {
    edges,
    totalCount,
    totalCountCapped,
    pageInfo: {
      hasNextPage: page.offset + edges.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
