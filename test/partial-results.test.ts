import os from 'node:os';
import path from 'node:path';
import { startService, type ServiceProcess } from '../scripts/stack';
import { serviceUrl, tokenFor } from './client';
import { freePort } from './setup/database';
import { UNIFIED_SEARCH_TEXT } from './fixtures';

async function post(url: string, query: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor()}`,
      'x-liaison-purpose': 'TEST-CASE-2026-0003',
    },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('a subgraph that is down', () => {
  let gateway: ServiceProcess;
  beforeAll(async () => {
    // A second gateway on the same supergraph whose substances subgraph is unreachable.
    const deadPort = await freePort();
    gateway = await startService('gateway', {
      port: await freePort(),
      logDir: path.join(os.tmpdir(), 'liaison-test-partial'),
      env: {
        ...process.env,
        PERSONS_URL: serviceUrl('persons'),
        DOCUMENTS_URL: serviceUrl('documents'),
        VEHICLES_URL: serviceUrl('vehicles'),
        SUBSTANCES_URL: `http://localhost:${deadPort}/graphql`,
        LOG_LEVEL: 'silent',
      },
    });
  });
  afterAll(() => gateway.stop());

  it('gives partial results: the other searches answer, the missing one is null with an error', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor()}`,
        'x-liaison-purpose': 'TEST-CASE-2026-0002',
      },
      body: JSON.stringify({
        query: `query($text: String!) {
          searchPersons(text: $text) { totalCount }
          searchDocuments(text: $text) { totalCount }
          searchSeizures(text: $text) { totalCount } }`,
        variables: { text: UNIFIED_SEARCH_TEXT },
      }),
    });
    const { data, errors } = (await response.json()) as any;
    expect(data.searchPersons.totalCount).toBeGreaterThan(0);
    expect(data.searchDocuments.totalCount).toBe(1);
    expect(data.searchSeizures).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'The substances service is unavailable',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'substances' },
    });
  });

  it('a record answers without its links to the missing subgraph: the link is null with an error on its path', async () => {
    const { data, errors } = await post(
      gateway.url,
      `{ searchPersons(text: "Anna Eriksson", first: 1) { edges { node { id familyName seizures { id } } } } }`,
    );
    const node = data.searchPersons.edges[0].node;
    expect(node).toMatchObject({ familyName: 'Eriksson', seizures: null });
    expect(errors[0].path).toEqual(['searchPersons', 'edges', 0, 'node', 'seizures']);
    expect(errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('the gateway reports which subgraph is unavailable on /ready', async () => {
    const ready = await (await fetch(gateway.url.replace(/graphql$/, 'ready'))).json();
    expect(ready).toMatchObject({ status: 'ready', persons: 'ready', substances: 'unavailable' });
  });
});

describe('persons down', () => {
  let gateway: ServiceProcess;
  beforeAll(async () => {
    gateway = await startService('gateway', {
      port: await freePort(),
      logDir: path.join(os.tmpdir(), 'liaison-test-partial'),
      env: {
        ...process.env,
        PERSONS_URL: `http://localhost:${await freePort()}/graphql`,
        DOCUMENTS_URL: serviceUrl('documents'),
        VEHICLES_URL: serviceUrl('vehicles'),
        SUBSTANCES_URL: serviceUrl('substances'),
        LOG_LEVEL: 'silent',
      },
    });
  });
  afterAll(() => gateway.stop());

  it('searchSeizures still returns its seizures, their persons null with an error naming that field', async () => {
    const { data, errors } = await post(
      gateway.url,
      `{ searchSeizures(text: "cocaine", criteria: { country: "SE" }, first: 1) {
           edges { node { id quantityKg persons { id } vehicles { id } } } } }`,
    );
    const node = data.searchSeizures.edges[0].node;
    expect(node.id).toBeDefined();
    expect(node.persons).toBeNull();
    expect(Array.isArray(node.vehicles)).toBe(true);
    expect(errors.map((error: { path: unknown[] }) => error.path)).toContainEqual([
      'searchSeizures',
      'edges',
      0,
      'node',
      'persons',
    ]);
  });
});
