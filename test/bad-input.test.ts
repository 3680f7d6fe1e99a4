import { graphql } from './client';

describe('bad input gets a GraphQL error with a stable code, and the service keeps serving', () => {
  const cases: [string, string, string][] = [
    ['a malformed id', '{ person(id: "not-a-uuid") { id } }', 'person'],
    ['a malformed document id', '{ document(id: "1234") { id } }', 'document'],
    ['a negative first', '{ searchPersons(text: "Eriksson", first: -1) { totalCount } }', 'searchPersons'],
    ['a page too large', '{ searchVehicles(text: "ABC123", first: 1000) { totalCount } }', 'searchVehicles'],
    [
      'an unknown jurisdiction',
      '{ searchDocuments(text: "X1234567", jurisdictions: ["XX"]) { totalCount } }',
      'searchDocuments',
    ],
    ['a forged cursor', '{ searchSeizures(text: "cocaine", after: "bm9wZQ") { totalCount } }', 'searchSeizures'],
    [
      'a bad partial date of birth',
      '{ searchPersons(criteria: { dateOfBirth: "1974-13" }) { totalCount } }',
      'searchPersons',
    ],
    ['a search with nothing to search for', '{ searchPersons { totalCount } }', 'searchPersons'],
  ];

  it.each(cases)('%s → BAD_USER_INPUT naming what was wrong', async (_name, query, field) => {
    const response = await graphql(query);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].path).toEqual([field]);
    expect(response.errors![0].message.length).toBeGreaterThan(10);
  });

  it('a query the schema does not allow is refused by validation', async () => {
    const response = await graphql('{ searchPersons(text: "x") { nosuchfield } }');
    expect(response.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('after all that, the same services still answer good requests', async () => {
    const response = await graphql('{ searchPersons(text: "Eriksson") { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.searchPersons.totalCount).toBeGreaterThan(0);
  });
});
