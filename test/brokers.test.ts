import { randomBytes, randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect as connectNats, type NatsConnection } from '@nats-io/transport-node';
import { connect as connectAmqp, type Channel, type ChannelModel } from 'amqplib';
import pino from 'pino';
import { connectHitPublisher, type HitMessage, type HitPublisher } from '../subgraphs/exchange/src/brokers';
import { until } from './support/until';

// Real brokers on this machine; every run uses names of its own and removes them afterwards.
const NATS_URL = 'nats://127.0.0.1:4222';
const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
const run = randomBytes(4).toString('hex');

const hit = (ownerJurisdiction: string, body: Record<string, unknown>): HitMessage => ({
  id: randomUUID(),
  ownerJurisdiction,
  body,
});

/** A logger whose warnings the test can read. */
function capturingLogger(): { log: pino.Logger; warnings: string[] } {
  const warnings: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line).msg) });
  return { log, warnings };
}

/** A TCP relay to `port` whose open connections the test can cut, as a network fault would. */
async function relay(port: number): Promise<{ port: number; cut(): void; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined).on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut: () => sockets.forEach((s) => s.destroy()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('connectHitPublisher configuration', () => {
  it('gives undefined when no broker is configured', async () => {
    expect(await connectHitPublisher({})).toBeUndefined();
  });

  it('refuses both brokers at once', async () => {
    await expect(connectHitPublisher({ LIAISON_NATS_URL: NATS_URL, LIAISON_AMQP_URL: AMQP_URL })).rejects.toThrow(
      /LIAISON_NATS_URL and LIAISON_AMQP_URL are both set/,
    );
  });
});

describe('NATS JetStream publisher', () => {
  const stream = `LIAISON_HITS_TEST_${run}`;
  const prefix = `liaison.test.${run}`;
  const env = { LIAISON_NATS_URL: NATS_URL, LIAISON_NATS_STREAM: stream, LIAISON_NATS_SUBJECT_PREFIX: prefix };
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let publisher: HitPublisher;
  const count = async () => (await jsm.streams.info(stream)).state.messages;

  beforeAll(async () => {
    nc = await connectNats({ servers: NATS_URL });
    jsm = await jetstreamManager(nc);
    publisher = (await connectHitPublisher(env))!;
  });
  afterAll(async () => {
    await publisher?.close();
    await jsm?.streams.delete(stream).catch(() => undefined);
    await nc?.close();
  });

  it('creates the stream on file storage with a duplicate window of at least two minutes', async () => {
    expect(publisher.kind).toBe('nats');
    const { config } = await jsm.streams.info(stream);
    expect(config.subjects).toEqual([`${prefix}.>`]);
    expect(config.storage).toBe('file');
    expect(config.duplicate_window).toBeGreaterThanOrEqual(2 * 60 * 1e9);
  });

  it("publishes on the owner jurisdiction's subject, once per message id", async () => {
    const messages = [hit('SE', { n: 1, name: 'Åsa' }), hit('DE', { n: 2 }), hit('SE', { n: 3, nested: { a: [1] } })];
    await publisher.publish(messages);
    expect(await count()).toBe(3);
    for (const [i, sent] of messages.entries()) {
      const stored = (await jsm.streams.getMessage(stream, { seq: i + 1 }))!;
      expect(stored.subject).toBe(`${prefix}.${sent.ownerJurisdiction}`);
      expect(stored.header.get('Nats-Msg-Id')).toBe(sent.id);
      expect(stored.json()).toEqual(sent.body);
    }

    // The same ids again (a retried batch) add nothing; a new id beside them does.
    const fresh = hit('DE', { n: 4 });
    await publisher.publish([...messages, fresh]);
    expect(await count()).toBe(4);
    const last = (await jsm.streams.getMessage(stream, { seq: 4 }))!;
    expect(last.header.get('Nats-Msg-Id')).toBe(fresh.id);
  });

  it('leaves an existing stream as it is', async () => {
    const before = await count();
    const again = (await connectHitPublisher(env))!;
    await again.close();
    expect(await count()).toBe(before);
  });

  it('refuses a jurisdiction that is not two upper-case letters and publishes nothing of the batch', async () => {
    const before = await count();
    for (const bad of ['se', 'S', 'SE.>', '*', 'SWE', '']) {
      await expect(publisher.publish([hit('DE', {}), hit(bad, {})])).rejects.toThrow(/not two upper-case letters/);
    }
    expect(await count()).toBe(before);
  });
});

describe('RabbitMQ publisher', () => {
  const exchange = `liaison.test.${run}`;
  let model: ChannelModel;
  let channel: Channel;
  let publisher: HitPublisher;

  /** A temporary exclusive queue bound to the exchange for `routingKey`. */
  async function boundQueue(routingKey: string): Promise<string> {
    // Declared as the publisher declares it: a mismatch closes the channel with PRECONDITION_FAILED.
    await channel.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true });
    await channel.bindQueue(queue, exchange, routingKey);
    return queue;
  }

  /** Everything in `queue` now. */
  async function drain(queue: string) {
    const got = [];
    for (let m = await channel.get(queue, { noAck: true }); m; m = await channel.get(queue, { noAck: true }))
      got.push(m);
    return got;
  }

  beforeAll(async () => {
    model = await connectAmqp(AMQP_URL);
    channel = await model.createChannel();
    publisher = (await connectHitPublisher({ LIAISON_AMQP_URL: AMQP_URL, LIAISON_AMQP_EXCHANGE: exchange }))!;
  });
  afterAll(async () => {
    await publisher?.close();
    // A fresh channel: a failed test may have left the shared one closed.
    const cleanup = await model.createChannel();
    for (const name of [exchange, `${exchange}.lost`, `${exchange}.cut`]) await cleanup.deleteExchange(name);
    await model.close();
  });

  it('routes by the owner jurisdiction, persistent, with the message id and the JSON body', async () => {
    expect(publisher.kind).toBe('rabbitmq');
    const queue = await boundQueue('SE');
    const se1 = hit('SE', { n: 1, name: 'Åsa' });
    const de = hit('DE', { n: 2 });
    const se2 = hit('SE', { n: 3, nested: { a: [1] } });
    await publisher.publish([se1, de, se2]);

    const got = await drain(queue);
    expect(got.map((m) => m.properties.messageId)).toEqual([se1.id, se2.id]);
    expect(got.map((m) => JSON.parse(m.content.toString('utf8')))).toEqual([se1.body, se2.body]);
    for (const m of got) {
      expect(m.fields.routingKey).toBe('SE');
      expect(m.properties.contentType).toBe('application/json');
      expect(m.properties.deliveryMode).toBe(2);
    }
  });

  it('refuses a jurisdiction that is not two upper-case letters and publishes nothing of the batch', async () => {
    const queue = await boundQueue('#');
    for (const bad of ['se', 'S', 'SE.#', '*', 'SWE', '']) {
      await expect(publisher.publish([hit('DE', {}), hit(bad, {})])).rejects.toThrow(/not two upper-case letters/);
    }
    expect(await drain(queue)).toEqual([]);
  });

  it('survives losing its channel: that publish rejects, the next one reconnects', async () => {
    const { log, warnings } = capturingLogger();
    const own = `${exchange}.lost`;
    const lossy = (await connectHitPublisher({ LIAISON_AMQP_URL: AMQP_URL, LIAISON_AMQP_EXCHANGE: own }, log))!;
    try {
      // With its exchange gone the broker closes the publisher's channel (404): an 'error' that must not end the process.
      await channel.deleteExchange(own);
      await expect(lossy.publish([hit('SE', {})])).rejects.toThrow(/channel closed/);
      expect(warnings).toContainEqual(expect.stringMatching(/lost; the next publish reconnects/));

      // A new connection declares the exchange again, and confirmed messages are delivered.
      await lossy.publish([hit('SE', { reconnected: true })]);
      const { queue } = await channel.assertQueue('', { exclusive: true });
      await channel.bindQueue(queue, own, 'SE');
      const after = hit('SE', { after: true });
      await lossy.publish([after]);
      expect((await drain(queue)).map((m) => m.properties.messageId)).toEqual([after.id]);
    } finally {
      await lossy.close();
    }
  });

  it('survives losing its connection: no crash, and the next publish reconnects', async () => {
    const { log, warnings } = capturingLogger();
    const own = `${exchange}.cut`;
    const link = await relay(5672);
    const url = `amqp://guest:guest@127.0.0.1:${link.port}`;
    const cut = (await connectHitPublisher({ LIAISON_AMQP_URL: url, LIAISON_AMQP_EXCHANGE: own }, log))!;
    try {
      const { queue } = await channel.assertQueue('', { exclusive: true });
      await channel.bindQueue(queue, own, 'SE');
      const before = hit('SE', { before: true });
      await cut.publish([before]);

      // A dropped TCP connection is an 'error' on the amqplib connection: without a listener, an uncaught exception.
      link.cut();
      await until(() => warnings.some((w) => /lost; the next publish reconnects/.test(w)), 'the loss is logged', 5_000);
      const after = hit('SE', { after: true });
      await cut.publish([after]);
      expect((await drain(queue)).map((m) => m.properties.messageId)).toEqual([before.id, after.id]);
    } finally {
      await cut.close();
      link.cut();
      await link.close();
    }
  });

  it('at an unreachable broker, publish rejects rather than hanging or crashing', async () => {
    const { log, warnings } = capturingLogger();
    const started = Date.now();
    const dead = (await connectHitPublisher({ LIAISON_AMQP_URL: 'amqp://guest:guest@127.0.0.1:1' }, log))!;
    expect(dead.kind).toBe('rabbitmq');
    expect(warnings).toContainEqual(expect.stringMatching(/unreachable/));
    await expect(dead.publish([hit('SE', {})])).rejects.toThrow(/ECONNREFUSED/);
    await expect(dead.publish([hit('SE', {})])).rejects.toThrow(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await dead.close();
  });
});
