// Tokens and inputs that reach the audit log or PostgreSQL: the user id a token names, how long a token may live,
// who makes the request id, and dates PostgreSQL cannot hold.
import { SignJWT } from 'jose';
import { PURPOSE_HEADER } from '../shared/auth';
import { OFFICER, graphql, serviceUrl, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import { sql } from './sql';
import { forgedUserToken } from './forge';

const SEARCH = `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { totalCount } }`;

describe('user tokens', () => {
  it.each([
    ['an empty sub', (jwt: SignJWT) => jwt.setSubject('')],
    ['a sub with a line break', (jwt: SignJWT) => jwt.setSubject('officer\nforged-audit-line')],
    ['a sub with a NUL byte', (jwt: SignJWT) => jwt.setSubject('officer\u0000')],
    ['a sub of 129 characters', (jwt: SignJWT) => jwt.setSubject('o'.repeat(129))],
    ['a sub of spaces', (jwt: SignJWT) => jwt.setSubject('   ')],
    ['a token living 13 hours', (jwt: SignJWT) => jwt.setIssuedAt().setExpirationTime('13h')],
    ['a token issued 13 hours ago', (jwt: SignJWT) => jwt.setIssuedAt('-13h').setExpirationTime('1h')],
    ['a token without iat', null],
  ])('refuses %s, at the gateway and at a subgraph', async (_what, change) => {
    const token = await (change ? forgedUserToken(change) : forgedUserToken((jwt) => jwt, { issuedAt: false }));
    for (const service of ['gateway', 'documents'] as const) {
      const { data, errors } = await graphql(SEARCH, {}, service, { authorization: `Bearer ${token}` });
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each([
    ['a sub with spaces and accents inside', (jwt: SignJWT) => jwt.setSubject('Åsa Öberg (SE-NOA)')],
    ['a sub of 128 characters', (jwt: SignJWT) => jwt.setSubject('o'.repeat(128))],
    ['a token living 12 hours', (jwt: SignJWT) => jwt.setIssuedAt().setExpirationTime('12h')],
  ])('accepts %s', async (_what, change) => {
    const token = await forgedUserToken(change);
    const { errors } = await graphql(SEARCH, {}, 'gateway', { authorization: `Bearer ${token}` });
    expect(errors).toBeUndefined();
  });
});

describe('request ids in the audit log', () => {
  async function send(headers: Record<string, string>, purpose: string): Promise<void> {
    const response = await fetch(serviceUrl('gateway'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor()}`,
        [PURPOSE_HEADER]: purpose,
        ...headers,
      },
      body: JSON.stringify({
        query: `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { totalCount }
                  searchVehicles(text: "${ERIKSSON.vin}") { totalCount } }`,
      }),
    });
    expect(response.status).toBe(200);
  }

  const rowsOf = async (purpose: string) =>
    (
      await sql(
        `SELECT request_id, client_request_id FROM documents.audit_event WHERE purpose = $1
         UNION ALL SELECT request_id, client_request_id FROM vehicles.audit_event WHERE purpose = $1`,
        [purpose],
      )
    ).rows;

  it("are made by Liaison, one per request across subgraphs; the client's is kept beside it", async () => {
    await send({ 'x-request-id': 'client-chosen-id' }, 'REQUEST-ID-1');
    const rows = await rowsOf('REQUEST-ID-1');
    expect(rows).toHaveLength(2);
    expect(rows[0].request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(rows[1].request_id).toBe(rows[0].request_id);
    expect(rows.map((row) => row.client_request_id)).toEqual(['client-chosen-id', 'client-chosen-id']);
  });

  it('a client cannot choose the id, not even with a UUID another request had', async () => {
    await send({}, 'REQUEST-ID-2');
    const [earlier] = await rowsOf('REQUEST-ID-2');
    await send({ 'x-request-id': earlier.request_id }, 'REQUEST-ID-3');
    const rows = await rowsOf('REQUEST-ID-3');
    expect(rows[0].request_id).not.toBe(earlier.request_id);
    expect(rows[0].client_request_id).toBe(earlier.request_id);
  });

  it("name the client's operation, not the gateway's fetch of it, so auditLog finds it by name", async () => {
    const { errors } = await graphql(
      `query UnifiedSearch { searchDocuments(text: "${ERIKSSON.documentNumber}") { totalCount }
                             searchVehicles(text: "${ERIKSSON.vin}") { totalCount } }`,
      {},
      'gateway',
      { purpose: 'OPERATION-NAME-1' },
    );
    expect(errors).toBeUndefined();
    const { rows } = await sql(
      `SELECT operation FROM documents.audit_event WHERE purpose = 'OPERATION-NAME-1'
       UNION ALL SELECT operation FROM vehicles.audit_event WHERE purpose = 'OPERATION-NAME-1'`,
    );
    expect(rows.map((row) => row.operation).sort()).toEqual([
      'UnifiedSearch searchDocuments',
      'UnifiedSearch searchVehicles',
    ]);
    const supervisor = { ...OFFICER, roles: ['data-protection' as const] };
    const report = await graphql(
      `
        {
          auditLog(filter: { operation: "UnifiedSearch", purpose: "OPERATION-NAME-1" }) {
            documents(first: 5) {
              edges {
                node {
                  operation
                }
              }
            }
          }
        }
      `,
      {},
      'gateway',
      { principal: supervisor },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data.auditLog.documents.edges).toHaveLength(1);
  });

  it('an unusable client id is dropped, the request still answered and audited', async () => {
    await send({ 'x-request-id': 'x'.repeat(65) }, 'REQUEST-ID-4');
    const rows = await rowsOf('REQUEST-ID-4');
    expect(rows).toHaveLength(2);
    expect(rows[0].client_request_id).toBeNull();
  });
});

describe('dates PostgreSQL cannot hold are bad input', () => {
  const HITS = `query ($since: DateTime!) { hitsOnMyRecords(filter: { since: $since }) { documents(first: 1) { pageInfo { hasNextPage } } } }`;

  it.each(['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '275760-09-13T00:00:00Z'])(
    'a DateTime filter %s',
    async (since) => {
      const asVariable = await graphql(HITS, { since });
      expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const inline = await graphql(HITS.replace('($since: DateTime!)', '').replace('$since', JSON.stringify(since)));
      expect(inline.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    },
  );

  it.each([
    ['hit', `hit:0000-01-01T00:00:00.000000Z:1:${ERIKSSON.document}`],
    ['event', 'event:0000-01-01T00:00:00.000000Z:1'],
  ])('an audit cursor (%s) in year 0', async (kind, raw) => {
    const after = Buffer.from(raw).toString('base64url');
    const query =
      kind === 'hit'
        ? `query ($after: String) { hitsOnMyRecords(filter: {}) { documents(first: 1, after: $after) { pageInfo { hasNextPage } } } }`
        : `query ($after: String) { auditLog(filter: {}) { documents(first: 1, after: $after) { pageInfo { hasNextPage } } } }`;
    const principal = { ...OFFICER, roles: ['data-protection' as const] };
    const { errors } = await graphql(query, { after }, 'gateway', { principal });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argument).toBe('after');
  });
});
