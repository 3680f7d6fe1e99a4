import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, sqlStatementsSoFar } from './client';
import { ERIKSSON, LAPSED_PERSON, UNIFIED_SEARCH_TEXT } from './fixtures';

const UNIFIED_SEARCH = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');

describe('UnifiedSearch', () => {
  it('answers one request with hits of all four types, each scored and explained', async () => {
    const { data, errors } = await graphql(UNIFIED_SEARCH, { text: UNIFIED_SEARCH_TEXT });
    expect(errors).toBeUndefined();

    const person = data.persons.edges.find((edge: any) => edge.node.id === ERIKSSON.person);
    expect(person.matchedOn).toContainEqual(expect.objectContaining({ field: 'name' }));
    expect(person.node.alerts).toEqual([{ kind: 'WANTED_FOR_ARREST', actionOnHit: expect.stringContaining('Arrest') }]);

    expect(data.documents.edges[0]).toMatchObject({
      score: 1,
      matchedOn: [{ field: 'number', kind: 'EXACT', value: ERIKSSON.documentNumber }],
      node: { id: ERIKSSON.document, holder: { id: ERIKSSON.person, familyNameLatin: 'ERIKSSON' } },
    });
    expect(data.vehicles.edges[0]).toMatchObject({
      score: 1,
      matchedOn: [{ field: 'vin', kind: 'EXACT', value: ERIKSSON.vin }],
      node: { id: ERIKSSON.vehicle, holder: { id: ERIKSSON.person } },
    });
    const seizure = data.seizures.edges.find((edge: any) => edge.node.id === ERIKSSON.seizure);
    expect(seizure.node).toMatchObject({
      substance: { name: 'Cocaine' },
      persons: [{ id: ERIKSSON.person }],
      vehicles: [{ id: ERIKSSON.vehicle }],
    });

    for (const field of ['persons', 'documents', 'vehicles', 'seizures']) {
      for (const edge of data[field].edges) {
        expect(edge.score).toBeGreaterThan(0);
        expect(edge.score).toBeLessThanOrEqual(1);
        expect(edge.matchedOn.length).toBeGreaterThan(0);
      }
    }
  });

  it('queries each subgraph once for the four searches (one round trip, fetched in parallel)', async () => {
    const before = await sqlStatementsSoFar();
    const { errors } = await graphql(UNIFIED_SEARCH, { text: UNIFIED_SEARCH_TEXT });
    expect(errors).toBeUndefined();
    // four rankings, four node batches, one batch per link type and one audit row per subgraph request —
    // independent of how many hits there are
    expect((await sqlStatementsSoFar()) - before).toBeLessThanOrEqual(24);
  });

  it('narrows every search to the requested jurisdictions', async () => {
    const { data } = await graphql(UNIFIED_SEARCH, { text: UNIFIED_SEARCH_TEXT, jurisdictions: ['FI'] });
    for (const field of ['persons', 'documents', 'vehicles', 'seizures']) {
      for (const edge of data[field].edges) expect(edge.node.ownerJurisdiction).toBe('FI');
    }
    expect(data.documents.totalCount).toBe(0);
  });

  it('never returns lapsed records, from search or by id', async () => {
    const { data } = await graphql(`{ searchPersons(text: "Anna Eriksson") { edges { node { id } } }
      person(id: "${LAPSED_PERSON}") { id } }`);
    expect(data.searchPersons.edges.map((edge: any) => edge.node.id)).toEqual([ERIKSSON.person]);
    expect(data.person).toBeNull();
  });

  it('pages through hits with cursors and a stable total', async () => {
    const query = `query($after: String) { searchPersons(text: "Lindqvist", first: 20, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const { data }: any = await graphql(query, { after });
      expect(data.searchPersons.totalCount).toBe(50);
      for (const edge of data.searchPersons.edges) seen.add(edge.node.id);
      after = data.searchPersons.pageInfo.hasNextPage ? data.searchPersons.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.size).toBe(50);
  });
});
