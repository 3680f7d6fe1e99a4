// `npm run bench:notifications -- [--size 100k] [--seed 42] [--rate 20] [--duration 20] [--brokers none,nats,rabbitmq]
//                                  [--write docs/benchmark-exchange.md]`
//
// Issue 14: the delay from a hit's response to the owner's notification. A German officer checks Swedish documents
// through the gateway at a steady rate (each check a purpose of its own); Sweden's bureau listens on the gateway's
// live feed (`GET /notifications`) and, when a broker is configured, on its subject or queue. Each delay is the time
// from the check's answer to the notification's arrival, per delivery path; a check whose notification never came
// within 10 s is counted as lost. One stack per broker setting, on the benchmark's seeded database.
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect as connectNats } from '@nats-io/transport-node';
import { connect as connectAmqp } from 'amqplib';
import { Client } from 'pg';
import { startStackOnFreePorts, type Stack } from '../scripts/stack';
import { PURPOSE_HEADER, signDevelopmentToken, type Principal } from '../shared/auth';
import { SUBGRAPH_NAMES } from '../shared/schema';
import { developmentCaFile, ensureDevelopmentCertificates } from '../shared/tls';
import { openBenchServer, seededBenchDatabase } from './database';
import { percentile } from './load';

const NATS_URL = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';
const AMQP_URL = process.env.BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const DE_OFFICER: Principal = { userId: 'bench-de-officer', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['officer'] };
const SE_BUREAU: Principal = { userId: 'bench-se-bureau', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const LOST_AFTER_MS = 10_000;
const BROKERS = ['none', 'nats', 'rabbitmq'] as const;
type Broker = (typeof BROKERS)[number];

const log = (message: string) => console.error(message);

interface Row {
  broker: Broker;
  path: string;
  hits: number;
  delays: number[];
  lost: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '42' },
      rate: { type: 'string', default: '20' },
      duration: { type: 'string', default: '20' },
      brokers: { type: 'string', default: BROKERS.join(',') },
      write: { type: 'string' },
    },
  });
  const size = Number(values.size!.replace(/k$/i, '000').replace(/m$/i, '000000'));
  const rate = Number(values.rate);
  const duration = Number(values.duration);
  const brokers = values.brokers!.split(',') as Broker[];
  if (brokers.some((broker) => !BROKERS.includes(broker))) throw new Error(`--brokers: some of ${BROKERS.join(', ')}`);
  for (const name of SUBGRAPH_NAMES) delete process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-keys-'));
  process.env.LIAISON_KEYS_DIR = keysDir;
  await ensureDevelopmentCertificates();
  const server = await openBenchServer(log);
  const rows: Row[] = [];
  try {
    const databaseUrl = await seededBenchDatabase(server, { size, seed: Number(values.seed), log });
    const numbers = await swedishDocuments(databaseUrl, rate * duration);
    log(`${numbers.length} Swedish documents to check; ${rate} checks/s for ${duration} s per broker setting`);
    for (const broker of brokers) rows.push(...(await measure(broker, databaseUrl, numbers, rate, duration)));
  } finally {
    await server.stop();
    rmSync(keysDir, { recursive: true, force: true });
  }
  const table = report(rows, { size: values.size!, rate, duration });
  console.log(table);
  if (values.write) {
    writeFileSync(values.write, table);
    log(`wrote ${values.write}`);
  }
}

/** Numbers of documents Sweden owns and shares with every jurisdiction: each check of one is a hit Sweden is told of. */
async function swedishDocuments(url: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ number: string }>(
      `SELECT number FROM documents.document
        WHERE owner_jurisdiction = 'SE' AND issuing_country = 'SE' AND sharing = 'ALL_JURISDICTIONS'
          AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        ORDER BY id LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.number);
  } finally {
    await client.end();
  }
}

/** One stack with the broker setting; the checks at `rate`; each path's arrivals by purpose. */
async function measure(
  broker: Broker,
  databaseUrl: string,
  numbers: string[],
  rate: number,
  duration: number,
): Promise<Row[]> {
  const suffix = `${process.pid}_${Date.now()}`;
  const brokerEnv: Record<Broker, NodeJS.ProcessEnv> = {
    none: {},
    nats: {
      LIAISON_NATS_URL: NATS_URL,
      LIAISON_NATS_STREAM: `LIAISON_BENCH_${suffix}`,
      LIAISON_NATS_SUBJECT_PREFIX: `liaison-bench-${suffix}.hits`,
    },
    rabbitmq: { LIAISON_AMQP_URL: AMQP_URL, LIAISON_AMQP_EXCHANGE: `liaison.bench.${suffix}` },
  };
  log(`\n== broker: ${broker}: starting the services`);
  const stack = await startStackOnFreePorts({
    databaseUrl,
    logDir: mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-logs-')),
    keysDir: process.env.LIAISON_KEYS_DIR!,
    env: { LIAISON_TLS: 'off', LIAISON_DATABASE_CA_FILE: developmentCaFile(), ...brokerEnv[broker] },
  });
  const arrivals = new Map<string, Map<string, number>>([['live feed (gateway SSE)', new Map()]]);
  const closers: (() => Promise<void> | void)[] = [];
  try {
    closers.push(await listenToFeed(stack, arrivals.get('live feed (gateway SSE)')!));
    if (broker !== 'none') {
      const seen = new Map<string, number>();
      arrivals.set(broker === 'nats' ? 'NATS JetStream' : 'RabbitMQ', seen);
      closers.push(await listenToBroker(broker, brokerEnv[broker], seen));
    }
    const answered = await checkAtRate(stack, numbers, rate, duration, broker);
    // Until every arrival is in, or LOST_AFTER_MS after the last answer.
    const deadline = Date.now() + LOST_AFTER_MS;
    while (Date.now() < deadline && [...arrivals.values()].some((seen) => seen.size < answered.size)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return [...arrivals].map(([pathName, seen]) => {
      const delays = [...answered].flatMap(([purpose, at]) => (seen.has(purpose) ? [seen.get(purpose)! - at] : []));
      return { broker, path: pathName, hits: answered.size, delays, lost: answered.size - delays.length };
    });
  } finally {
    for (const close of closers) await close();
    await stack.stop();
  }
}

/** Checks at a steady rate, each with its own purpose; resolves to each purpose's answer time. */
async function checkAtRate(
  stack: Stack,
  numbers: string[],
  rate: number,
  duration: number,
  broker: Broker,
): Promise<Map<string, number>> {
  const token = await signDevelopmentToken(DE_OFFICER);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const answered = new Map<string, number>();
  const total = Math.min(numbers.length, rate * duration);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const purpose = `BENCH-NOTIFY-${broker}-${i}`;
    const body = JSON.stringify({
      query: `query($n: String!) { checkDocument(number: $n, issuingCountry: "SE") { hit } }`,
      variables: { n: numbers[i] },
    });
    pending.push(
      post(stack.urls.gateway, body, { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: purpose }, agent).then(
        (text) => {
          if (text.includes('"hit":true')) answered.set(purpose, performance.now() + performance.timeOrigin);
        },
      ),
    );
    if (i % rate === 0) process.stderr.write(`\r  ${i}/${total} checks`);
  }
  await Promise.all(pending);
  process.stderr.write(`\r  ${total}/${total} checks, ${answered.size} hits\n`);
  agent.destroy();
  return answered;
}

/** Sweden's bureau on the gateway's live feed: each hit's arrival time by its purpose. */
async function listenToFeed(stack: Stack, seen: Map<string, number>): Promise<() => void> {
  const url = stack.urls.gateway.replace(/\/graphql$/, '/notifications');
  const headers = {
    authorization: `Bearer ${await signDevelopmentToken(SE_BUREAU)}`,
    [PURPOSE_HEADER]: 'BENCH hit monitoring',
  };
  const request = http.get(url, { headers });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    request.once('response', resolve).once('error', reject),
  );
  if (response.statusCode !== 200) throw new Error(`the feed answered ${response.statusCode}`);
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data) arrived(seen, (JSON.parse(data) as { purpose: string }).purpose);
    }
  });
  response.on('error', () => undefined);
  return () => void request.destroy();
}

/** Sweden's bureau on the broker: a core NATS subscription to its subject, or a RabbitMQ queue bound to its key. */
async function listenToBroker(broker: Broker, env: NodeJS.ProcessEnv, seen: Map<string, number>) {
  if (broker === 'nats') {
    const connection = await connectNats({ servers: NATS_URL });
    const subscription = connection.subscribe(`${env.LIAISON_NATS_SUBJECT_PREFIX}.SE`, {
      callback: (_error, message) => arrived(seen, (message.json() as { purpose: string }).purpose),
    });
    return async () => {
      subscription.unsubscribe();
      await connection.close();
    };
  }
  const connection = await connectAmqp(AMQP_URL);
  const channel = await connection.createChannel();
  await channel.assertExchange(env.LIAISON_AMQP_EXCHANGE!, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true });
  await channel.bindQueue(queue, env.LIAISON_AMQP_EXCHANGE!, 'SE');
  await channel.consume(queue, (message) => message && arrived(seen, JSON.parse(message.content.toString()).purpose), {
    noAck: true,
  });
  return async () => {
    await channel.deleteExchange(env.LIAISON_AMQP_EXCHANGE!).catch(() => undefined);
    await connection.close();
  };
}

/** The first arrival of a purpose counts (a redelivery is the same notification). */
function arrived(seen: Map<string, number>, purpose: string | undefined): void {
  if (purpose?.startsWith('BENCH-NOTIFY-') && !seen.has(purpose))
    seen.set(purpose, performance.now() + performance.timeOrigin);
}

function post(url: string, body: string, headers: Record<string, string>, agent: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function report(rows: Row[], run: { size: string; rate: number; duration: number }): string {
  const ms = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);
  const lines = [
    `## Hit notification delay (${new Date().toISOString().slice(0, 10)})`,
    '',
    `\`npm run bench:notifications\` on the ${run.size} database: a German officer checks Swedish documents through the ` +
      `gateway at ${run.rate} checks/s for ${run.duration} s; Sweden's bureau listens. Delay: from the check's answer ` +
      `to the notification's arrival. Lost: not arrived within ${LOST_AFTER_MS / 1000} s.`,
    '',
    '| broker configured | delivery path | hits | p50 | p95 | p99 | max | lost |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.broker} | ${row.path} | ${row.hits} | ${ms(percentile(row.delays, 50))} | ` +
        `${ms(percentile(row.delays, 95))} | ${ms(percentile(row.delays, 99))} | ` +
        `${ms(row.delays.length ? Math.max(...row.delays) : NaN)} | ${row.lost} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
