import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { graphql } from './client';
import { ERIKSSON, UNIFIED_SEARCH_TEXT } from './fixtures';

// The gateway answers a unified search's field itself, with no hits, when that field's subgraph reads nothing in the
// text (gateway/src/search-routing.ts). These tests hold it to what the subgraphs would have answered and logged.

const UNIFIED_SEARCH = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');
const FIELDS = {
  persons: 'searchPersons',
  documents: 'searchDocuments',
  vehicles: 'searchVehicles',
  seizures: 'searchSeizures',
};
const SEARCH_SUBGRAPHS = ['persons', 'documents', 'vehicles', 'substances'] as const;

/** One text of each kind an officer types, and texts that mix them or hold nothing any subgraph reads. */
const TEXTS = [
  'Anna Eriksson',
  'Eriksson 1985',
  'ЕРИКССОН',
  ERIKSSON.documentNumber,
  ERIKSSON.vin,
  ERIKSSON.vin.slice(-8),
  ERIKSSON.plate,
  'cocaine',
  'Charlie',
  'snow',
  '50-32-8',
  'P<SWEERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<',
  UNIFIED_SEARCH_TEXT,
  '123456789',
  '1985',
  '?! ...',
];

async function auditRows(requestId: string): Promise<Record<string, { operation: string; criteria: any }[]>> {
  const client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
  try {
    const rows: Record<string, { operation: string; criteria: any }[]> = {};
    for (const schema of SEARCH_SUBGRAPHS) {
      const sql = `SELECT operation, criteria FROM ${schema}.audit_event WHERE request_id = $1`;
      rows[schema] = (await client.query(sql, [requestId])).rows;
    }
    return rows;
  } finally {
    await client.end();
  }
}

async function requestIdOf(purpose: string): Promise<string> {
  const client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
  try {
    const ids = new Set<string>();
    for (const schema of SEARCH_SUBGRAPHS) {
      const sql = `SELECT request_id FROM ${schema}.audit_event WHERE purpose = $1`;
      for (const row of (await client.query(sql, [purpose])).rows) ids.add(row.request_id);
    }
    expect(ids.size).toBe(1);
    return [...ids][0];
  } finally {
    await client.end();
  }
}

describe('unified search routing', () => {
  it.each(TEXTS)('answers %p as the four searches sent one by one answer it', async (text) => {
    const unified = await graphql(UNIFIED_SEARCH, { text });
    expect(unified.errors).toBeUndefined();
    for (const [key, field] of Object.entries(FIELDS)) {
      // A request of one search is never answered by the gateway: the subgraph reads the text itself.
      const selection = UNIFIED_SEARCH.slice(UNIFIED_SEARCH.indexOf(`${key}: ${field}`));
      const alone = await graphql(
        `query($text: String!, $jurisdictions: [String!], $first: Int = 10) { ${selection.slice(0, closingBrace(selection))} }`,
        { text },
      );
      expect(alone.errors).toBeUndefined();
      expect(unified.data[key]).toEqual(alone.data[key]);
    }
  });

  it('sends a name only to persons, whose audit row records the three searches answered unsent', async () => {
    const purpose = 'ROUTING-CASE-1';
    const { data, errors } = await graphql(UNIFIED_SEARCH, { text: 'Anna Eriksson' }, 'gateway', { purpose });
    expect(errors).toBeUndefined();
    expect(data.persons.edges[0].node.id).toBe(ERIKSSON.person);
    expect(data.documents).toEqual({ totalCount: 0, edges: [] });
    const rows = await auditRows(await requestIdOf(purpose));
    expect(rows.persons).toHaveLength(1);
    expect(rows.persons[0].operation).toBe('UnifiedSearch searchPersons,searchDocuments,searchVehicles,searchSeizures');
    expect(rows.persons[0].criteria).toEqual({
      searchPersons: expect.objectContaining({ text: 'Anna Eriksson' }),
      searchesNotSent: ['searchDocuments', 'searchVehicles', 'searchSeizures'],
    });
    expect([rows.documents, rows.vehicles, rows.substances]).toEqual([[], [], []]);

    // The data-protection officer who looks for document searches finds it, in the persons subgraph's log.
    const { data: log, errors: logErrors } = await graphql(
      `{ auditLog(filter: { operation: "searchDocuments", purpose: "${purpose}" }) {
           persons { edges { node { operation criteria } } } documents { edges { node { id } } } } }`,
      {},
      'gateway',
      { principal: { userId: 'se-dpo', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['data-protection'] } },
    );
    expect(logErrors).toBeUndefined();
    expect(log.auditLog.persons.edges).toHaveLength(1);
    expect(log.auditLog.persons.edges[0].node.criteria.searchesNotSent).toContain('searchDocuments');
    expect(log.auditLog.documents.edges).toEqual([]);
  });

  it('sends a VIN to the subgraphs that read it, and a text nobody reads to persons alone', async () => {
    const purpose = 'ROUTING-CASE-2';
    await graphql(UNIFIED_SEARCH, { text: ERIKSSON.vin }, 'gateway', { purpose });
    const vin = await auditRows(await requestIdOf(purpose));
    expect(vin.vehicles).toHaveLength(1);
    // Persons is asked only for the vehicle's holder (`_entities`): that row discloses the holder, no search.
    expect(vin.persons.map((row) => row.criteria)).toEqual([{}]);
    expect(vin.vehicles[0].criteria.searchVehicles.text).toBe(ERIKSSON.vin);

    const nothing = 'ROUTING-CASE-3';
    const { data } = await graphql(UNIFIED_SEARCH, { text: '?! ...' }, 'gateway', { purpose: nothing });
    expect(data.persons.totalCount).toBe(0);
    const rows = await auditRows(await requestIdOf(nothing));
    expect(rows.persons[0].criteria.searchesNotSent).toEqual(['searchDocuments', 'searchVehicles', 'searchSeizures']);
  });

  it('sends every search whose arguments differ, and a lone search whatever its text', async () => {
    const purpose = 'ROUTING-CASE-4';
    const { data } = await graphql(
      `
        {
          a: searchPersons(text: "Anna Eriksson") {
            totalCount
          }
          b: searchDocuments(text: "Anna Eriksson", first: 5) {
            totalCount
          }
        }
      `,
      {},
      'gateway',
      { purpose },
    );
    expect(data).toEqual({ a: { totalCount: 1 }, b: { totalCount: 0 } });
    const rows = await auditRows(await requestIdOf(purpose));
    expect(rows.documents).toHaveLength(1);
    expect(rows.persons[0].criteria.searchesNotSent).toBeUndefined();
  });

  it('leaves refusals to the subgraphs: bad arguments are refused for every search, as before', async () => {
    const { data, errors } = await graphql(UNIFIED_SEARCH, { text: 'Anna Eriksson', jurisdictions: ['S E'] });
    expect(errors?.map((error: any) => error.extensions.code)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    expect(data).toEqual({ persons: null, documents: null, vehicles: null, seizures: null });
  });
  it('shapes each answer by its own variables when one query text is sent again and again', async () => {
    // The gateway reuses what it built for a query text (the answer's shape, the no-hits answers): never the variables.
    const query = `query($text: String!, $count: Boolean!, $holder: Boolean!) {
      persons: searchPersons(text: $text) { totalCount @include(if: $count) edges { node { id } } }
      documents: searchDocuments(text: $text) { totalCount @include(if: $count) edges { node { id } } }
      vehicles: searchVehicles(text: $text) { totalCount edges { node { id holder @include(if: $holder) { id } } } } }`;
    const name = { text: 'Anna Eriksson' };
    for (const count of [true, false, true]) {
      const { data, errors } = await graphql(query, { ...name, count, holder: true });
      expect(errors).toBeUndefined();
      expect(data.persons.edges[0].node.id).toBe(ERIKSSON.person);
      expect(data.documents).toEqual(count ? { totalCount: 0, edges: [] } : { edges: [] });
      expect(data.vehicles).toEqual({ totalCount: 0, edges: [] });
    }
    for (const holder of [true, false]) {
      const { data, errors } = await graphql(query, { text: ERIKSSON.vin, count: true, holder });
      expect(errors).toBeUndefined();
      const vehicle = data.vehicles.edges[0].node;
      expect(vehicle.holder).toEqual(holder ? { id: ERIKSSON.person } : undefined);
      expect(data.persons).toEqual({ totalCount: 0, edges: [] });
    }
  });
});

/** The index just past the brace that closes the first selection set of `text`. */
function closingBrace(text: string): number {
  let depth = 0;
  for (let index = text.indexOf('{'); index < text.length; index++) {
    if (text[index] === '{') depth++;
    if (text[index] === '}' && --depth === 0) return index + 1;
  }
  throw new Error('unbalanced selection');
}
