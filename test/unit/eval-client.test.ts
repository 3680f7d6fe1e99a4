// The search-quality evaluation's client waits out the gateway's rate limit as a client would (test/eval/harness.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postRespectingRateLimit } from '../../test/eval/harness';

/** A server answering its requests with `answers` in turn, recording how many arrived. */
async function scripted(answers: { status: number; headers?: Record<string, string> }[]) {
  let received = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    const { status, headers } = answers[Math.min(received++, answers.length - 1)];
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ status }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received: () => received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const post = () => ({ method: 'POST', body: '{}' });

describe('postRespectingRateLimit', () => {
  it('sends the request again after the Retry-After of a 429, and returns the answer that followed', async () => {
    const server = await scripted([{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    try {
      const response = await postRespectingRateLimit(server.url, post);
      expect([response.status, await response.json(), server.received()]).toEqual([200, { status: 200 }, 2]);
    } finally {
      await server.close();
    }
  });

  it('returns a 429 without Retry-After, and any other answer, as it came', async () => {
    const server = await scripted([{ status: 429 }, { status: 400 }]);
    try {
      expect((await postRespectingRateLimit(server.url, post)).status).toBe(429);
      expect((await postRespectingRateLimit(server.url, post)).status).toBe(400);
      expect(server.received()).toBe(2);
    } finally {
      await server.close();
    }
  });
});
