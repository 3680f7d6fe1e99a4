import { serviceRequest } from '../shared/tls';
import { serviceUrl, type ServiceName } from './client';

// The lean path of every service's GraphQL endpoint (shared/graphql-http.ts): a JSON POST goes straight to Apollo
// Server, and a body that is not JSON or too large is answered as a GraphQL error in JSON, not as an HTML page.
describe('GraphQL endpoint: JSON POSTs', () => {
  // Through the services' CA: the subgraphs serve HTTPS.
  const post = async (service: ServiceName, body: string) => {
    const answer = await serviceRequest(serviceUrl(service), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: answer.status, contentType: answer.headers['content-type'], json: () => JSON.parse(answer.body) };
  };

  it.each<ServiceName>(['gateway', 'persons', 'documents'])(
    'answers a body that is not JSON with a JSON 400 (%s)',
    async (service) => {
      const response = await post(service, '{"query": "{ __typename }"');
      expect(response.status).toBe(400);
      expect(response.contentType).toMatch(/^application\/json/);
      expect(response.json()).toEqual({
        errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
    },
  );

  it.each<ServiceName>(['gateway', 'vehicles'])('answers a body over 256 KiB with a JSON 413 (%s)', async (service) => {
    const response = await post(service, JSON.stringify({ query: `{ __typename } # ${'x'.repeat(300 * 1024)}` }));
    expect(response.status).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('still serves GraphQL over a JSON POST, and GET requests through the other path', async () => {
    const refused = await post('gateway', JSON.stringify({ query: '{ __typename }' }));
    // No token: refused by the context, as JSON, by Apollo Server itself.
    expect(refused.status).toBe(401);
    expect(refused.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const viaGet = await fetch(`${serviceUrl('gateway')}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(401);
  });
});
