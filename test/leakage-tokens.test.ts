// Forged, expired and otherwise wrong credentials are refused everywhere: every bad user token at the gateway and
// at each subgraph (on a search, on `_entities` and on `_service`), and every bad gateway credential at each
// subgraph (each bound to its subgraph, its issuer, a short life and the user token it travels with). One test per
// (credential, service, operation); each also checks that no data came back.
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER } from '../shared/auth';
import {
  OFFICER,
  gatewayCredentialFor,
  postJson,
  serviceUrl,
  tokenFor,
  type GraphQLResponse,
  type ServiceName,
} from './client';
import { ERIKSSON } from './fixtures';
import { forgedGatewayCredential, forgedUserToken, strangerKey, type Binding } from './forge';

const SUBGRAPHS = ['persons', 'documents', 'vehicles', 'substances', 'exchange'] as const;

/** Each service's own search, so that the controls below can show a good request answered. */
const SEARCHES: Record<ServiceName, string> = {
  gateway: '{ searchPersons(text: "Anna Eriksson") { totalCount } }',
  persons: '{ searchPersons(text: "Anna Eriksson") { totalCount } }',
  documents: `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { totalCount } }`,
  vehicles: `{ searchVehicles(text: "${ERIKSSON.vin}") { totalCount } }`,
  substances: '{ searchSeizures(text: "cocaine") { totalCount } }',
  exchange: '{ hitNotifications(first: 1) { pageInfo { hasNextPage } } }',
};

const OPERATIONS: Record<string, (service: ServiceName) => { query: string; variables?: Record<string, unknown> }> = {
  search: (service) => ({ query: SEARCHES[service] }),
  _entities: () => ({
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
    variables: { r: [{ __typename: 'Person', id: ERIKSSON.person }] },
  }),
  _service: () => ({ query: '{ _service { sdl } }' }),
};

const BAD_USER_TOKENS: Record<string, () => Promise<string | null>> = {
  'no token': async () => null,
  'an unsigned token (alg none)': async () =>
    `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['admin'], aud: 'liaison-api' }),
    ).toString('base64url')}.`,
  'an expired token': () =>
    forgedUserToken((jwt) => jwt.setIssuedAt('-2h').setExpirationTime('-1h'), { roles: ['admin'] }),
  'a token signed by another key': async () =>
    forgedUserToken((jwt) => jwt, { roles: ['admin'], key: await strangerKey() }),
  'a token for another audience': () => forgedUserToken((jwt) => jwt.setAudience('another-api'), { roles: ['admin'] }),
  'a token from another issuer': () => forgedUserToken((jwt) => jwt.setIssuer('another-issuer'), { roles: ['admin'] }),
  'a token with a tampered claim': async () => {
    const [header, , signature] = (await tokenFor()).split('.');
    const claims = { sub: OFFICER.userId, agency: 'DE-BKA', jurisdiction: 'DE', roles: ['admin'], aud: 'liaison-api' };
    return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  },
};

const BAD_GATEWAY_CREDENTIALS: Record<string, (binding: Binding) => Promise<string | null>> = {
  'no gateway credential': async () => null,
  'a credential signed by another key': async (binding) =>
    forgedGatewayCredential(binding, undefined, { key: await strangerKey() }),
  'an expired credential': (binding) =>
    forgedGatewayCredential(binding, (jwt) => jwt.setIssuedAt('-2h').setExpirationTime('-1h')),
  'a credential living longer than the gateway issues them': (binding) =>
    forgedGatewayCredential(binding, (jwt) => jwt.setIssuedAt('-10m').setExpirationTime('1h')),
  'a credential for the API audience': (binding) =>
    forgedGatewayCredential(binding, (jwt) => jwt.setAudience('liaison-api')),
  'a credential for all subgraphs (the old audience)': (binding) =>
    forgedGatewayCredential(binding, (jwt) => jwt.setAudience('liaison-subgraphs')),
  'a credential for another subgraph': (binding) =>
    forgedGatewayCredential({ ...binding, service: binding.service === 'persons' ? 'documents' : 'persons' }),
  'a credential from another issuer': (binding) =>
    forgedGatewayCredential(binding, (jwt) => jwt.setIssuer('liaison-dev')),
  'a credential bound to another user token': async (binding) =>
    forgedGatewayCredential({ ...binding, userToken: await tokenFor({ ...OFFICER, userId: 'someone-else' }) }),
  'a credential bound to no user token': (binding) => forgedGatewayCredential(binding, undefined, { claims: {} }),
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
  return postJson<GraphQLResponse>(serviceUrl(service), headers, { query, variables });
}

function expectRefused(response: GraphQLResponse) {
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.data ?? null).toBeNull();
}

/** The gateway's own credential for this subgraph and user token (none for the gateway itself). */
const realGatewayCredential = (service: ServiceName, user: string | null) =>
  service === 'gateway' ? null : gatewayCredentialFor(service, user ?? '');

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
    // Bound to the bad token, as the gateway would bind it: the refusal is the user token's.
    const gateway = await realGatewayCredential(service, user);
    expectRefused(await send(service, operation, { user, gateway }));
  });
});

describe('bad gateway credentials, with a valid user token', () => {
  it.each(GATEWAY_CREDENTIAL_CASES)('%s is refused by %s on %s', async (credential, service, operation) => {
    const user = await tokenFor();
    const gateway = await BAD_GATEWAY_CREDENTIALS[credential]({ service, userToken: user });
    expectRefused(await send(service, operation, { user, gateway }));
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
    const user = await tokenFor();
    const response = await send(service, operation, { user, gateway: await realGatewayCredential(service, user) });
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
  });
});
