import type { SubscriptionResolvers } from '../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { liveNotifications } from '../feed';
import type { HitNotificationRow } from '../rows';
import { lastSequence } from '../store/notifications';
import type { ExchangeContext } from '../context';

export const Subscription: SubscriptionResolvers = {
  hitNotifications: {
    // Checked before the stream opens (src/subscriptions.ts answers a refusal as JSON); then one event per notification.
    subscribe: async (_parent, { after }, context) => {
      if (after != null && !/^\d{1,18}$/.test(after)) {
        throw badUserInput('after must be the cursor of a notification', 'after');
      }
      return notificationEvents(context, after ?? (await lastSequence(context.dataSource)));
    },
    resolve: (row: HitNotificationRow) => row,
  },
};

/** The subscriber's notifications after `cursor`, one at a time; each batch audited before its first is sent. */
async function* notificationEvents(context: ExchangeContext, cursor: string): AsyncGenerator<HitNotificationRow> {
  if (!context.live || !context.purpose) throw new Error('hitNotifications is subscribed to over server-sent events');
  const reader = { ...context, purpose: context.purpose, operation: 'hitNotifications subscription' };
  for await (const rows of liveNotifications(context.live, reader, cursor, context.signal)) yield* rows;
}
