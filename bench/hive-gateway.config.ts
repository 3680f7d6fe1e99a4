// Hive Gateway's configuration for `npm run bench` (bench/hive.ts starts it on gateway/supergraph.graphql): the
// subgraphs' addresses of this run, the headers our subgraphs require, passed on from the client, and the gateway
// credential, signed here per subgraph and user token exactly as our gateway signs it (shared/auth.ts) with the
// gateway key. Hive Gateway loads this file as an ES module, so it imports nothing of ours: bench/hive.ts passes the
// lists, the key file and the credential's header in the environment, and trusts the services' CA
// (NODE_EXTRA_CA_CERTS).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
import { SignJWT, importPKCS8 } from 'jose';

const list = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
const SUBGRAPHS = list('BENCH_HIVE_SUBGRAPHS');
const PROPAGATED_HEADERS = list('BENCH_HIVE_PROPAGATED_HEADERS');
const CREDENTIAL_HEADER = process.env.BENCH_HIVE_CREDENTIAL_HEADER ?? 'x-liaison-gateway';
const gatewayKey = importPKCS8(readFileSync(process.env.BENCH_HIVE_GATEWAY_KEY_FILE ?? '', 'utf8'), 'ES256');

/** Signed credentials per (subgraph, user token), renewed after 30 of their 60 s, as our gateway keeps them. */
const credentials = new Map<string, { credential: Promise<string>; renewAt: number }>();
function credentialFor(subgraph: string, authorization: string | null): Promise<string> {
  const userToken = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const key = `${subgraph} ${userToken}`;
  const cached = credentials.get(key);
  if (cached && cached.renewAt > Date.now()) return cached.credential;
  if (credentials.size >= 10_000) credentials.clear();
  const credential = gatewayKey.then((privateKey) =>
    new SignJWT({ uth: createHash('sha256').update(userToken).digest('base64url') })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('liaison-gateway')
      .setSubject('liaison-gateway')
      .setAudience(`liaison-subgraph:${subgraph}`)
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(privateKey),
  );
  credentials.set(key, { credential, renewAt: Date.now() + 30_000 });
  return credential;
}

export const gatewayConfig = defineConfig({
  // Routing URLs come from the environment (PERSONS_URL, ...), as for our gateway, not from the supergraph.
  transportEntries: Object.fromEntries(
    SUBGRAPHS.map((name) => [name, { location: process.env[`${name.toUpperCase()}_URL`] }]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, subgraphName }) => ({
      ...Object.fromEntries(PROPAGATED_HEADERS.map((header) => [header, request.headers.get(header)])),
      [CREDENTIAL_HEADER]: await credentialFor(subgraphName, request.headers.get('authorization')),
    }),
  },
  graphiql: false,
  landingPage: false,
  logging: 'warn',
});
