import { graphql } from './client';
import { ERIKSSON } from './fixtures';

const SEARCH = `query($text: String, $criteria: SeizureCriteria, $jurisdictions: [String!]) {
  searchSeizures(text: $text, criteria: $criteria, jurisdictions: $jurisdictions, first: 50) {
    totalCount
    totalCountCapped
    edges { score matchedOn { field kind value } node { id quantityKg substance { name } } }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const { data, errors } = await graphql(SEARCH, variables);
  expect(errors).toBeUndefined();
  return data.searchSeizures;
}

describe('searchSeizures matching', () => {
  it.each([
    ['en', 'cocaine'],
    ['fr', 'Cocaïne'],
    ['de', 'Kokain'],
    ['es', 'cocaína'],
    ['sv', 'kokain'],
    ['fi', 'kokaiini'],
    ['ru', 'кокаин'],
  ])('finds a cocaine seizure by its %s name (%s), scored 1.0 as the substance name', async (_language, text) => {
    const result = await search({ text, jurisdictions: ['SE'] });
    expect(result.edges).toEqual([
      {
        score: 1,
        matchedOn: [expect.objectContaining({ field: 'substance.name', kind: 'EXACT' })],
        node: expect.objectContaining({ id: ERIKSSON.seizure, substance: { name: 'Cocaine' } }),
      },
    ]);
  });

  it('finds it by a street name, scored below the substance name', async () => {
    const [hit] = (await search({ text: 'Schnee', jurisdictions: ['SE'] })).edges;
    expect(hit.node.id).toBe(ERIKSSON.seizure);
    expect(hit.matchedOn).toEqual([{ field: 'substance.names', kind: 'SYNONYM', value: 'Schnee' }]);
    expect(hit.score).toBeLessThan(1);
  });

  it('finds it by CAS number and by a misspelt name (FUZZY, lower score)', async () => {
    const [byCas] = (await search({ text: '50-36-2', jurisdictions: ['SE'] })).edges;
    expect(byCas).toMatchObject({ score: 1, matchedOn: [{ field: 'substance.casNumber', kind: 'EXACT' }] });
    const [byTypo] = (await search({ text: 'cocaiine', jurisdictions: ['SE'] })).edges;
    expect(byTypo.node.id).toBe(ERIKSSON.seizure);
    expect(byTypo.matchedOn[0].kind).toBe('FUZZY');
    expect(byTypo.score).toBeLessThan(0.9);
  });

  it('compares quantities on the kilogram equivalent', async () => {
    // The Lindqvist seizures weigh 1..50 kg.
    const result = await search({ criteria: { minQuantityKg: 10, maxQuantityKg: 12 }, jurisdictions: ['FI'] });
    expect(result.totalCount).toBe(3);
    expect(result.totalCountCapped).toBe(false);
    expect(result.edges.map((edge: any) => edge.node.quantityKg).sort()).toEqual([10, 11, 12]);
  });

  it('gives no seizure hits for text that names no substance', async () => {
    expect((await search({ text: 'Anna Eriksson X1234567' })).totalCount).toBe(0);
  });
});
