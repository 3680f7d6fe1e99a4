import type { RequestContext } from '../../../shared/context';
import type { LiveNotificationSource } from './feed';
import type { ExchangeLoaders } from './loaders';

export type ExchangeContext = RequestContext<ExchangeLoaders> & {
  /** Where a subscription's notifications come from; set only for a subscription (src/subscriptions.ts). */
  live?: LiveNotificationSource;
};
