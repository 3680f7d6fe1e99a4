import { graphql, metricSoFar, sqlStatementsSoFar } from './client';
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

/** Bound on the audit INSERTs of one request: one per subgraph fetch of its plan at most, whatever the hits. */
const MAX_AUDIT_INSERTS = 12;

async function statementsFor(first: number): Promise<{ statements: number; hits: number; links: number }> {
  const before = await sqlStatementsSoFar();
  const auditBefore = await metricSoFar('liaison_audit_inserts_total');
  const { data, errors } = await graphql(DEEP_QUERY, { first });
  expect(errors).toBeUndefined();
  // Group commit merges the audit rows of fetches that overlap in time, so those INSERTs are bounded, not counted.
  const auditInserts = (await metricSoFar('liaison_audit_inserts_total')) - auditBefore;
  expect(auditInserts).toBeGreaterThan(0);
  expect(auditInserts).toBeLessThanOrEqual(MAX_AUDIT_INSERTS);
  const statements = (await sqlStatementsSoFar()) - before - auditInserts;
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
