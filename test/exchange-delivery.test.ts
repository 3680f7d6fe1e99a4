// Hit notifications delivered over the real brokers of this machine (NATS JetStream on 127.0.0.1:4222, RabbitMQ on
// 127.0.0.1:5672), and nothing lost when the relay dies with notifications queued. Each broker gets a stack and a
// database of its own, so that no other stack's relay takes its notifications.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect as connectNats } from '@nats-io/transport-node';
import { connect as connectAmqp } from 'amqplib';
import { startStackOnFreePorts, type Stack } from '../scripts/stack';
import { PURPOSE_HEADER, type Principal } from '../shared/auth';
import { migrateUp } from '../shared/migrate';
import { developmentCaFile } from '../shared/tls';
import { postJson, tokenFor } from './client';
import { ERIKSSON, loadFixtures } from './fixtures';
import { createScratchDatabase, dropScratchDatabase } from './setup/database';
import { until } from './support/until';

const DE_OFFICER: Principal = { userId: 'de-border-7', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['officer'] };
const SE_BUREAU: Principal = { userId: 'se-bureau', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const NATS_URL = 'nats://127.0.0.1:4222';
const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

interface Received {
  id: string;
  subject: string;
  body: { purpose: string; ownerJurisdiction: string; record: { id: string } };
}

/** A consumer of the broker a stack publishes to: what it has received so far, and its clean-up. */
interface BrokerTap {
  env: NodeJS.ProcessEnv;
  received(): Promise<Received[]>;
  close(): Promise<void>;
}

async function natsTap(): Promise<BrokerTap> {
  const suffix = randomUUID().slice(0, 8);
  const stream = `LIAISON_TEST_${suffix}`;
  const prefix = `liaison-test-${suffix}.hits`;
  const connection = await connectNats({ servers: NATS_URL });
  return {
    env: { LIAISON_NATS_URL: NATS_URL, LIAISON_NATS_STREAM: stream, LIAISON_NATS_SUBJECT_PREFIX: prefix },
    async received() {
      const manager = await jetstreamManager(connection);
      const { state } = await manager.streams.info(stream).catch(() => ({ state: { messages: 0 } }));
      if (!state.messages) return [];
      const consumer = await jetstream(connection).consumers.get(stream);
      const batch = await consumer.fetch({ max_messages: state.messages, expires: 2_000 });
      const messages: Received[] = [];
      for await (const message of batch) {
        messages.push({
          id: message.headers?.get('Nats-Msg-Id') ?? '',
          subject: message.subject,
          body: message.json(),
        });
        if (messages.length === state.messages) break;
      }
      return messages;
    },
    async close() {
      const manager = await jetstreamManager(connection);
      await manager.streams.delete(stream).catch(() => undefined);
      await connection.close();
    },
  };
}

async function rabbitTap(): Promise<BrokerTap> {
  const exchange = `liaison.test.${randomUUID().slice(0, 8)}`;
  const connection = await connectAmqp(AMQP_URL);
  const channel = await connection.createChannel();
  await channel.assertExchange(exchange, 'topic', { durable: true });
  // Sweden's bureau's queue: only its jurisdiction's routing key.
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, exchange, 'SE');
  const messages: Received[] = [];
  await channel.consume(
    queue,
    (message) => {
      if (!message) return;
      messages.push({
        id: String(message.properties.messageId),
        subject: message.fields.routingKey,
        body: JSON.parse(message.content.toString('utf8')),
      });
    },
    { noAck: true },
  );
  return {
    env: { LIAISON_AMQP_URL: AMQP_URL, LIAISON_AMQP_EXCHANGE: exchange },
    received: async () => [...messages],
    async close() {
      await channel.deleteExchange(exchange).catch(() => undefined);
      await connection.close().catch(() => undefined);
    },
  };
}

/** Opens the live feed through `gatewayUrl`; resolves to its status once the stream has ended. */
function openFeedUntilEnd(gatewayUrl: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = gatewayUrl.replace(/\/graphql$/, '/notifications');
    http
      .get(url, { headers: { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'HIT-MONITORING' } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** Subscribes to hitNotifications through `gatewayUrl`; resolves, once the stream has ended, to its status and text. */
function subscribeUntilEnd(gatewayUrl: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = {
      authorization: `Bearer ${token}`,
      [PURPOSE_HEADER]: 'HIT-MONITORING',
      accept: 'text/event-stream',
      'content-type': 'application/json',
    };
    const request = http.request(gatewayUrl, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query: 'subscription { hitNotifications { id } }' }));
  });
}

describe.each([
  ['NATS JetStream', natsTap, (received: Received) => received.subject.endsWith('.SE')],
  ['RabbitMQ', rabbitTap, (received: Received) => received.subject === 'SE'],
])('hit notifications on %s', (_name, openTap, isSwedens) => {
  let tap: BrokerTap;
  let stack: Stack;
  let databaseUrl: string;

  beforeAll(async () => {
    tap = await openTap();
    databaseUrl = await createScratchDatabase(process.env.LIAISON_TEST_ADMIN_URL!);
    await migrateUp({ url: databaseUrl });
    await loadFixtures(databaseUrl);
    stack = await startStackOnFreePorts({
      databaseUrl,
      logDir: mkdtempSync(path.join(os.tmpdir(), 'liaison-test-exchange-')),
      keysDir: process.env.LIAISON_KEYS_DIR!,
      env: {
        ...tap.env,
        LIAISON_RELAY_POLL_MS: '500',
        // A second stack beside the suite's on a server of 100 connections: each search pool opens whole at start.
        DB_POOL_SIZE: '4',
        ...(process.env.DATABASE_URL ? {} : { LIAISON_DATABASE_CA_FILE: developmentCaFile() }),
      },
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await tap?.close();
    if (databaseUrl) await dropScratchDatabase(process.env.LIAISON_TEST_ADMIN_URL!, databaseUrl);
  });

  /** DE's officer checks Eriksson's Swedish passport through this stack's gateway: a hit Sweden is told of. */
  async function hit(purpose: string): Promise<void> {
    const answer = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(DE_OFFICER)}`, [PURPOSE_HEADER]: purpose },
      { query: `{ checkDocument(number: "${ERIKSSON.documentNumber}", issuingCountry: "SE") { hit } }` },
    );
    expect(answer).toEqual({ data: { checkDocument: { hit: true } } });
  }

  const published = async (purpose: string) =>
    (await tap.received()).filter((message) => message.body.purpose === purpose);

  it("publishes each hit once, on the owner jurisdiction's subject, with the notification id as message id", async () => {
    const purpose = `BROKER-${randomUUID().slice(0, 8)}`;
    await hit(purpose);
    await hit(purpose);
    await until(async () => (await published(purpose)).length >= 2, 'two published notifications');
    const messages = await published(purpose);
    expect(messages).toHaveLength(2);
    expect(messages.every(isSwedens)).toBe(true);
    expect(new Set(messages.map((message) => message.id)).size).toBe(2);
    expect(messages[0].body).toMatchObject({ ownerJurisdiction: 'SE', record: { id: ERIKSSON.document } });
    // The message ids are the notifications' ids, as the owner's GraphQL feed shows them.
    const feed = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(SE_BUREAU)}`, [PURPOSE_HEADER]: 'HIT-MONITORING' },
      { query: '{ hitNotifications(first: 100) { edges { node { id purpose } } } }' },
    );
    const ids = feed.data.hitNotifications.edges
      .map((edge: { node: { id: string; purpose: string } }) => edge.node)
      .filter((node: { purpose: string }) => node.purpose === purpose)
      .map((node: { id: string }) => node.id);
    expect(new Set(ids)).toEqual(new Set(messages.map((message) => message.id)));
  });

  it('loses nothing when the relay is killed with notifications queued, and the exchange is down', async () => {
    const purpose = `KILLED-${randomUUID().slice(0, 8)}`;
    // A bureau's live feed is open through the gateway; the exchange stopping ends it at once (it would otherwise
    // hold the exchange's draining), so that its client reconnects with Last-Event-ID.
    const feedEnded = openFeedUntilEnd(stack.urls.gateway, await tokenFor(SE_BUREAU));
    // So does a subscription: it completes (`event: complete`), and its client subscribes again with `after`.
    const subscriptionEnded = subscribeUntilEnd(stack.urls.gateway, await tokenFor(SE_BUREAU));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The exchange down: the documents relay cannot deliver, so its hits stay in its outbox.
    await stack.service('exchange').stop();
    expect(await feedEnded).toBe(200);
    const subscription = await subscriptionEnded;
    expect(subscription.status).toBe(200);
    expect(subscription.text).toMatch(/event: complete/);
    for (let i = 0; i < 3; i++) await hit(purpose);
    process.kill(stack.service('documents').pid, 'SIGKILL');
    await stack.restart('exchange');
    await stack.restart('documents');
    await until(async () => (await published(purpose)).length >= 3, 'the three queued hits published');
    const messages = await published(purpose);
    expect(messages).toHaveLength(3);
    expect(new Set(messages.map((message) => message.id)).size).toBe(3);
  }, 120_000);
});
