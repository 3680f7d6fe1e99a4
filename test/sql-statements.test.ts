import { graphql, sqlStatementsSoFar } from './client';
import { LINDQVIST_FAMILY_SIZE } from './fixtures';

// Every Lindqvist has a document, a vehicle and a seizure linking the two: each hit brings four more entities.
const DEEP_QUERY = `query($first: Int!) {
  searchPersons(text: "Lindqvist", first: $first) {
    totalCount
    edges { node {
      id alerts { kind }
      documents { id holder { id familyName } }
      vehicles { id holder { id } seizures { id persons { id familyName } } }
      seizures { id substance { name } vehicles { id vin } persons { id } }
    } }
  }
}`;

async function statementsFor(first: number): Promise<{ statements: number; hits: number; links: number }> {
  const before = await sqlStatementsSoFar();
  const { data, errors } = await graphql(DEEP_QUERY, { first });
  expect(errors).toBeUndefined();
  const statements = (await sqlStatementsSoFar()) - before;
  const edges = data.searchPersons.edges;
  const links = edges.reduce(
    (sum: number, { node }: any) => sum + node.documents.length + node.vehicles.length + node.seizures.length,
    0,
  );
  return { statements, hits: edges.length, links };
}

describe('SQL statements per request', () => {
  it('stay the same when hits and links grow from 1 to 50', async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(LINDQVIST_FAMILY_SIZE);
    expect(one.hits).toBe(1);
    expect(fifty.hits).toBe(50);
    expect(fifty.links).toBe(50 * 3);
    expect(fifty.statements).toBe(one.statements);
  });
});
