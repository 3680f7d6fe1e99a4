// Rate limits per credential: a partner walking the number space through checks is stopped with RATE_LIMITED (HTTP
// 429, Retry-After) and counted; other credentials are not affected. The suite's stack runs partners at
// 5,000 checked items a second and 3,000 an hour (test/setup/global-setup.ts).
import { PURPOSE_HEADER, type Principal } from '../shared/auth';
import { graphql, metricsUrl, serviceUrl, tokenFor } from './client';
import { operationCost, parseRateLimits } from '../gateway/src/rate-limits';
import { parse, type OperationDefinitionNode } from 'graphql';

const partner = (userId: string): Principal => ({
  userId,
  agency: 'DE-BKA',
  jurisdiction: 'DE',
  roles: ['partner'],
  contract: 'hit-no-hit',
});

const BATCH = 'query ($items: [DocumentCheckInput!]!) { checkDocuments(items: $items) { hit } }';
const items = (from: number) =>
  Array.from({ length: 100 }, (_, i) => ({ number: `ZZ${String(from + i).padStart(7, '0')}`, issuingCountry: 'SE' }));

async function send(principal: Principal, from: number) {
  const response = await fetch(serviceUrl('gateway').replace(/\/graphql$/, '/contracts/hit-no-hit/graphql'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(principal)}`,
      [PURPOSE_HEADER]: 'RATE-LIMIT-PROBE',
    },
    body: JSON.stringify({ query: BATCH, variables: { items: items(from) } }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

async function rateLimitedSoFar(): Promise<number> {
  const metrics = await (await fetch(metricsUrl('gateway'))).text();
  return Number(/^liaison_rate_limited_total\{category="partner-checks"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
}

describe('rate limits', () => {
  it('stop a partner enumerating document numbers, and no one else', async () => {
    const walker = partner('partner-walker');
    const before = await rateLimitedSoFar();
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    let answered = 0;
    // 3,100 items against an hourly 3,000: the 31st batch at the latest is refused.
    for (let batch = 0; batch < 31 && !refused; batch++) {
      const result = await send(walker, batch * 100);
      if (result.status === 200) {
        expect(result.body.errors).toBeUndefined();
        answered++;
      } else refused = result;
    }
    expect(answered).toBeGreaterThan(0);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused?.body.data ?? null).toBeNull();
    expect(refused?.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused?.body.errors[0].message).toMatch(/too many partner checks for this credential/);
    expect(await rateLimitedSoFar()).toBe(before + 1);

    // Still refused, while another partner and an officer are answered.
    expect((await send(walker, 0)).status).toBe(429);
    expect((await send(partner('partner-other'), 0)).status).toBe(200);
    const { errors } = await graphql(`
      {
        checkDocument(number: "ZZ0000001", issuingCountry: "SE") {
          hit
        }
      }
    `);
    expect(errors).toBeUndefined();
  });

  it('count a request with any search once, a single check once, and a batch by its items', () => {
    const cost = (query: string, variables?: Record<string, unknown>) => {
      const document = parse(query);
      return operationCost(document.definitions[0] as OperationDefinitionNode, document, variables);
    };
    expect(cost('{ searchPersons(text: "a") { totalCount } searchDocuments(text: "a") { totalCount } }')).toEqual({
      searches: 1,
      checks: 0,
    });
    expect(
      cost('{ a: checkDocument(number: "1", issuingCountry: "SE") { hit } b: checkVehicle(vin: "x") { hit } }'),
    ).toEqual({
      searches: 0,
      checks: 2,
    });
    expect(cost('{ checkPersons(items: [{ name: "a" }, { name: "b" }, { name: "c" }]) { hit } }').checks).toBe(3);
    expect(cost(BATCH, { items: items(0) }).checks).toBe(100);
    // Behind a fragment spread, the same batch costs the same.
    const spread =
      'query ($items: [DocumentCheckInput!]!) { ...F } fragment F on Query { checkDocuments(items: $items) { hit } }';
    expect(cost(spread, { items: items(0) }).checks).toBe(100);
  });

  it('read their settings as points/seconds or off', () => {
    expect(parseRateLimits('50/1, 20000/3600')).toEqual([
      { points: 50, seconds: 1 },
      { points: 20000, seconds: 3600 },
    ]);
    expect(parseRateLimits('off')).toEqual([]);
    expect(() => parseRateLimits('50 a second')).toThrow(/points\/seconds/);
  });
});
