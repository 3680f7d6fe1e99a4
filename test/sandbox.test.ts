// The gateway's sandbox works without internet access: the page loads only the gateway's own files (and says so
// to the browser in its Content-Security-Policy), and its example tabs are operations that run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, serviceUrl } from './client';
import { SANDBOX_EXAMPLES, sandboxConfig } from '../gateway/src/sandbox';

const gateway = () => serviceUrl('gateway').replace(/\/graphql$/, '');

interface SandboxConfig {
  endpoint: string;
  headers: string;
  tabs: { query: string; variables: string; headers: string }[];
}

describe('the GraphQL sandbox', () => {
  it('is served to a browser opening /graphql, loading nothing but the gateway’s own files', async () => {
    const response = await fetch(`${gateway()}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const page = await response.text();
    const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const reference of references) {
      expect(reference).toMatch(/^\/sandbox\/assets\/[\w.-]+$/);
      const asset = await fetch(`${gateway()}${reference}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(reference.endsWith('.css') ? /text\/css/ : /javascript/);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
  });

  it('serves only its listed assets', async () => {
    for (const name of ['unknown.js', '..%2F..%2Fpackage.json', 'constructor']) {
      expect((await fetch(`${gateway()}/sandbox/assets/${name}`)).status).toBe(404);
    }
  });

  it('leaves GraphQL requests to the endpoint', async () => {
    const response = await fetch(`${gateway()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('opens the example operations of operations/ as tabs, with the headers every request needs', async () => {
    const config = (await (await fetch(`${gateway()}/sandbox/config.json`)).json()) as SandboxConfig;
    expect(config.endpoint).toBe('/graphql');
    const unifiedSearch = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');
    expect(config.tabs[0].query).toBe(unifiedSearch);
    expect(config.tabs.map((tab) => /(?:query|mutation|subscription) (\w+)/.exec(tab.query)?.[1])).toEqual([
      'UnifiedSearch',
      'PersonAndLinks',
      'CheckDocument',
      'CheckDocuments',
      'HitsOnMyRecords',
      'HitNotifications',
      'HitNotificationsLive',
      'InformationRequestInbox',
      'AnswerInformationRequest',
    ]);
    const headers = JSON.parse(config.headers);
    expect(headers['x-liaison-purpose']).toBeTruthy();
    // Outside development no token is handed out: the officer pastes their own.
    expect(headers.authorization).toBe('Bearer <your token>');
  });

  it('has example operations that run without errors as they are, but for a placeholder said so', async () => {
    const config = (await (await fetch(`${gateway()}/sandbox/config.json`)).json()) as SandboxConfig;
    for (const [i, tab] of config.tabs.entries()) {
      const { data, errors } = await graphql(tab.query, JSON.parse(tab.variables));
      const placeholder = SANDBOX_EXAMPLES[i].answersWith;
      if (/^subscription /m.test(tab.query)) {
        // Valid against the schema but sent for JSON: the one error says to send it as server-sent events (which
        // test/sandbox-browser.test.ts does, through the page).
        expect(errors?.map((error) => error.message)).toEqual([expect.stringContaining('text/event-stream')]);
        continue;
      }
      if (placeholder) {
        expect(errors?.map((error) => error.extensions?.code)).toEqual([placeholder]);
        continue;
      }
      expect(errors).toBeUndefined();
      expect(data).toBeTruthy();
    }
  });

  it('in development, hands its token to a browser on this machine only, and keeps no pasted token', async () => {
    const options = { developmentToken: async () => 'DEV.TOKEN.SIGNED' };
    for (const local of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const config = await sandboxConfig(options, local);
      expect(JSON.parse(config.headers).authorization).toBe('Bearer DEV.TOKEN.SIGNED');
      expect(config.persistHeaders).toBe(true);
    }
    for (const remote of ['10.1.2.3', '::ffff:192.168.0.7', undefined]) {
      const config = await sandboxConfig(options, remote);
      expect(JSON.parse(config.headers).authorization).toBe('Bearer <your token>');
      expect(config.persistHeaders).toBe(false);
    }
  });
});
