// Replicas (issue 15, item 1): a service started with LIAISON_REPLICAS=2 runs as two Node cluster workers behind its
// one port, with nothing a request needs held by one worker alone. A replicated documents subgraph behind a
// replicated gateway answers checks; both workers of each answer; their counters add up on the one /metrics; a rate
// limit is one count for all workers; a worker that dies is replaced while the other answers; SIGTERM stops them all.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PURPOSE_HEADER, type Principal } from '../shared/auth';
import { serviceDatabaseUrl } from '../shared/database-roles';
import { developmentCaFile } from '../shared/tls';
import { freePort, startService, type ServiceName, type ServiceProcess } from '../scripts/stack';
import { serviceUrl, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import { until } from './support/until';
import { alive } from './support/processes';

const logDir = path.join(os.tmpdir(), `liaison-test-replicas-${process.pid}`);

/** A request on a connection of its own (no keep-alive), so that the primary hands each to the next worker. */
function freshRequest(
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, json: JSON.parse(text) }));
      },
    );
    request.once('error', reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const officer = (userId: string): Principal => ({ userId, agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['officer'] });

async function check(gatewayUrl: string, userId: string) {
  return freshRequest(
    gatewayUrl,
    {
      query: 'query ($n: String!) { checkDocument(number: $n, issuingCountry: "SE") { hit matches { reference } } }',
      variables: { n: ERIKSSON.documentNumber },
    },
    { authorization: `Bearer ${await tokenFor(officer(userId))}`, [PURPOSE_HEADER]: 'REPLICAS-TEST' },
  );
}

async function search(gatewayUrl: string, userId: string) {
  return freshRequest(
    gatewayUrl,
    { query: '{ searchPersons(text: "Eriksson", first: 1) { totalCount } }' },
    { authorization: `Bearer ${await tokenFor(officer(userId))}`, [PURPOSE_HEADER]: 'REPLICAS-TEST' },
  );
}

async function healthPids(url: string, requests: number): Promise<Set<number>> {
  const health = url.replace(/graphql$/, 'health');
  const pids = new Set<number>();
  for (let i = 0; i < requests; i++) pids.add((await freshRequest(health)).json.pid);
  return pids;
}

async function graphqlRequestsSoFar(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return [...text.matchAll(/^liaison_graphql_requests_total\{[^}]*\} (\d+)/gm)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

describe('services as two replicas each', () => {
  let documents: ServiceProcess;
  let gateway: ServiceProcess;
  /** A service as two replicas on free ports, with the suite's environment and `env`. */
  const startReplicated = async (name: ServiceName, env: NodeJS.ProcessEnv) =>
    startService(name, {
      port: await freePort(),
      metricsPort: await freePort(),
      logDir,
      env: { ...process.env, LIAISON_REPLICAS: '2', LOG_LEVEL: 'warn', ...env },
    });

  beforeAll(async () => {
    // Documents over plain HTTP: the primary hands over the connection before TLS, so HTTPS works alike; plain HTTP
    // lets the test count workers with a bare http.request.
    const databaseUrl = serviceDatabaseUrl('documents', {
      ...process.env,
      DATABASE_URL: process.env.LIAISON_TEST_DATABASE_URL,
    })!;
    documents = await startReplicated('documents', {
      LIAISON_TLS: 'off',
      DATABASE_URL: databaseUrl,
      DOCUMENTS_SERVICE_DATABASE_URL: databaseUrl,
      // Two workers' pools beside the suite's stack on a server of 100 connections.
      DB_POOL_SIZE: '2',
      LIAISON_CHECK_POOL_SIZE: '1',
      ...(process.env.DATABASE_URL ? {} : { LIAISON_DATABASE_CA_FILE: developmentCaFile() }),
    });
    gateway = await startReplicated('gateway', {
      PERSONS_URL: serviceUrl('persons'),
      DOCUMENTS_URL: documents.url,
      VEHICLES_URL: serviceUrl('vehicles'),
      SUBSTANCES_URL: serviceUrl('substances'),
      EXCHANGE_URL: serviceUrl('exchange'),
      // Six searches a minute per user, to see whether two workers count one limit or two.
      LIAISON_RATE_LIMIT_SEARCHES: '6/60',
    });
  }, 240_000);
  afterAll(async () => {
    await gateway?.stop();
    await documents?.stop();
  });

  it('answers a check through both, each served by two worker processes behind one port', async () => {
    for (let i = 0; i < 4; i++) {
      const { status, json } = await check(gateway.url, 'replica-checker');
      expect(status).toBe(200);
      // The owner's national reference of Eriksson's passport (test/fixtures.ts).
      expect(json).toEqual({ data: { checkDocument: { hit: true, matches: [{ reference: 'D-000001' }] } } });
    }
    for (const service of [gateway, documents]) {
      // The service is ready once one worker is; the other may still be starting on a busy machine.
      let pids = new Set<number>();
      await until(async () => (pids = await healthPids(service.url, 8)).size === 2, 'both workers answering', 120_000);
      expect(pids.has(service.pid)).toBe(false);
    }
  }, 180_000);

  it('adds up the workers’ counters on the one /metrics', async () => {
    const before = await graphqlRequestsSoFar(gateway.metricsUrl);
    for (let i = 0; i < 6; i++) expect((await check(gateway.url, 'replica-counter')).status).toBe(200);
    expect(await graphqlRequestsSoFar(gateway.metricsUrl)).toBe(before + 6);
  });

  it('counts a rate limit once for all workers', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 9; i++) {
      const { json } = await search(gateway.url, 'replica-limited');
      outcomes.push(json.errors?.[0]?.extensions?.code ?? 'ok');
    }
    // Per worker, six each would have let all nine through.
    expect(outcomes).toEqual([...Array(6).fill('ok'), ...Array(3).fill('RATE_LIMITED')]);
  });

  it('replaces a worker that dies, and the other answers meanwhile', async () => {
    const [victim, survivor] = [...(await healthPids(gateway.url, 8))];
    process.kill(victim, 'SIGKILL');
    await until(() => !alive(victim), 'the killed worker is gone', 30_000);
    expect((await check(gateway.url, 'replica-survivor')).status).toBe(200);
    await until(
      async () => {
        const pids = await healthPids(gateway.url, 4);
        return pids.size === 2 && !pids.has(victim);
      },
      'a new worker beside the survivor',
      120_000,
    );
    expect(alive(survivor)).toBe(true);
    expect((await check(gateway.url, 'replica-survivor')).status).toBe(200);
  }, 180_000);

  it('stops every worker on SIGTERM to the primary', async () => {
    const workers = [...(await healthPids(documents.url, 8))];
    expect(workers).toHaveLength(2);
    process.kill(documents.pid, 'SIGTERM');
    await until(() => !alive(documents.pid) && workers.every((pid) => !alive(pid)), 'all of documents stopped', 60_000);
  }, 90_000);
});
