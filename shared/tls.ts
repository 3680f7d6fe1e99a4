// TLS between the gateway and the subgraphs (issue 11, item 4): the development CA and the services' certificates,
// made at first start like the development keys, or files named by the environment in production.
import 'reflect-metadata'; // @peculiar/x509's dependency injection (tsyringe) needs it loaded first
import { webcrypto, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import { keysDir } from './auth';
import { isProduction } from './config';
import { SUBGRAPH_NAMES, type SubgraphName } from './schema';

x509.cryptoProvider.set(webcrypto as Crypto);

/** The services that get a development certificate: the five subgraphs, the gateway, and the embedded PostgreSQL. */
export type CertificateName = SubgraphName | 'gateway' | 'postgres';
const CERTIFICATE_NAMES: CertificateName[] = ['gateway', ...SUBGRAPH_NAMES, 'postgres'];

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
const CA_DAYS = 3650;
const SERVER_DAYS = 397;
/** A certificate that expires sooner than this is made anew at start. */
const RENEW_BEFORE_MS = 30 * DAY_MS;

export function developmentCaFile(): string {
  return path.join(keysDir(), 'tls-ca.pem');
}

function developmentFiles(name: CertificateName): { cert: string; key: string } {
  return { cert: path.join(keysDir(), `tls-${name}.pem`), key: path.join(keysDir(), `tls-${name}-key.pem`) };
}

/** True when the PEM file holds a certificate valid for at least RENEW_BEFORE_MS more. */
function stillValid(file: string): boolean {
  if (!existsSync(file)) return false;
  const certificate = new X509Certificate(readFileSync(file));
  return new Date(certificate.validTo).getTime() - Date.now() > RENEW_BEFORE_MS;
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`;
}

const serial = () =>
  Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)))
    .toString('hex')
    .replace(/^[89a-f]/, '1');

/**
 * Makes the development CA and a server certificate for each service (SAN 127.0.0.1, ::1, localhost), ECDSA P-256,
 * in the keys folder, when missing or about to expire; private keys 0600. A new CA reissues every certificate.
 */
export async function ensureDevelopmentCertificates(): Promise<void> {
  mkdirSync(keysDir(), { recursive: true, mode: 0o700 });
  const caFile = developmentCaFile();
  const caKeyFile = path.join(keysDir(), 'tls-ca-key.pem');
  const newCa = !stillValid(caFile) || !existsSync(caKeyFile);
  if (newCa) {
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const ca = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serial(),
      name: 'CN=Liaison development CA',
      notBefore: new Date(Date.now() - DAY_MS),
      notAfter: new Date(Date.now() + CA_DAYS * DAY_MS),
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    writeFileSync(caKeyFile, await pkcs8Pem(keys.privateKey), { mode: 0o600 });
    writeFileSync(caFile, ca.toString('pem'));
  }
  const caCertificate = new x509.X509Certificate(readFileSync(caFile, 'utf8'));
  const caKey = await webcrypto.subtle.importKey(
    'pkcs8',
    Buffer.from(readFileSync(caKeyFile, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64'),
    ALGORITHM,
    false,
    ['sign'],
  );
  for (const name of CERTIFICATE_NAMES) {
    const files = developmentFiles(name);
    if (!newCa && stillValid(files.cert) && existsSync(files.key)) continue;
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: `CN=liaison-${name}`,
      issuer: caCertificate.subject,
      notBefore: new Date(Date.now() - DAY_MS),
      notAfter: new Date(Date.now() + SERVER_DAYS * DAY_MS),
      publicKey: keys.publicKey,
      signingKey: caKey,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension([
          { type: 'ip', value: '127.0.0.1' },
          { type: 'ip', value: '::1' },
          { type: 'dns', value: 'localhost' },
        ]),
        await x509.AuthorityKeyIdentifierExtension.create(caCertificate),
      ],
    });
    writeFileSync(files.key, await pkcs8Pem(keys.privateKey), { mode: 0o600 });
    writeFileSync(files.cert, certificate.toString('pem'));
  }
}

function envName(name: string, suffix: string): string {
  return `${name.toUpperCase()}_${suffix}`;
}

/** A file named by the first variable set, else the development file (never in production). */
function fileFrom(variables: string[], development: string): string {
  const named = variables.map((variable) => process.env[variable]).find(Boolean);
  const file = named ?? (isProduction ? undefined : development);
  if (!file || !existsSync(file)) {
    throw new Error(
      `No TLS file: set ${variables.join(' or ')}` +
        (isProduction ? ' (or LIAISON_TLS=off behind a mesh that encrypts)' : ' or run `npm start` once'),
    );
  }
  return file;
}

/** The CA the services trust for each other: `LIAISON_TLS_CA_FILE`, else the development CA. */
export function trustedCa(): string {
  return readFileSync(fileFrom(['LIAISON_TLS_CA_FILE'], developmentCaFile()), 'utf8');
}

/**
 * A service's certificate and key: `<NAME>_TLS_CERT_FILE` / `<NAME>_TLS_KEY_FILE`, else the shared
 * `LIAISON_TLS_CERT_FILE` / `LIAISON_TLS_KEY_FILE`, else its development certificate.
 */
export function serverCredentials(name: CertificateName): { cert: string; key: string } {
  const development = developmentFiles(name);
  return {
    cert: readFileSync(fileFrom([envName(name, 'TLS_CERT_FILE'), 'LIAISON_TLS_CERT_FILE'], development.cert), 'utf8'),
    key: readFileSync(fileFrom([envName(name, 'TLS_KEY_FILE'), 'LIAISON_TLS_KEY_FILE'], development.key), 'utf8'),
  };
}

/** Keep-alive HTTPS connections trusting only the services' CA (TLS 1.3: both ends are ours). */
export function trustingAgent(options: { keepAlive?: boolean; timeout?: number } = {}): https.Agent {
  return new TrustingAgent({ ...options, ca: trustedCa(), minVersion: 'TLSv1.3' });
}

/** What names the agent's own CA in its pool's name. */
const OWN_CA = "the agent's own CA";

/**
 * Node keys an agent's pool of connections by a name that it builds on every request, and again when a socket is freed,
 * by concatenating every TLS option, the CA's PEM included, and hashes it anew: 7–12 µs a time with the development
 * CA, three times a subgraph fetch. Every request through this agent carries the agent's own CA (its options override
 * the request's), so the name leaves the PEM out; anything else names the pool as Node does. The CA is swapped in the
 * options for the call and put back before anything else runs: a copy of the request's options took 8 µs, the swap 1.
 */
class TrustingAgent extends https.Agent {
  override getName(options?: https.RequestOptions): string {
    if (!options || options.ca !== this.options.ca) return super.getName(options);
    const ca = options.ca;
    options.ca = OWN_CA;
    try {
      return super.getName(options);
    } finally {
      options.ca = ca;
    }
  }
}

export interface ServiceAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request over http or https (trusting the services' CA: Node's fetch cannot be given one), with a deadline: the
 * readiness probes, the tests' and the benchmark's direct calls to a subgraph.
 */
export function serviceRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<ServiceAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const isHttps = target.protocol === 'https:';
    const timeoutMs = options.timeoutMs ?? 10_000;
    const request = (isHttps ? https.request : http.request)(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        timeout: timeoutMs,
        ...(isHttps ? { agent: probeAgent() } : {}),
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A GET of a probe (/ready, /health) with a short deadline. */
export function probe(url: string, timeoutMs = 1000): Promise<ServiceAnswer> {
  return serviceRequest(url, { timeoutMs });
}

let sharedProbeAgent: https.Agent | undefined;
/** Made on first use: the CA file may appear only after this module is loaded (first start). */
function probeAgent(): https.Agent {
  return (sharedProbeAgent ??= trustingAgent({ keepAlive: true }));
}
