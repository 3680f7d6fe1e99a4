import { jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, StorageType } from '@nats-io/jetstream';
import { connect as connectNats, nanos, type NatsConnection } from '@nats-io/transport-node';
import { connect as connectAmqp, type ChannelModel, type ConfirmChannel } from 'amqplib';
import type pino from 'pino';

/** One hit notification as published: `id` is its stable message id (a UUID) for de-duplication. */
export interface HitMessage {
  id: string;
  ownerJurisdiction: string;
  body: Record<string, unknown>;
}

export interface HitPublisher {
  readonly kind: 'nats' | 'rabbitmq';
  /** Resolves once the broker has acknowledged every message (JetStream PubAck / RabbitMQ publisher confirm); rejects otherwise, so the caller keeps them and retries. */
  publish(messages: HitMessage[]): Promise<void>;
  close(): Promise<void>;
}

// Longer than the server's 2-minute default, so a batch retried after a short outage is still recognised as a copy.
const DUPLICATE_WINDOW_MS = 10 * 60_000;
// Bounds an AMQP connection attempt and a wait for confirms, so a silent broker makes publish reject instead of hang.
const AMQP_TIMEOUT_MS = 10_000;

/** The jurisdiction code as a subject token or routing key, refused unless it is two upper-case letters. */
function jurisdictionKey(code: string): string {
  // A '.', '*', '>' or '#' in a code would address other jurisdictions' subjects or bindings.
  if (!/^[A-Z]{2}$/.test(code))
    throw new Error(`Hit notification refused: jurisdiction ${JSON.stringify(code)} is not two upper-case letters`);
  return code;
}

/**
 * The configured broker from the environment, or undefined when none is configured.
 *
 * - `LIAISON_NATS_URL` (e.g. `nats://127.0.0.1:4222`): publish to NATS JetStream.
 * - `LIAISON_AMQP_URL` (e.g. `amqp://guest:guest@127.0.0.1:5672`): publish to RabbitMQ. Setting both is an error.
 * - `LIAISON_NATS_STREAM` (default `LIAISON_HITS`): the JetStream stream, created (subjects `<prefix>.>`, file storage) if missing.
 * - `LIAISON_NATS_SUBJECT_PREFIX` (default `liaison.hits`): messages go to `<prefix>.<ownerJurisdiction>`.
 * - `LIAISON_AMQP_EXCHANGE` (default `liaison.hits`): a durable topic exchange; the routing key is the owner jurisdiction.
 *
 * NATS must be reachable here (the stream is ensured now); RabbitMQ is tried now and, failing that, on each publish.
 */
export async function connectHitPublisher(
  env: NodeJS.ProcessEnv = process.env,
  log?: pino.Logger,
): Promise<HitPublisher | undefined> {
  const natsUrl = env.LIAISON_NATS_URL;
  const amqpUrl = env.LIAISON_AMQP_URL;
  if (natsUrl && amqpUrl) {
    throw new Error('LIAISON_NATS_URL and LIAISON_AMQP_URL are both set: configure one broker for hit notifications');
  }
  if (natsUrl) {
    const stream = env.LIAISON_NATS_STREAM || 'LIAISON_HITS';
    return natsPublisher(natsUrl, stream, env.LIAISON_NATS_SUBJECT_PREFIX || 'liaison.hits', log);
  }
  if (amqpUrl) return rabbitPublisher(amqpUrl, env.LIAISON_AMQP_EXCHANGE || 'liaison.hits', log);
  return undefined;
}

async function natsPublisher(url: string, stream: string, prefix: string, log?: pino.Logger): Promise<HitPublisher> {
  // Never stop reconnecting: while the server is away publish rejects on its PubAck timeout and the outbox keeps the messages.
  const nc = await connectNats({ servers: url, name: 'liaison-hits', maxReconnectAttempts: -1 });
  try {
    await ensureStream(nc, stream, prefix);
  } catch (err) {
    await nc.close();
    throw err;
  }
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') log?.warn({ server: status.server }, 'NATS connection lost; reconnecting');
    }
  })().catch(() => undefined);
  const js = jetstream(nc);
  return {
    kind: 'nats',
    async publish(messages) {
      const subjects = messages.map((m) => `${prefix}.${jurisdictionKey(m.ownerJurisdiction)}`);
      // A PubAck marked duplicate is success too: the stream already holds that id.
      await Promise.all(messages.map((m, i) => js.publish(subjects[i], JSON.stringify(m.body), { msgID: m.id })));
    },
    close: () => nc.close(),
  };
}

/** Creates the stream when it does not exist; an existing one is left as its operator configured it. */
async function ensureStream(nc: NatsConnection, stream: string, prefix: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(stream);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound)) throw err;
    await jsm.streams.add({
      name: stream,
      subjects: [`${prefix}.>`],
      storage: StorageType.File,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  }
}

interface AmqpLink {
  model: ChannelModel;
  channel: ConfirmChannel;
}

async function rabbitPublisher(url: string, exchange: string, log?: pino.Logger): Promise<HitPublisher> {
  let link: AmqpLink | undefined;
  let opening: Promise<AmqpLink> | undefined;

  const open = async (): Promise<AmqpLink> => {
    const model = await connectAmqp(url, { timeout: AMQP_TIMEOUT_MS });
    // Forget a failed link so the next publish opens a new one; its unconfirmed messages are rejected by amqplib.
    const drop = () => {
      if (link?.model === model) link = undefined;
      model.close().catch(() => undefined);
    };
    // Without 'error' listeners a lost connection or channel is an uncaught 'error' event and ends the process.
    const lost = (err: Error) => {
      log?.warn({ err, exchange }, 'RabbitMQ connection for hit notifications lost; the next publish reconnects');
      drop();
    };
    model.on('error', lost).on('close', drop);
    try {
      const channel = await model.createConfirmChannel();
      channel.on('error', lost).on('close', drop);
      await channel.assertExchange(exchange, 'topic', { durable: true });
      return (link = { model, channel });
    } catch (err) {
      drop();
      throw err;
    }
  };

  const connected = (): Promise<AmqpLink> => {
    if (link) return Promise.resolve(link);
    opening ??= open().finally(() => (opening = undefined));
    return opening;
  };

  await connected().catch((err) => log?.warn({ err, exchange }, 'RabbitMQ unreachable; each publish retries'));
  return {
    kind: 'rabbitmq',
    async publish(messages) {
      const keys = messages.map((m) => jurisdictionKey(m.ownerJurisdiction));
      const current = await connected();
      messages.forEach((m, i) =>
        current.channel.publish(exchange, keys[i], Buffer.from(JSON.stringify(m.body)), {
          persistent: true,
          messageId: m.id,
          contentType: 'application/json',
        }),
      );
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // A broker that stops confirming (e.g. a resource alarm) gets a fresh connection on the next publish.
          if (link === current) link = undefined;
          current.model.close().catch(() => undefined);
          reject(new Error(`RabbitMQ did not confirm ${messages.length} hit notification(s) in ${AMQP_TIMEOUT_MS} ms`));
        }, AMQP_TIMEOUT_MS);
      });
      try {
        await Promise.race([current.channel.waitForConfirms(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      const current = link;
      link = undefined;
      await current?.model.close().catch(() => undefined);
    },
  };
}
