// Issue 11, item 4: the subgraphs answer over TLS only, on loopback, and the gateway credential is bound to its
// subgraph, its issuer, a short life and the user token it travels with, so that a captured one cannot be replayed;
// /metrics is on a port of its own.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import { Client } from 'pg';
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER } from '../shared/auth';
import { probe } from '../shared/tls';
import {
  OFFICER,
  gatewayCredentialFor,
  graphql,
  metricsUrl,
  postJson,
  serviceUrl,
  tokenFor,
  type GraphQLResponse,
  type ServiceName,
} from './client';
import { forgedGatewayCredential } from './forge';

const SEARCH = '{ searchPersons(text: "Anna Eriksson") { totalCount } }';
const DOCUMENT_SEARCH = '{ searchDocuments(text: "Eriksson") { totalCount } }';

/** A request straight to a subgraph with this user token and this gateway credential. */
function direct(service: ServiceName, userToken: string, credential: string, query = SEARCH): Promise<GraphQLResponse> {
  return postJson(
    serviceUrl(service),
    {
      authorization: `Bearer ${userToken}`,
      [PURPOSE_HEADER]: 'TRANSPORT-PROBES',
      [GATEWAY_CREDENTIAL_HEADER]: credential,
    },
    { query },
  );
}

function expectRefused(response: GraphQLResponse, message?: RegExp) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  if (message) expect(response.errors![0].message).toMatch(message);
}

describe('TLS between the gateway and the subgraphs', () => {
  it('the subgraphs serve HTTPS, and the gateway reaches them through it', async () => {
    for (const service of ['persons', 'documents', 'vehicles', 'substances'] as const)
      expect(serviceUrl(service)).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const { data, errors } = await graphql(SEARCH);
    expect(errors).toBeUndefined();
    expect(data.searchPersons.totalCount).toBeGreaterThan(0);
    const ready = JSON.parse((await probe(serviceUrl('gateway').replace(/graphql$/, 'ready'))).body);
    expect(ready).toMatchObject({ persons: 'ready', documents: 'ready', vehicles: 'ready', substances: 'ready' });
  });

  it('a plain-HTTP request to a subgraph gets no answer', async () => {
    const url = serviceUrl('persons').replace(/^https:/, 'http:');
    const token = await tokenFor();
    const sent = new Promise<string>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            [GATEWAY_CREDENTIAL_HEADER]: 'x',
          },
        },
        (response) => resolve(`HTTP ${response.statusCode}`),
      );
      request.on('error', reject);
      request.end(JSON.stringify({ query: SEARCH }));
    });
    await expect(sent).rejects.toThrow(/socket hang up|ECONNRESET|Parse Error/);
  });

  it('a client that does not trust the services CA is refused in the handshake', async () => {
    const answer = new Promise((resolve, reject) => {
      const request = https.get(serviceUrl('persons').replace(/graphql$/, 'health'), { agent: false }, resolve);
      request.on('error', reject);
    });
    await expect(answer).rejects.toThrow(/self.signed|unable to (verify|get)/i);
  });

  it('the subgraphs listen on loopback only', async () => {
    const port = Number(new URL(serviceUrl('persons')).port);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && !address.internal && address.family === 'IPv4')?.address;
    // A machine without a network interface besides loopback has nothing to probe.
    if (!outside) return;
    const connected = new Promise<void>((resolve, reject) => {
      const socket = net.connect(port, outside, () => {
        socket.destroy();
        resolve();
      });
      socket.on('error', reject);
    });
    await expect(connected).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('the gateway credential is bound', () => {
  it('a valid credential for the subgraph and the user token is answered', async () => {
    const token = await tokenFor();
    const response = await direct('persons', token, await gatewayCredentialFor('persons', token));
    expect(response.errors).toBeUndefined();
    expect(response.data.searchPersons.totalCount).toBeGreaterThan(0);
  });

  it('a credential replayed to another subgraph is refused', async () => {
    const token = await tokenFor();
    const captured = await gatewayCredentialFor('persons', token);
    expectRefused(await direct('documents', token, captured, DOCUMENT_SEARCH), /aud/);
  });

  it("a credential replayed with another user's token is refused", async () => {
    const captured = await gatewayCredentialFor('persons', await tokenFor());
    const other = await tokenFor({ ...OFFICER, userId: 'another-officer', roles: ['analyst'] });
    expectRefused(await direct('persons', other, captured), /another user token/);
  });

  it('a credential from another issuer is refused', async () => {
    const token = await tokenFor();
    expectRefused(
      await direct(
        'persons',
        token,
        await forgedGatewayCredential({ service: 'persons', userToken: token }, (jwt) => jwt.setIssuer('x')),
      ),
      /iss/,
    );
  });

  it('an expired credential is refused', async () => {
    const token = await tokenFor();
    const expired = await forgedGatewayCredential({ service: 'persons', userToken: token }, (jwt) =>
      jwt.setIssuedAt('-5m').setExpirationTime('-4m'),
    );
    expectRefused(await direct('persons', token, expired), /exp/);
  });

  it('a credential that claims a longer life than the gateway gives is refused', async () => {
    const token = await tokenFor();
    const longLived = await forgedGatewayCredential({ service: 'persons', userToken: token }, (jwt) =>
      jwt.setIssuedAt('-2m').setExpirationTime('1h'),
    );
    expectRefused(await direct('persons', token, longLived), /iat|age/);
  });
});

describe('metrics', () => {
  it('are served on a port of their own, not on the API port', async () => {
    const metrics = await (await fetch(metricsUrl('persons'))).text();
    expect(metrics).toMatch(/^liaison_sql_statements_total \d+/m);
    expect(new URL(metricsUrl('persons')).port).not.toBe(new URL(serviceUrl('persons')).port);
    const onApi = await probe(serviceUrl('persons').replace(/graphql$/, 'metrics'));
    expect(onApi.status).toBe(404);
    expect(onApi.body).not.toMatch(/liaison_sql_statements_total/);
    const onGateway = await fetch(serviceUrl('gateway').replace(/graphql$/, 'metrics'));
    expect(await onGateway.text()).not.toMatch(/liaison_/);
  });
});

describe('TLS to PostgreSQL', () => {
  it("the subgraphs' connections use TLS exactly when the server offers it", async () => {
    const client = new Client({ connectionString: process.env.LIAISON_TEST_ADMIN_URL });
    await client.connect();
    try {
      const offered = (await client.query<{ ssl: string }>('SHOW ssl')).rows[0].ssl === 'on';
      const { rows } = await client.query<{ application_name: string; ssl: boolean }>(
        `SELECT a.application_name, s.ssl FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid)
          WHERE a.datname = $1 AND a.application_name LIKE 'liaison-%'`,
        [new URL(process.env.LIAISON_TEST_DATABASE_URL!).pathname.slice(1)],
      );
      const names = new Set(rows.map((row) => row.application_name));
      for (const name of ['persons', 'documents', 'vehicles', 'substances']) expect(names).toContain(`liaison-${name}`);
      expect(rows.every((row) => row.ssl === offered)).toBe(true);
      // The suite's embedded PostgreSQL offers it (a development certificate); DATABASE_URL's server may not.
      if (!process.env.DATABASE_URL) expect(offered).toBe(true);
    } finally {
      await client.end();
    }
  });
});
