// Forged, expired and otherwise wrong credentials are refused everywhere: every bad user token at the gateway and
// at each subgraph (on a search, on `_entities` and on `_service`), and every bad gateway credential at each
// subgraph. One test per (credential, service, operation); each also checks that no data came back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, exportPKCS8, generateKeyPair, importPKCS8, type CryptoKey } from 'jose';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  gatewayCredentialSigner,
  keysDir,
  tokenSettings,
} from '../shared/auth';
import { OFFICER, serviceUrl, tokenFor, type GraphQLResponse, type ServiceName } from './client';
import { ERIKSSON } from './fixtures';

const SUBGRAPHS = ['persons', 'documents', 'vehicles', 'substances'] as const;

/** Each service's own search, so that the controls below can show a good request answered. */
const SEARCHES: Record<ServiceName, string> = {
  gateway: '{ searchPersons(text: "Anna Eriksson") { totalCount } }',
  persons: '{ searchPersons(text: "Anna Eriksson") { totalCount } }',
  documents: `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { totalCount } }`,
  vehicles: `{ searchVehicles(text: "${ERIKSSON.vin}") { totalCount } }`,
  substances: '{ searchSeizures(text: "cocaine") { totalCount } }',
};

const OPERATIONS: Record<string, (service: ServiceName) => { query: string; variables?: Record<string, unknown> }> = {
  search: (service) => ({ query: SEARCHES[service] }),
  _entities: () => ({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
    variables: { r: [{ __typename: 'Person', id: ERIKSSON.person }] },
  }),
  _service: () => ({ query: '{ _service { sdl } }' }),
};

const privateKey = (name: 'users' | 'gateway') =>
  importPKCS8(readFileSync(path.join(keysDir(), `${name}-private.pem`), 'utf8'), 'ES256');

async function strangerKey() {
  const { privateKey: key } = await generateKeyPair('ES256', { extractable: true });
  return importPKCS8(await exportPKCS8(key), 'ES256');
}

/** A user token with the officer's claims, changed by `change` before it is signed. */
async function userToken(change: (jwt: SignJWT) => SignJWT, key?: CryptoKey): Promise<string> {
  const { issuer, audience } = tokenSettings();
  const jwt = new SignJWT({ agency: OFFICER.agency, jurisdiction: OFFICER.jurisdiction, roles: ['admin'] })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(OFFICER.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('1h');
  return change(jwt).sign(key ?? (await privateKey('users')));
}

const BAD_USER_TOKENS: Record<string, () => Promise<string | null>> = {
  'no token': async () => null,
  'an unsigned token (alg none)': async () =>
    `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['admin'], aud: 'liaison-api' }),
    ).toString('base64url')}.`,
  'an expired token': () => userToken((jwt) => jwt.setIssuedAt('-2h').setExpirationTime('-1h')),
  'a token signed by another key': async () => userToken((jwt) => jwt, await strangerKey()),
  'a token for another audience': () => userToken((jwt) => jwt.setAudience('another-api')),
  'a token from another issuer': () => userToken((jwt) => jwt.setIssuer('another-issuer')),
  'a token with a tampered claim': async () => {
    const [header, , signature] = (await tokenFor()).split('.');
    const claims = { sub: OFFICER.userId, agency: 'DE-BKA', jurisdiction: 'DE', roles: ['admin'], aud: 'liaison-api' };
    return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  },
};

/** A gateway credential signed like the gateway's, changed by `change`. */
async function gatewayCredential(change: (jwt: SignJWT) => SignJWT, key?: CryptoKey): Promise<string> {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('liaison-gateway')
    .setAudience('liaison-subgraphs')
    .setIssuedAt()
    .setExpirationTime('60s');
  return change(jwt).sign(key ?? (await privateKey('gateway')));
}

const BAD_GATEWAY_CREDENTIALS: Record<string, () => Promise<string | null>> = {
  'no gateway credential': async () => null,
  'a credential signed by another key': async () => gatewayCredential((jwt) => jwt, await strangerKey()),
  'an expired credential': () => gatewayCredential((jwt) => jwt.setIssuedAt('-2h').setExpirationTime('-1h')),
  'a credential for another audience': () => gatewayCredential((jwt) => jwt.setAudience('liaison-api')),
  "a user's token as the credential": () => tokenFor(),
};

async function send(
  service: ServiceName,
  operation: string,
  credentials: { user: string | null; gateway: string | null },
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [PURPOSE_HEADER]: 'TOKEN-PROBES' };
  if (credentials.user !== null) headers.authorization = `Bearer ${credentials.user}`;
  if (credentials.gateway !== null) headers[GATEWAY_CREDENTIAL_HEADER] = credentials.gateway;
  const { query, variables } = OPERATIONS[operation](service);
  const response = await fetch(serviceUrl(service), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

function expectRefused(response: GraphQLResponse) {
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.data ?? null).toBeNull();
}

let realGatewayCredential: () => Promise<string>;
beforeAll(async () => {
  realGatewayCredential = await gatewayCredentialSigner();
});

const USER_TOKEN_CASES = Object.keys(BAD_USER_TOKENS).flatMap((token) => [
  [token, 'gateway', 'search'] as const,
  ...SUBGRAPHS.flatMap((service) => Object.keys(OPERATIONS).map((operation) => [token, service, operation] as const)),
]);

const GATEWAY_CREDENTIAL_CASES = Object.keys(BAD_GATEWAY_CREDENTIALS).flatMap((credential) =>
  SUBGRAPHS.flatMap((service) => Object.keys(OPERATIONS).map((operation) => [credential, service, operation] as const)),
);

describe('bad user tokens', () => {
  it.each(USER_TOKEN_CASES)('%s is refused by %s on %s', async (token, service, operation) => {
    const user = await BAD_USER_TOKENS[token]();
    const gateway = service === 'gateway' ? null : await realGatewayCredential();
    expectRefused(await send(service, operation, { user, gateway }));
  });
});

describe('bad gateway credentials, with a valid user token', () => {
  it.each(GATEWAY_CREDENTIAL_CASES)('%s is refused by %s on %s', async (credential, service, operation) => {
    const gateway = await BAD_GATEWAY_CREDENTIALS[credential]();
    expectRefused(await send(service, operation, { user: await tokenFor(), gateway }));
  });
});

// The controls: the same requests with good credentials are answered, so the refusals above come from the
// credentials and not from the requests.
const CONTROL_CASES = [
  ['gateway', 'search'] as const,
  ...SUBGRAPHS.flatMap((service) => Object.keys(OPERATIONS).map((operation) => [service, operation] as const)),
];

describe('good credentials', () => {
  it.each(CONTROL_CASES)('are answered by %s on %s', async (service, operation) => {
    const gateway = service === 'gateway' ? null : await realGatewayCredential();
    const response = await send(service, operation, { user: await tokenFor(), gateway });
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
  });
});
