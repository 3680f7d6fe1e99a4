import os from 'node:os';
import path from 'node:path';
import { startService, type ServiceProcess } from '../scripts/stack';
import { serviceUrl, tokenFor } from './client';
import { freePort } from './setup/database';
import { UNIFIED_SEARCH_TEXT } from './fixtures';

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

  it('the gateway reports which subgraph is unavailable on /ready', async () => {
    const ready = await (await fetch(gateway.url.replace(/graphql$/, 'ready'))).json();
    expect(ready).toMatchObject({ status: 'ready', persons: 'ready', substances: 'unavailable' });
  });
});
