import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, metricsUrl, type ServiceName } from './client';
import { COCAINE_ID, ERIKSSON } from './fixtures';

const UNIFIED_SEARCH = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');
const SUBGRAPHS = ['persons', 'documents', 'vehicles', 'substances'] as const;
type Subgraph = (typeof SUBGRAPHS)[number];

// A Swedish passport's MRZ, check digits computed (test/unit/documents.test.ts). Not the ICAO specimen: its MARIA is a
// street name of cannabis, which substances rightly reads.
const SWEDISH_MRZ = 'P<SWEERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nDQ7P123454SWE7403219F3001019<<<<<<<<<<<<<<<8';
// The four search fields without their nodes: what each subgraph's search costs alone, no hit loaded, no link followed.
const SEARCH_COUNTS = `query($text: String!) {
  persons: searchPersons(text: $text) { totalCount }
  documents: searchDocuments(text: $text) { totalCount }
  vehicles: searchVehicles(text: $text) { totalCount }
  seizures: searchSeizures(text: $text) { totalCount }
}`;

async function statementsOf(service: ServiceName): Promise<number> {
  const metrics = await (await fetch(metricsUrl(service))).text();
  return Number(/^liaison_sql_statements_total (\d+)/m.exec(metrics)?.[1] ?? 0);
}

/** SQL statements each subgraph sent for one request of `text`, and the answer. */
async function statementsFor(
  text: string,
  operation = UNIFIED_SEARCH,
): Promise<{ statements: Record<Subgraph, number>; data: any }> {
  const before = await Promise.all(SUBGRAPHS.map(statementsOf));
  const { data } = await graphql(operation, { text });
  const after = await Promise.all(SUBGRAPHS.map(statementsOf));
  const statements = Object.fromEntries(SUBGRAPHS.map((name, i) => [name, after[i] - before[i]]));
  return { statements: statements as Record<Subgraph, number>, data };
}

/**
 * Statements beyond those of a text no subgraph reads (punctuation only): the audit row every search writes stays,
 * what is left is the search's own SQL (its ranking, the nodes of its hits, their links).
 */
async function searchStatements(
  text: string,
  operation = UNIFIED_SEARCH,
): Promise<{ statements: Record<Subgraph, number>; data: any }> {
  const baseline = await statementsFor('--', operation);
  const search = await statementsFor(text, operation);
  const statements = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, search.statements[name] - baseline.statements[name]]),
  );
  return { statements: statements as Record<Subgraph, number>, data: search.data };
}

describe('UnifiedSearch request path', () => {
  it.each([
    ['a name', 'Anna Eriksson'],
    ['a name and a year of birth', 'Anna Eriksson 1974'],
    ['a name with diacritics and a year', 'Ștefan Roșu 1983'],
    ['a name in Cyrillic', 'Олександр Шевченко'],
    ['a name in Greek', 'Ελένη Παπαδοπούλου'],
    ['a name in Arabic', 'أحمد حسن'],
  ])('sends no search SQL to documents, vehicles and substances for %s (%s)', async (_kind, text) => {
    const { statements } = await searchStatements(text);
    expect({
      documents: statements.documents,
      vehicles: statements.vehicles,
      substances: statements.substances,
    }).toEqual({ documents: 0, vehicles: 0, substances: 0 });
  });

  it('still has persons answer a plain name', async () => {
    const { statements, data } = await searchStatements('Anna Eriksson');
    expect(statements.persons).toBeGreaterThan(0);
    expect(data.persons.edges.map((edge: any) => edge.node.id)).toContain(ERIKSSON.person);
    expect([data.documents.totalCount, data.vehicles.totalCount, data.seizures.totalCount]).toEqual([0, 0, 0]);
  });

  it.each([
    ['a document number', ERIKSSON.documentNumber, ['documents', 'vehicles']],
    ['a VIN', ERIKSSON.vin, ['documents', 'vehicles']],
    ['a plate', ERIKSSON.plate, ['documents', 'vehicles']],
    ['an MRZ', SWEDISH_MRZ, ['documents']],
    ['a substance name', 'cocaine', ['substances']],
  ])('runs the search statement of the subgraphs that read %s (%s) only', async (_kind, text, readers) => {
    const { statements } = await searchStatements(text, SEARCH_COUNTS);
    for (const subgraph of ['documents', 'vehicles', 'substances'] as const) {
      if (readers.includes(subgraph)) expect(statements[subgraph]).toBeGreaterThan(0);
      else expect(statements[subgraph]).toBe(0);
    }
  });
});

describe('the substance catalogue', () => {
  it('is answered from memory: no SQL for a substance and its names', async () => {
    const { statements, data } = await statementsFor(
      COCAINE_ID,
      `query($text: ID!) { substance(id: $text) { name names { name } } }`,
    );
    expect(data.substance.name).toBe('Cocaine');
    expect(statements.substances).toBe(0);
  });
});
