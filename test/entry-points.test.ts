// Security in depth at every entry point: a search discloses what it ranked whatever the selection, and partners and
// data protection read no record data from any subgraph, by any path, their contract held in the subgraphs too.
import { getIntrospectionQuery } from 'graphql';
import { graphql, type ServiceName } from './client';
import { ERIKSSON, COCAINE_ID } from './fixtures';
import type { Principal } from '../shared/auth';
import { DE, SE, auditedIds } from './leakage';

const PARTNER: Principal = {
  userId: 'de-partner',
  agency: 'DE-BKA',
  jurisdiction: 'DE',
  roles: ['partner'],
  contract: 'hit-no-hit',
};
const DATA_PROTECTION: Principal = {
  userId: 'se-dpo',
  agency: 'SE-NOA',
  jurisdiction: 'SE',
  roles: ['data-protection'],
};

let probe = 0;
const nextPurpose = (label: string) => `ENTRY-${label}-${++probe}`;

const SEARCHES = [
  ['persons', 'searchPersons', '"Anna Eriksson"'],
  ['documents', 'searchDocuments', `"${ERIKSSON.documentNumber}"`],
  ['vehicles', 'searchVehicles', `"${ERIKSSON.vin}"`],
  ['substances', 'searchSeizures', '"cocaine", criteria: { country: "SE" }'],
] as const;

const SELECTIONS = {
  'totalCount only': 'totalCount',
  'score only': 'edges { score }',
  'matchedOn values only': 'edges { matchedOn { field kind value } }',
  'cursors and counts': 'totalCountCapped pageInfo { hasNextPage endCursor } edges { cursor }',
};

describe('a search names the records it ranked in its audit row, whatever the selection', () => {
  const cases = SEARCHES.flatMap(([schema, field, args]) =>
    Object.entries(SELECTIONS).map(([label, selection]) => [field, label, schema, args, selection] as const),
  );

  it.each(cases)('%s, %s', async (field, _label, schema, args, selection) => {
    const withNode = nextPurpose('NODE');
    const nodes = await graphql(`{ ${field}(text: ${args}, first: 5) { edges { node { id } } } }`, {}, 'gateway', {
      principal: DE,
      purpose: withNode,
    });
    expect(nodes.errors).toBeUndefined();
    const ranked = nodes.data[field].edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ranked.length).toBeGreaterThan(0);

    const withoutNode = nextPurpose('NO-NODE');
    const { data, errors } = await graphql(`{ ${field}(text: ${args}, first: 5) { ${selection} } }`, {}, 'gateway', {
      principal: DE,
      purpose: withoutNode,
    });
    expect(errors).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain('"node"');
    expect(new Set(await auditedIds(schema, withoutNode))).toEqual(new Set(ranked));
  });

  it("the owner's hitsOnMyRecords shows a foreign search that selected matchedOn alone", async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const purpose = nextPurpose('HIT');
    const search = await graphql(
      `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { edges { matchedOn { value } } } }`,
      {},
      'gateway',
      { principal: DE, purpose },
    );
    expect(search.errors).toBeUndefined();
    const { data, errors } = await graphql(
      `
        query ($since: DateTime!) {
          hitsOnMyRecords(filter: { since: $since }) {
            documents(first: 100) {
              edges {
                node {
                  purpose
                  requester {
                    jurisdiction
                  }
                  record {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      { since },
      'gateway',
      { principal: SE },
    );
    expect(errors).toBeUndefined();
    expect(data.hitsOnMyRecords.documents.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      purpose,
      requester: { jurisdiction: 'DE' },
      record: { id: ERIKSSON.document },
    });
  });
});

const ENTITIES: [ServiceName, string, string, string][] = [
  ['persons', 'Person', ERIKSSON.person, 'id familyName'],
  ['documents', 'Document', ERIKSSON.document, 'id number'],
  ['vehicles', 'Vehicle', ERIKSSON.vehicle, 'id vin'],
  ['substances', 'Seizure', ERIKSSON.seizure, 'id quantityKg'],
  ['substances', 'Substance', COCAINE_ID, 'id name'],
  // Links the other subgraphs resolve from an entity they do not own.
  ['documents', 'Person', ERIKSSON.person, 'documents { id number }'],
  ['vehicles', 'Person', ERIKSSON.person, 'vehicles { id vin }'],
  ['substances', 'Person', ERIKSSON.person, 'seizures { id quantityKg }'],
  ['substances', 'Vehicle', ERIKSSON.vehicle, 'seizures { id quantityKg }'],
];

describe('_entities answers the roles the query fields answer', () => {
  const cases = [
    ['data protection', DATA_PROTECTION],
    ['partner', PARTNER],
  ] as const;

  it.each(cases.flatMap(([who, principal]) => ENTITIES.map((entity) => [who, ...entity, principal] as const)))(
    '%s: %s _entities %s { %s } gives no record data',
    async (_who, service, typename, id, selection, principal) => {
      const { data, errors } = await graphql(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        { r: [{ __typename: typename, id }] },
        service,
        { principal, purpose: nextPurpose('ENTITIES') },
      );
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(data ?? null)).not.toContain(id.slice(-8));
    },
  );

  it.each(ENTITIES)('control: an officer is answered by %s _entities %s', async (service, typename, id, selection) => {
    const { data, errors } = await graphql(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: [{ __typename: typename, id }] },
      service,
      { principal: SE, purpose: nextPurpose('ENTITIES-OK') },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).not.toBeNull();
  });
});

describe('a partner credential is held to its contract in the subgraphs too', () => {
  const OUTSIDE: [ServiceName, string][] = [
    ['persons', `{ searchPersons(text: "Anna Eriksson") { totalCount } }`],
    ['documents', `{ document(id: "${ERIKSSON.document}") { id } }`],
    ['vehicles', `{ searchVehicles(text: "${ERIKSSON.vin}") { totalCount } }`],
    ['substances', `{ substance(id: "${COCAINE_ID}") { name } }`],
    ['persons', '{ _service { sdl } }'],
    ['documents', '{ __schema { queryType { name } } }'],
    [
      'vehicles',
      `{ checkVehicle(vin: "${ERIKSSON.vin}") { hit } ... on Query { searchVehicles(text: "x") { totalCount } } }`,
    ],
    ['persons', `query { ...Sneak } fragment Sneak on Query { searchPersons(text: "Anna Eriksson") { totalCount } }`],
  ];

  it.each(OUTSIDE)('%s refuses %s', async (service, query) => {
    const { data, errors } = await graphql(query, {}, service, { principal: PARTNER, purpose: nextPurpose('C') });
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toMatch(/contract 'hit-no-hit'/);
  });

  it.each([
    ['documents', `{ checkDocument(number: "${ERIKSSON.documentNumber}", issuingCountry: "SE") { hit } }`],
    ['vehicles', `{ checkVehicle(vin: "${ERIKSSON.vin}") { hit __typename } __typename }`],
    ['persons', `{ checkPersons(items: [{ name: "Anna Eriksson" }]) { hit } }`],
  ] as const)('%s answers a check in the contract: %s', async (service, query) => {
    const { data, errors } = await graphql(query, {}, service, { principal: PARTNER, purpose: nextPurpose('C-OK') });
    expect(errors).toBeUndefined();
    expect(JSON.stringify(data)).toContain('"hit":');
  });
});

describe('the schema is read by those who query the graph, and never too deep', () => {
  const SCHEMA = '{ __schema { queryType { fields { name } } } }';
  const rootFields = (data: any): string[] =>
    data.__schema.queryType.fields.map((field: { name: string }) => field.name);

  it.each(['gateway', 'persons'] as const)(
    '%s: data protection may not read the schema; an officer may',
    async (service) => {
      const refused = await graphql(SCHEMA, {}, service, { principal: DATA_PROTECTION, purpose: null });
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const answered = await graphql(SCHEMA, {}, service, { principal: SE, purpose: null });
      expect(answered.errors).toBeUndefined();
      expect(rootFields(answered.data)).toContain('searchPersons');
    },
  );

  it("a partner reads its contract's schema on its endpoint, and nothing beyond it", async () => {
    const { data, errors } = await graphql(SCHEMA, {}, 'gateway', { principal: PARTNER, purpose: null });
    expect(errors).toBeUndefined();
    expect(rootFields(data).sort()).toEqual(
      ['checkDocument', 'checkDocuments', 'checkPerson', 'checkPersons', 'checkVehicle', 'checkVehicles'].sort(),
    );
  });

  it('the standard introspection query is answered', async () => {
    const { errors } = await graphql(getIntrospectionQuery(), {}, 'gateway', { principal: SE, purpose: null });
    expect(errors).toBeUndefined();
  });

  // Apollo Server bounds nested `fields`; the rule here bounds `ofType` chains and everything else too.
  it.each(['gateway', 'documents'] as const)('%s refuses introspection nested 20 levels deep', async (service) => {
    const deep = `{ __type(name: "Query") { ${'ofType { '.repeat(20)} name ${'} '.repeat(20)} } }`;
    const { data, errors } = await graphql(deep, {}, service, { principal: SE, purpose: null });
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/introspection nests 22 levels deep; at most 15/),
    );
  });

  it.each(['gateway', 'documents'] as const)('%s suggests no field names outside development', async (service) => {
    const { errors } = await graphql('{ searchDocument(text: "x") { totalCount } }', {}, service, { principal: SE });
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).not.toMatch(/Did you mean|searchDocuments/);
  });
});
