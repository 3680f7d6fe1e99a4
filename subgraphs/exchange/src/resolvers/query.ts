import type { QueryResolvers } from '../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { encodeCursor, parsePage } from '../../../../shared/pagination';
import { parseId } from '../../../../shared/validation';
import { READ_ROLES, requireRole } from '../../../../shared/visibility';
import { notificationsAfter } from '../store/notifications';
import { listRequests, requestsByIds, type Side } from '../store/requests';
import type { ExchangeContext } from '../context';

const MAX_NOTIFICATIONS_PAGE = 500;

export const Query: QueryResolvers = {
  hitNotifications: async (_parent, { after, first }, context) => {
    requireRole(context.principal, READ_ROLES, 'hit notifications');
    context.audit.describe('hitNotifications', { after, first });
    const limit = first ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NOTIFICATIONS_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_NOTIFICATIONS_PAGE}, got ${limit}`, 'first');
    }
    if (after != null && !/^\d{1,18}$/.test(after)) {
      throw badUserInput('after must be the cursor of a notification', 'after');
    }
    const rows = await notificationsAfter(context.dataSource, context.principal.jurisdiction, after ?? '0', limit + 1);
    const page = rows.slice(0, limit);
    context.audit.disclose(page.map((row) => row.id));
    return {
      edges: page.map((node) => ({ cursor: node.sequence, node })),
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: after != null,
        startCursor: page[0]?.sequence ?? null,
        endCursor: page.at(-1)?.sequence ?? after ?? null,
      },
    };
  },
  informationRequestInbox: (_parent, args, context) => requestPage('owner', 'informationRequestInbox', args, context),
  sentInformationRequests: (_parent, args, context) =>
    requestPage('requester', 'sentInformationRequests', args, context),
  informationRequest: async (_parent, { id }, context) => {
    requireRole(context.principal, READ_ROLES, 'information requests');
    context.audit.describe('informationRequest', { id });
    const [request] = await requestsByIds(context.dataSource, [parseId(id)], context.principal.jurisdiction);
    if (request) context.audit.disclose([request.id]);
    return request;
  },
};

/** A page of the inbox or of the sent requests, every request on it audited as read. */
async function requestPage(
  side: Side,
  field: string,
  args: { status?: readonly string[] | null; first?: number | null; after?: string | null },
  context: ExchangeContext,
) {
  requireRole(context.principal, READ_ROLES, 'information requests');
  context.audit.describe(field, args);
  const page = parsePage(args.first, args.after);
  const rows = await listRequests(context.dataSource, side, context.principal.jurisdiction, args.status ?? null, {
    limit: page.limit + 1,
    offset: page.offset,
  });
  const nodes = rows.slice(0, page.limit);
  context.audit.disclose(nodes.map((row) => row.id));
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
