import { graphql } from './client';
import { COCAINE_ID, ERIKSSON } from './fixtures';
import { sql } from './sql';
import { SUBSTANCE_CATALOGUE } from '../subgraphs/substances/src/catalogue';

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

// This file's own seizures, owned by MT, of substances no other test searches for: a few of mescaline and psilocybin
// with known ids and dates, and 600 each of LSD and DMT.
const REFERENCE = 'SEARCH-SUBSTANCES';
const substanceId = (key: string) => SUBSTANCE_CATALOGUE.find((substance) => substance.key === key)!.id;
const seizureId = (n: number) => `5e150000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const FEW = [
  { id: seizureId(1), substance: 'mescaline', seizedOn: '2026-01-03' },
  { id: seizureId(2), substance: 'mescaline', seizedOn: '2026-02-03' },
  { id: seizureId(3), substance: 'mescaline', seizedOn: '2026-03-03' },
  { id: seizureId(4), substance: 'psilocybin', seizedOn: '2026-04-01' },
  { id: seizureId(5), substance: 'psilocybin', seizedOn: '2026-05-01' },
];
const MANY = 600;

beforeAll(async () => {
  const columns = `id, owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference,
                   substance_id, quantity, unit, quantity_kg, seized_on, country`;
  await sql(
    `INSERT INTO substances.seizure (${columns})
     SELECT f.id, 'MT', 'MT-MPF', 'Malta Police Force', $1 || '-' || f.id, f.substance_id, 1, 'KG', 1, f.seized_on, 'MT'
       FROM unnest($2::uuid[], $3::uuid[], $4::date[]) AS f(id, substance_id, seized_on)`,
    [
      REFERENCE,
      FEW.map((seizure) => seizure.id),
      FEW.map((seizure) => substanceId(seizure.substance)),
      FEW.map((seizure) => seizure.seizedOn),
    ],
  );
  await sql(
    `INSERT INTO substances.seizure (${columns})
     SELECT gen_random_uuid(), 'MT', 'MT-MPF', 'Malta Police Force', $1 || '-' || s.substance_id || '-' || n, s.substance_id,
            1, 'KG', 1, DATE '2025-01-01' + n, 'MT'
       FROM unnest($2::uuid[]) AS s(substance_id), generate_series(1, $3::int) AS n`,
    [REFERENCE, [substanceId('lsd'), substanceId('dmt')], MANY],
  );
});

afterAll(async () => {
  await sql(`DELETE FROM substances.seizure WHERE national_reference LIKE $1 || '-%'`, [REFERENCE]);
});

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

describe('searchSeizures over several substances', () => {
  it('ranks the seizures by their substance score, newest first within a substance, page after page', async () => {
    // MESCALINE is a name (0.95 for a word of two), shrooms a street name of psilocybin (0.85 × 0.95).
    const pages: { score: number; id: string }[][] = [];
    let after: string | null = null;
    do {
      const { data, errors }: any = await graphql(
        `
          query ($after: String) {
            searchSeizures(text: "mescaline shrooms", jurisdictions: ["MT"], first: 2, after: $after) {
              totalCount
              totalCountCapped
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                score
                node {
                  id
                }
              }
            }
          }
        `,
        { after },
      );
      expect(errors).toBeUndefined();
      expect(data.searchSeizures).toMatchObject({ totalCount: 5, totalCountCapped: false });
      pages.push(data.searchSeizures.edges.map((edge: any) => ({ score: edge.score, id: edge.node.id })));
      after = data.searchSeizures.pageInfo.hasNextPage ? data.searchSeizures.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([
      [
        { score: 0.95, id: seizureId(3) },
        { score: 0.95, id: seizureId(2) },
      ],
      [
        { score: 0.95, id: seizureId(1) },
        { score: 0.8075, id: seizureId(5) },
      ],
      [{ score: 0.8075, id: seizureId(4) }],
    ]);
  });

  it('counts the seizures of all matched substances together up to 1,000, and says so', async () => {
    const one = await search({ text: 'LSD', jurisdictions: ['MT'] });
    expect(one).toMatchObject({ totalCount: MANY, totalCountCapped: false });
    const both = await search({ text: 'LSD DMT', jurisdictions: ['MT'] });
    expect(both).toMatchObject({ totalCount: 1000, totalCountCapped: true });
    expect(both.edges).toHaveLength(50);
    expect(new Set(both.edges.map((edge: any) => edge.node.substance.name))).toEqual(new Set(['LSD', 'DMT']));
  });
});

describe('the substance catalogue', () => {
  const SUBSTANCE = `query($id: ID!) {
    substance(id: $id) { id name casNumber schedules { convention schedule } names { name language kind } }
  }`;

  it('answers a substance with its schedules and its names by language, name, synonyms, street names', async () => {
    const { data, errors } = await graphql(SUBSTANCE, { id: COCAINE_ID.toUpperCase() });
    expect(errors).toBeUndefined();
    expect(data.substance).toMatchObject({
      id: COCAINE_ID,
      name: 'Cocaine',
      casNumber: '50-36-2',
      schedules: [{ convention: 'UN_1961', schedule: 'I' }],
    });
    const { names } = data.substance;
    expect(names[0]).toEqual({ name: 'كوكايين', language: 'ar', kind: 'NAME' });
    expect(names.filter((name: any) => name.language === 'en').map((name: any) => name.name)).toEqual([
      'Cocaine',
      'benzoylmethylecgonine',
      'cocaine base',
      'cocaine hydrochloride',
      'blow',
      'charlie',
      'coke',
      'crack',
      'nose candy',
      'rock',
      'snow',
      'yayo',
    ]);
    expect(new Set(names.map((name: any) => name.language)).size).toBe(12);
  });

  it('answers null for an id the catalogue does not hold, and refuses one that is no id', async () => {
    const unknown = await graphql(SUBSTANCE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toEqual({ data: { substance: null } });
    const malformed = await graphql(SUBSTANCE, { id: 'cocaine' });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
