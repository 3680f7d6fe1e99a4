import { createLogger } from '../../../shared/logger';
import { startSubgraph, type SubgraphServices } from '../../../shared/subgraph';
import { connectHitPublisher, type HitPublisher } from './brokers';
import { StoredNotifications, mountExchangeRoutes } from './feed';
import { createExchangeLoaders } from './loaders';
import { BrokerPublisher } from './publisher';
import { resolvers } from './resolvers';
import { subscriptionStream } from './subscriptions';
import { runReplicated } from '../../../shared/replicas';

/** The live feeds' wake-ups and the broker's publisher, made once for the routes and the workers alike. */
function notificationDelivery(services: SubgraphServices, broker: HitPublisher | undefined) {
  const stored = new StoredNotifications(services.dataSource, services.log);
  const publisher = broker ? new BrokerPublisher(services.dataSource, broker, services.log) : undefined;
  return {
    stored,
    queueForBroker: publisher !== undefined,
    onStored: () => publisher?.wake(),
    start() {
      void stored.start();
      publisher?.start();
      return [stored, ...(publisher ? [publisher] : [])];
    },
  };
}

const log = createLogger('exchange');

async function main(): Promise<void> {
  // The broker, when one is configured (LIAISON_NATS_URL or LIAISON_AMQP_URL); without one the live feed serves alone.
  const broker = await connectHitPublisher(process.env, log);
  let delivery: ReturnType<typeof notificationDelivery> | undefined;
  const deliveryOf = (services: SubgraphServices) => (delivery ??= notificationDelivery(services, broker));
  await startSubgraph({
    name: 'exchange',
    entities: [],
    resolvers,
    createLoaders: createExchangeLoaders,
    routes: (app, services) => mountExchangeRoutes(app, services, deliveryOf(services)),
    eventStream: (services) => subscriptionStream(services, { ...services, stored: deliveryOf(services).stored }),
    workers: (services) => deliveryOf(services).start(),
  });
}

runReplicated('exchange', () =>
  main().catch((error: unknown) => {
    log.fatal({ err: error }, 'exchange failed to start');
    process.exit(1);
  }),
);
