import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, userTokenVerifier } from '../shared/auth';
import { httpLoad } from '../bench/load';
import { benchOfficers } from '../bench/measure';

// The benchmark sends a run at concurrency N as N officers in turn: the gateway limits searches per credential, and
// one credential for every connection would be one runaway client (429 once the gateway carries 200 a second).

describe('npm run bench: the credentials of a run', () => {
  it('gives each of N officers of the same agency and role a credential of their own', async () => {
    const officers = await benchOfficers(4);
    const verify = await userTokenVerifier();
    const principals = await Promise.all(officers.map((headers) => verify(bearerToken(headers))));
    expect(new Set(principals.map((principal) => principal.userId)).size).toBe(4);
    for (const principal of principals) {
      expect(principal).toMatchObject({ agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] });
    }
  });

  it('sends the requests of a run in turn with the headers of the next officer', async () => {
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(String(request.headers['x-officer']));
      request.resume();
      request.on('end', () => response.end('{"data":{}}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const measured = await httpLoad({
        url: `http://127.0.0.1:${port}/graphql`,
        requests: [{ body: '{}', label: 'any' }],
        cursor: { next: 0 },
        headers: (sent) => ({ 'x-officer': String(sent % 3) }),
        found: () => true,
        connections: 3,
        seconds: 1,
      });
      expect(measured.errors).toBe(0);
      const counts = ['0', '1', '2'].map((officer) => seen.filter((value) => value === officer).length);
      expect(Math.min(...counts)).toBeGreaterThan(10);
      // In turn: each officer sends about as many as the others (a few still in flight when the run ends).
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(3);
    } finally {
      server.close();
    }
  });
});
