// Leakage probes for documents, vehicles and seizures: records restricted by sharing or handling code never reach
// a jurisdiction that may not see them, through any path, at the gateway or directly at the subgraph.
import { Client } from 'pg';
import { graphql, type ServiceName } from './client';
import { ERIKSSON, fixtureId } from './fixtures';
import type { Principal } from '../shared/auth';

const SE: Principal = { userId: 'se-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const DE: Principal = { userId: 'de-officer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const FI: Principal = { userId: 'fi-officer', agency: 'FI-KRP', jurisdiction: 'FI', roles: ['officer'] };
const NL_PARTNER: Principal = {
  userId: 'nl-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

// Owned by DE: one per restriction, each linked to Eriksson (SE) so links are probed too.
const RESTRICTED = {
  ownerOnly: { n: 900, sharing: 'OWNER_ONLY', sharedWith: [], handling: 'H0' },
  listedFi: { n: 901, sharing: 'LISTED_JURISDICTIONS', sharedWith: ['FI'], handling: 'H0' },
  h3: { n: 902, sharing: 'ALL_JURISDICTIONS', sharedWith: [], handling: 'H3' },
} as const;
type Restriction = keyof typeof RESTRICTED;
const docNumber = (key: Restriction) => `VZ${RESTRICTED[key].n}77`;
const vin = (key: Restriction) => `WDB9036621R${RESTRICTED[key].n}77`;
const ids = (kind: 'document' | 'vehicle' | 'seizure') =>
  Object.fromEntries(Object.entries(RESTRICTED).map(([key, value]) => [key, fixtureId(kind, value.n)])) as Record<
    Restriction,
    string
  >;
const DOCS = ids('document');
const VEHICLES = ids('vehicle');
const SEIZURES = ids('seizure');

async function sql(statement: string, values: unknown[] = []) {
  const client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(statement, values);
  } finally {
    await client.end();
  }
}

const PROVENANCE = `owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference, handling_code, sharing, shared_with`;

beforeAll(async () => {
  for (const [key, r] of Object.entries(RESTRICTED) as [Restriction, (typeof RESTRICTED)[Restriction]][]) {
    const prov = ['DE', 'DE-BKA', 'Bundeskriminalamt', `DE-VIS-${r.n}`, r.handling, r.sharing, r.sharedWith];
    await sql(
      `INSERT INTO documents.document (id, ${PROVENANCE}, number, number_normalized, type, issuing_country, status, holder_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 'PASSPORT', 'DE', 'LOST', $10)`,
      [DOCS[key], ...prov, docNumber(key), ERIKSSON.person],
    );
    await sql(
      `INSERT INTO vehicles.vehicle (id, ${PROVENANCE}, vin, vin_normalized, type, make, status, holder_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 'CAR', 'Mercedes-Benz', 'STOLEN', $10)`,
      [VEHICLES[key], ...prov, vin(key), ERIKSSON.person],
    );
    await sql(
      `INSERT INTO substances.seizure (id, ${PROVENANCE}, substance_id, quantity, unit, quantity_kg, seized_on, country)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, id, 3, 'KG', 3, '2026-02-0${r.n - 899}', 'DE'
         FROM substances.substance WHERE name = 'Heroin'`,
      [SEIZURES[key], ...prov],
    );
    await sql('INSERT INTO substances.seizure_person (seizure_id, person_id) VALUES ($1, $2)', [
      SEIZURES[key],
      ERIKSSON.person,
    ]);
  }
});

afterAll(async () => {
  await sql('DELETE FROM documents.document WHERE id = ANY($1)', [Object.values(DOCS)]);
  await sql('DELETE FROM vehicles.vehicle WHERE id = ANY($1)', [Object.values(VEHICLES)]);
  await sql('DELETE FROM substances.seizure WHERE id = ANY($1)', [Object.values(SEIZURES)]);
});

/** Every id any probe returned, as the principal, through the gateway. */
async function idsSeenThroughGateway(principal: Principal): Promise<Set<string>> {
  const seen = new Set<string>();
  const collect = (value: unknown) =>
    JSON.stringify(value ?? null).replace(/"id":"([0-9a-f-]{36})"/g, (_m, id) => (seen.add(id), ''));
  const texts = [
    ...Object.keys(RESTRICTED).map((key) => `${docNumber(key as Restriction)} ${vin(key as Restriction)}`),
    'heroin',
  ];
  for (const text of texts) {
    const { data } = await graphql(
      `
        query ($text: String!) {
          searchDocuments(text: $text) {
            edges {
              node {
                id
              }
            }
          }
          searchVehicles(text: $text) {
            edges {
              node {
                id
              }
            }
          }
          searchSeizures(text: $text, jurisdictions: ["DE"], first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { text },
      'gateway',
      { principal },
    );
    collect(data);
  }
  for (const [field, idsOfKind] of [
    ['document', DOCS],
    ['vehicle', VEHICLES],
    ['seizure', SEIZURES],
  ] as const) {
    for (const id of Object.values(idsOfKind))
      collect((await graphql(`{ ${field}(id: "${id}") { id } }`, {}, 'gateway', { principal })).data);
  }
  collect(
    (
      await graphql(
        `{ person(id: "${ERIKSSON.person}") { documents { id } vehicles { id } seizures { id } } }`,
        {},
        'gateway',
        { principal },
      )
    ).data,
  );
  return seen;
}

/** Every id `_entities` returns when asked directly at the subgraph, as the gateway would ask. */
async function idsSeenThroughEntities(principal: Principal): Promise<Set<string>> {
  const seen = new Set<string>();
  const probes: [ServiceName, string, Record<Restriction, string>][] = [
    ['documents', 'Document', DOCS],
    ['vehicles', 'Vehicle', VEHICLES],
    ['substances', 'Seizure', SEIZURES],
  ];
  for (const [service, typename, byKey] of probes) {
    const { data } = await graphql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
      { r: Object.values(byKey).map((id) => ({ __typename: typename, id })) },
      service,
      { principal },
    );
    for (const entity of data._entities) if (entity) seen.add(entity.id);
  }
  return seen;
}

const all = (key: Restriction) => [DOCS[key], VEHICLES[key], SEIZURES[key]];

describe('visibility of restricted records', () => {
  it('the owner sees all its records on every path', async () => {
    for (const seen of [await idsSeenThroughGateway(DE), await idsSeenThroughEntities(DE)]) {
      for (const key of Object.keys(RESTRICTED) as Restriction[]) for (const id of all(key)) expect(seen).toContain(id);
    }
  });

  it('a listed jurisdiction sees the listed records, not the owner-only or H3 ones', async () => {
    for (const seen of [await idsSeenThroughGateway(FI), await idsSeenThroughEntities(FI)]) {
      for (const id of all('listedFi')) expect(seen).toContain(id);
      for (const id of [...all('ownerOnly'), ...all('h3')]) expect(seen).not.toContain(id);
    }
  });

  it('another jurisdiction sees none of them, through search, detail, links or _entities', async () => {
    for (const seen of [await idsSeenThroughGateway(SE), await idsSeenThroughEntities(SE)]) {
      for (const key of Object.keys(RESTRICTED) as Restriction[])
        for (const id of all(key)) expect(seen).not.toContain(id);
    }
  });
});

describe('hit/no-hit checks', () => {
  const CHECK_DOCUMENT = `query($number: String!) { checkDocument(number: $number, issuingCountry: "DE") {
    hit matches { reference ownerJurisdiction ownerAgency { code } status actionOnHit } } }`;

  it('answer an H3 record with its reference only, and stay silent on records not shared with the caller', async () => {
    const h3 = await graphql(CHECK_DOCUMENT, { number: docNumber('h3').toLowerCase() }, 'gateway', { principal: SE });
    expect(h3.data.checkDocument).toEqual({
      hit: true,
      matches: [
        {
          reference: 'DE-VIS-902',
          ownerJurisdiction: 'DE',
          ownerAgency: { code: 'DE-BKA' },
          status: 'LOST',
          actionOnHit: expect.stringContaining('Seize'),
        },
      ],
    });
    const ownerOnly = await graphql(CHECK_DOCUMENT, { number: docNumber('ownerOnly') }, 'gateway', { principal: SE });
    expect(ownerOnly.data.checkDocument).toEqual({ hit: false, matches: [] });
  });

  it('are open to partners, who may not search', async () => {
    const check = await graphql(`{ checkVehicle(vin: "${vin('h3')}") { hit matches { reference } } }`, {}, 'gateway', {
      principal: NL_PARTNER,
    });
    expect(check.data.checkVehicle).toEqual({ hit: true, matches: [{ reference: 'DE-VIS-902' }] });
    const search = await graphql(`{ searchVehicles(text: "${vin('h3')}") { totalCount } }`, {}, 'gateway', {
      principal: NL_PARTNER,
    });
    expect(search.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('check a plate only within its registration country, and refuse bad input', async () => {
    const noCountry = await graphql('{ checkVehicle(plate: "ABC 123") { hit } }');
    expect(noCountry.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const plate = await graphql(
      '{ checkVehicle(plate: "abc-123", registrationCountry: "SE") { hit matches { status } } }',
    );
    expect(plate.data.checkVehicle).toEqual({ hit: true, matches: [{ status: 'STOLEN' }] });
  });
});
