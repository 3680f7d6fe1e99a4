// Generated bad requests (fast-check, a fixed seed so that a failure replays) at the gateway and straight at a
// subgraph: every answer is JSON with a GraphQL error or data, never a 5xx, an HTML page or a stack trace, and a good
// request is still answered after every batch. The counts by status and code are written to the log dir.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { PURPOSE_HEADER } from '../shared/auth';
import { postRaw, serviceUrl, subgraphHeaders, tokenFor, type ServiceName } from './client';
import { ERIKSSON } from './fixtures';

const REQUESTS = 10_000;
const BATCH = 500;
const PARALLEL = 8;

const VALID_QUERIES = [
  `{ searchPersons(text: "Anna Eriksson") { totalCount edges { score node { id familyName } } } }`,
  `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { edges { matchedOn { field kind value } } } }`,
  `query ($t: String!) { searchVehicles(text: $t, first: 5) { totalCount } }`,
  `{ checkDocument(number: "${ERIKSSON.documentNumber}", issuingCountry: "SE") { hit matches { reference } } }`,
  `query ($items: [DocumentCheckInput!]!) { checkDocuments(items: $items) { hit } }`,
  `{ hitsOnMyRecords(filter: { since: "2026-01-01T00:00:00Z" }) { documents(first: 2) { pageInfo { hasNextPage } } } }`,
  `mutation ($id: ID!) { revokeDocument(id: $id, reason: "fuzz") { id } }`,
];

/** A valid query with a random edit: a cut, an insertion, a repeat or a swapped literal. */
const mutatedQuery = fc
  .tuple(fc.constantFrom(...VALID_QUERIES), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 12 }))
  .chain(([query, a, b, insert]) => {
    const at = a % (query.length + 1);
    const to = Math.min(query.length, at + (b % 12));
    return fc.constantFrom(
      query.slice(0, at) + query.slice(to),
      query.slice(0, at) + insert + query.slice(at),
      query.slice(0, at) + query.slice(at, to).repeat(3) + query.slice(to),
      query.replace(/"[^"]*"/, JSON.stringify(insert)),
      query.replace(/\d+/, String(2 ** 40 + b)),
    );
  });

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));

const variables = fc.oneof(
  fc.dictionary(fc.constantFrom('t', 'items', 'id', 'x'), fc.jsonValue({ maxDepth: 3 })),
  fc.record({ t: anyText, id: anyText, items: fc.array(fc.record({ number: anyText, issuingCountry: anyText })) }),
  fc.constant(undefined),
);

const body: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc
    .record({ query: mutatedQuery, variables, operationName: fc.option(anyText, { nil: undefined }) })
    .map((b) => JSON.stringify(b)),
  fc.record({ query: fc.constantFrom(...VALID_QUERIES), variables }).map((b) => JSON.stringify(b)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.record({ query: anyText, extensions: fc.jsonValue({ maxDepth: 2 }) }).map((b) => JSON.stringify(b)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    'application/json; charset=latin1',
    'text/plain',
    'application/graphql',
    'multipart/form-data; boundary=x',
    '',
  ),
  fc.stringMatching(/^[a-z/+.; =-]{0,30}$/),
);

const purpose = fc.oneof({ weight: 4, arbitrary: fc.constant('FUZZ-CASE-1') }, fc.stringMatching(/^[ -~]{0,40}$/));

const request = fc.record({
  service: fc.constantFrom<ServiceName>('gateway', 'gateway', 'documents'),
  body,
  contentType,
  purpose,
  method: fc.oneof({ weight: 9, arbitrary: fc.constant('POST') }, fc.constant('GET')),
  query: fc.stringMatching(/^[ -~]{0,60}$/),
});

type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(generated: Generated, token: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (generated.contentType) headers['content-type'] = generated.contentType;
  if (generated.purpose) headers[PURPOSE_HEADER] = generated.purpose;
  if (generated.service !== 'gateway') Object.assign(headers, await subgraphHeaders(generated.service, token));
  const url =
    generated.method === 'GET'
      ? `${serviceUrl(generated.service)}?${encodeURI(generated.query)}`
      : serviceUrl(generated.service);
  return postRaw(url, headers, generated.body, generated.method);
}

describe('fuzzing the HTTP endpoints', () => {
  it(`answers ${REQUESTS} generated bad requests in JSON, without a 5xx, and keeps serving`, async () => {
    const token = await tokenFor();
    const cases = fc.sample(request, { numRuns: REQUESTS, seed: 20261202 });
    const counts = new Map<string, number>();
    const failures: string[] = [];
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      let next = 0;
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          while (next < batch.length) {
            const generated = batch[next++];
            const answer = await send(generated, token);
            let code: string;
            try {
              const parsed = JSON.parse(answer.text) as {
                errors?: { extensions?: { code?: string } }[];
                data?: unknown;
              };
              code = parsed.errors?.[0]?.extensions?.code ?? (parsed.data !== undefined ? 'data' : 'none');
            } catch {
              code = 'not JSON';
            }
            const key = `${answer.status} ${code}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
            const bad =
              answer.status >= 500 ||
              !/^application\/(graphql-response\+)?json/.test(answer.type) ||
              code === 'not JSON' ||
              code === 'none' ||
              /<html|\bat \w+ \(|node_modules|\.ts:\d+/i.test(answer.text);
            if (bad && failures.length < 5) {
              failures.push(`${key}: ${JSON.stringify({ ...generated, body: String(generated.body).slice(0, 200) })}`);
            }
          }
        }),
      );
      const good = await postRaw(
        serviceUrl('gateway'),
        { 'content-type': 'application/json', authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'FUZZ-CONTROL' },
        JSON.stringify({ query: VALID_QUERIES[3] }),
      );
      expect(good.status).toBe(200);
      expect(JSON.parse(good.text).data.checkDocument.hit).toBe(true);
    }
    const report = [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${count}\t${key}`);
    writeFileSync(path.join(process.env.LIAISON_TEST_LOG_DIR ?? '.', 'fuzz-requests.tsv'), report.join('\n') + '\n');
    expect(failures).toEqual([]);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(REQUESTS);
  });
});
