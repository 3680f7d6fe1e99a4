import { exportPKCS8, generateKeyPair } from 'jose';
import { signDevelopmentToken } from '../shared/auth';
import { graphql, OFFICER, type ServiceName } from './client';
import { ERIKSSON } from './fixtures';

const SUBGRAPHS: ServiceName[] = ['persons', 'documents', 'vehicles', 'substances'];

async function forgedToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return signDevelopmentToken({ ...OFFICER, roles: ['admin'] }, { privateKeyPem: await exportPKCS8(privateKey) });
}

function expectUnauthenticated(response: {
  data?: unknown;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}) {
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.data ?? null).toBeNull();
}

describe('authentication at the gateway', () => {
  const query = `{ person(id: "${ERIKSSON.person}") { familyName } }`;

  it('answers a signed, current token', async () => {
    const { data, errors } = await graphql(query);
    expect(errors).toBeUndefined();
    expect(data.person.familyName).toBe('Eriksson');
  });

  it.each([
    ['no token', { principal: null }],
    ['a malformed header', { authorization: 'Basic b2ZmaWNlcjpzZWNyZXQ=' }],
    ['an unsigned token', { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }],
  ] as const)('refuses %s with UNAUTHENTICATED', async (_name, options) => {
    expectUnauthenticated(await graphql(query, {}, 'gateway', options));
  });

  it('refuses an expired token and a forged one', async () => {
    const expired = await signDevelopmentToken(OFFICER, { expiresIn: '-10s' });
    expectUnauthenticated(await graphql(query, {}, 'gateway', { authorization: `Bearer ${expired}` }));
    expectUnauthenticated(await graphql(query, {}, 'gateway', { authorization: `Bearer ${await forgedToken()}` }));
  });
});

describe('a subgraph called directly', () => {
  it.each(SUBGRAPHS)(
    '%s refuses a request without the gateway credential, even with a valid token',
    async (service) => {
      expectUnauthenticated(await graphql('{ _service { sdl } }', {}, service, { asGateway: false }));
      expectUnauthenticated(
        await graphql(
          'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          { r: [{ __typename: 'Person', id: ERIKSSON.person }] },
          service,
          { asGateway: false },
        ),
      );
    },
  );

  it.each(SUBGRAPHS)('%s refuses the gateway credential without a valid user token', async (service) => {
    expectUnauthenticated(await graphql('{ _service { sdl } }', {}, service, { principal: null }));
    expectUnauthenticated(
      await graphql('{ _service { sdl } }', {}, service, { authorization: `Bearer ${await forgedToken()}` }),
    );
  });
});

describe('query limits at the gateway', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ person(id: "${ERIKSSON.person}") { documents { holder { documents { holder { documents { holder {
      documents { holder { documents { holder { documents { holder { id } } } } } } } } } } } } } }`;
    const { errors } = await graphql(deep);
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: person(id: "${ERIKSSON.person}") { id }`).join(' ');
    const { errors } = await graphql(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('does not suggest field names outside development', async () => {
    const { errors } = await graphql(`{ person(id: "${ERIKSSON.person}") { familyNam } }`);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});

describe('purpose of a request', () => {
  const search = '{ searchPersons(text: "Eriksson") { totalCount } }';

  it('is required for anything that reads data, at the gateway and at each subgraph', async () => {
    const atGateway = await graphql(search, {}, 'gateway', { purpose: null });
    expect(atGateway.errors?.[0]).toMatchObject({
      message: expect.stringContaining('x-liaison-purpose'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(atGateway.data ?? null).toBeNull();
    const atSubgraph = await graphql(search, {}, 'persons', { purpose: null });
    expect(atSubgraph.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused when it is not a plausible purpose or case reference', async () => {
    const { errors } = await graphql(search, {}, 'gateway', { purpose: '<script>' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is not needed for introspection, so the sandbox can load the schema', async () => {
    const { data, errors } = await graphql('{ __schema { queryType { name } } }', {}, 'gateway', { purpose: null });
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe('Query');
  });
});
