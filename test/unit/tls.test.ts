import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  developmentCaFile,
  ensureDevelopmentCertificates,
  serverCredentials,
  serviceRequest,
  trustingAgent,
} from '../../shared/tls';

describe('development certificates', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-tls-'));
    process.env.LIAISON_KEYS_DIR = dir;
    await ensureDevelopmentCertificates();
  });
  afterAll(() => {
    delete process.env.LIAISON_KEYS_DIR;
  });

  it('makes a CA and a server certificate per service that chains to it, for 127.0.0.1, ::1 and localhost', () => {
    const ca = new X509Certificate(readFileSync(developmentCaFile()));
    expect(ca.ca).toBe(true);
    expect(ca.subject).toMatch(/Liaison development CA/);
    for (const name of ['gateway', 'persons', 'documents', 'vehicles', 'substances', 'postgres'] as const) {
      const certificate = new X509Certificate(serverCredentials(name).cert);
      expect(certificate.ca).toBe(false);
      expect(certificate.subject).toMatch(`liaison-${name}`);
      expect(certificate.verify(ca.publicKey)).toBe(true);
      expect(certificate.checkIssued(ca)).toBe(true);
      expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
      expect(certificate.checkIP('::1')).toBeDefined();
      expect(certificate.checkHost('localhost')).toBe('localhost');
      expect(certificate.checkHost('example.org')).toBeUndefined();
      expect(certificate.publicKey.asymmetricKeyType).toBe('ec');
    }
  });

  it('keeps private keys readable by their owner only', () => {
    for (const file of ['tls-ca-key.pem', 'tls-persons-key.pem', 'tls-postgres-key.pem'])
      expect(statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
  });

  it('keeps certificates that are still valid at the next start', async () => {
    const before = readFileSync(path.join(dir, 'tls-persons.pem'), 'utf8');
    await ensureDevelopmentCertificates();
    expect(readFileSync(path.join(dir, 'tls-persons.pem'), 'utf8')).toBe(before);
  });

  it('serves TLS that a client trusting the CA accepts, and production files override the development ones', async () => {
    const server = https.createServer({ ...serverCredentials('documents'), minVersion: 'TLSv1.3' }, (_req, res) =>
      res.end('ok'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      expect((await serviceRequest(url)).body).toBe('ok');
      const agent = trustingAgent();
      await expect(
        new Promise((resolve, reject) =>
          https.get(url.replace('127.0.0.1', 'localhost'), { agent }, resolve).on('error', reject),
        ),
      ).resolves.toBeTruthy();
      agent.destroy();
    } finally {
      server.close();
    }
    process.env.PERSONS_TLS_CERT_FILE = path.join(dir, 'tls-vehicles.pem');
    process.env.LIAISON_TLS_KEY_FILE = path.join(dir, 'tls-vehicles-key.pem');
    try {
      expect(serverCredentials('persons')).toEqual(serverCredentials('vehicles'));
    } finally {
      delete process.env.PERSONS_TLS_CERT_FILE;
      delete process.env.LIAISON_TLS_KEY_FILE;
    }
  });
  it('pools keep-alive connections under a name without the CA, and still apart by host and server name', async () => {
    const server = https.createServer({ ...serverCredentials('documents'), minVersion: 'TLSv1.3' }, (_req, res) =>
      res.end('ok'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = trustingAgent({ keepAlive: true });
    try {
      const port = (server.address() as AddressInfo).port;
      const ca = readFileSync(developmentCaFile(), 'utf8');
      const options = { ...agent.options, host: '127.0.0.1', port };
      const name = agent.getName(options);
      expect(name).not.toContain(ca.trim().split('\n')[1]);
      // The options the connection is then made with still carry the CA.
      expect(options.ca).toBe(agent.options.ca);
      expect(name.length).toBeLessThan(200);
      expect(agent.getName({ ...agent.options, host: 'localhost', port })).not.toBe(name);
      expect(agent.getName({ ...agent.options, host: '127.0.0.1', port, servername: 'localhost' })).not.toBe(name);
      // Another CA than the agent's own names another pool, as Node names it.
      expect(agent.getName({ ...agent.options, host: '127.0.0.1', port, ca: 'another CA' })).toContain('another CA');
      const sockets = new Set<unknown>();
      for (let request = 0; request < 3; request++) {
        await new Promise<void>((resolve, reject) =>
          https
            .get(`https://127.0.0.1:${port}/`, { agent }, (response) => {
              sockets.add(response.socket);
              response.resume().on('end', resolve);
            })
            .on('error', reject),
        );
        await new Promise((resolve) => setImmediate(resolve));
      }
      // One TLS connection served the three requests: the pool found its free socket by that name.
      expect(sockets.size).toBe(1);
    } finally {
      agent.destroy();
      server.close();
    }
  });
});
