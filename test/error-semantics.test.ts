// Bad requests get a JSON GraphQL error with a stable code and a 4xx status, at the gateway and at a subgraph alike:
// never an HTML page, a stack trace, an absolute path or a 500 (SPEC 5.3).
import { PURPOSE_HEADER } from '../shared/auth';
import { postRaw, serviceUrl, subgraphHeaders, tokenFor, type ServiceName } from './client';

interface Answer {
  status: number;
  type: string;
  text: string;
  body: any;
}

const SERVICES: ServiceName[] = ['gateway', 'documents'];

async function headersFor(service: ServiceName, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const token = await tokenFor();
  const base: Record<string, string> = {
    authorization: `Bearer ${token}`,
    [PURPOSE_HEADER]: 'ERROR-SEMANTICS',
    ...(service === 'gateway' ? {} : await subgraphHeaders(service, token)),
  };
  return { ...base, ...extra };
}

async function send(
  service: ServiceName,
  body: string | Buffer,
  options: { contentType?: string; headers?: Record<string, string>; method?: string; path?: string } = {},
): Promise<Answer> {
  const headers = await headersFor(service, {
    ...(options.contentType === '' ? {} : { 'content-type': options.contentType ?? 'application/json' }),
    ...options.headers,
  });
  const url = options.path ? serviceUrl(service).replace(/\/graphql$/, options.path) : serviceUrl(service);
  const answer = await postRaw(url, headers, body, options.method ?? 'POST');
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    parsed = undefined;
  }
  return { ...answer, body: parsed };
}

const json = (value: unknown) => JSON.stringify(value);

/** What every answer to a bad request must be: JSON, 4xx, a stable code, nothing of the server's insides. */
function expectClearRefusal(answer: Answer, status: number | number[], code: string | RegExp): void {
  expect(answer.type).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE|\bat \w+ \(|\/work\/|node_modules|\.ts:\d+/i);
  expect(Array.isArray(status) ? status : [status]).toContain(answer.status);
  expect(answer.body?.errors?.[0]?.extensions?.code).toMatch(code);
  expect(answer.body?.errors?.[0]?.message).toEqual(expect.any(String));
}

const GOOD = '{ checkDocument(number: "X1234567", issuingCountry: "SE") { hit } }';

describe.each(SERVICES)('bad requests at %s', (service) => {
  it('a syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
    expectClearRefusal(await send(service, json({ query: '{ checkDocument(' })), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('an unknown or empty operationName is 400', async () => {
    for (const operationName of ['Nope', '']) {
      const answer = await send(service, json({ query: `query A ${GOOD} query B ${GOOD}`, operationName }));
      expectClearRefusal(answer, 400, /^(OPERATION_RESOLUTION_FAILURE|BAD_REQUEST|BAD_USER_INPUT)$/);
    }
  });

  it('a subscription is 400', async () => {
    const answer = await send(service, json({ query: 'subscription { hits }' }));
    expectClearRefusal(answer, 400, /^(GRAPHQL_VALIDATION_FAILED|BAD_REQUEST)$/);
  });

  it('an out-of-range Int literal is 400', async () => {
    const answer = await send(
      service,
      json({ query: '{ searchDocuments(text: "X1234567", first: 99999999999) { totalCount } }' }),
    );
    expectClearRefusal(answer, 400, /^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  });

  it('a persisted query with a wrong hash is a clear 400', async () => {
    const answer = await send(
      service,
      json({ query: GOOD, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    );
    expectClearRefusal(answer, 400, /^(BAD_REQUEST|PERSISTED_QUERY_HASH_MISMATCH)$/);
  });

  it.each([
    ['malformed JSON', '{"query": ', 400],
    ['a JSON array', '[]', 400],
    ['a JSON string', '"query"', 400],
    ['a JSON number', '42', 400],
    ['JSON null', 'null', 400],
  ] as const)('%s is a JSON 400', async (_what, body, status) => {
    expectClearRefusal(await send(service, body), status, /^(BAD_REQUEST|BAD_USER_INPUT)$/);
  });

  it('a body over the limit is a JSON 413', async () => {
    const answer = await send(service, json({ query: GOOD, variables: { pad: 'x'.repeat(300_000) } }));
    expectClearRefusal(answer, 413, /^(BAD_REQUEST|PAYLOAD_TOO_LARGE)$/);
  });

  it.each([
    ['an unsupported charset', 'application/json; charset=utf-16'],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no content type', ''],
  ])('%s is a JSON 4xx, not an HTML page', async (_what, contentType) => {
    const answer = await send(service, json({ query: GOOD }), { contentType });
    expectClearRefusal(answer, [400, 415], /^(BAD_REQUEST|UNSUPPORTED_MEDIA_TYPE)$/);
  });

  it('a GET with a broken query string is a JSON 400', async () => {
    const answer = await send(service, '', { method: 'GET', path: '/graphql?query=%7B&variables=%7Bnope' });
    expectClearRefusal(answer, 400, /^(BAD_REQUEST|GRAPHQL_PARSE_FAILED)$/);
  });

  it('an unknown path is a JSON 404', async () => {
    const answer = await send(service, json({ query: GOOD }), { path: '/nowhere' });
    expectClearRefusal(answer, 404, 'NOT_FOUND');
  });

  it.each([
    ['a NUL byte', 'X123\u00004567'],
    ['a lone surrogate', 'X123\ud800'],
  ])('%s in a variable is BAD_USER_INPUT naming the argument', async (_what, number) => {
    const answer = await send(
      service,
      json({
        query: 'query ($n: String!) { checkDocument(number: $n, issuingCountry: "SE") { hit } }',
        variables: { n: number },
      }),
    );
    expectClearRefusal(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toMatch(/\$n|number/);
  });

  it('a lone surrogate written in the document is BAD_USER_INPUT', async () => {
    const answer = await send(
      service,
      '{"query":"{ checkDocument(number: \\"X1\\ud800\\", issuingCountry: \\"SE\\") { hit } }"}',
    );
    expectClearRefusal(answer, 400, /^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/);
  });

  it('invalid UTF-8 in the body is a JSON 400', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ checkDocument(number: \\"X1'), Buffer.from([0xff, 0xfe])]);
    const answer = await send(
      service,
      Buffer.concat([body, Buffer.from('\\", issuingCountry: \\"SE\\") { hit } }"}')]),
    );
    expectClearRefusal(answer, 400, /^(BAD_REQUEST|BAD_USER_INPUT)$/);
  });
});

describe('bad requests at the gateway only', () => {
  it('a missing or invalid purpose is 400 BAD_USER_INPUT', async () => {
    const missing = await send('gateway', json({ query: GOOD }), { headers: { [PURPOSE_HEADER]: '' } });
    expectClearRefusal(missing, 400, 'BAD_USER_INPUT');
    const invalid = await send('gateway', json({ query: GOOD }), { headers: { [PURPOSE_HEADER]: '<script>' } });
    expectClearRefusal(invalid, 400, 'BAD_USER_INPUT');
  });

  it('a document over the token limit is 400 with a stable code', async () => {
    const query = `{ checkDocument(number: "X1234567", issuingCountry: "SE") { ${'hit '.repeat(3100)} } }`;
    expectClearRefusal(
      await send('gateway', json({ query })),
      400,
      /^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED)$/,
    );
  });

  it('an invalid Date written inline is BAD_USER_INPUT from the gateway, not a subgraph outage', async () => {
    const answer = await send(
      'gateway',
      json({
        query:
          '{ hitsOnMyRecords(filter: { since: "2026-13-45T25:00:00Z" }) { documents { pageInfo { hasNextPage } } } }',
      }),
    );
    expect(answer.body.errors[0].extensions.code).not.toBe('SUBGRAPH_UNAVAILABLE');
    expectClearRefusal(answer, 400, /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
  });

  it('after all of it, the services still answer a good request', async () => {
    for (const service of SERVICES) {
      const answer = await send(service, json({ query: GOOD }));
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });
});
