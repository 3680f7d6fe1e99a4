// Leakage probes for documents, vehicles and seizures: records restricted by sharing or handling code never reach
// a jurisdiction that may not see them, through any path, at the gateway or directly at the subgraph. One test per
// (viewer, path, record type, restriction), and the owner and listed jurisdiction must see theirs on the same path,
// so that a probe that finds nothing at all fails instead of passing.
import { graphql, type ServiceName } from './client';
import { ERIKSSON, fixtureId } from './fixtures';
import type { Principal } from '../shared/auth';
import { sql } from './sql';
import { DE, FI, PROVENANCE, SE, auditedIds, idsIn } from './leakage';
import { sealLinkId } from '../shared/link-ids';

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
// 17 characters: a real VIN shape, so that the search reads it as one.
const vin = (key: Restriction) => `WDB9036621R${RESTRICTED[key].n}777`;
const ids = (kind: 'document' | 'vehicle' | 'seizure') =>
  Object.fromEntries(Object.entries(RESTRICTED).map(([key, value]) => [key, fixtureId(kind, value.n)])) as Record<
    Restriction,
    string
  >;
const DOCS = ids('document');
const VEHICLES = ids('vehicle');
const SEIZURES = ids('seizure');
const LINKING_SEIZURE = fixtureId('seizure', 905);

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
  // A seizure every jurisdiction sees, linked to the three restricted vehicles: the link is visible, they may not be.
  await sql(
    `INSERT INTO substances.seizure (id, ${PROVENANCE}, substance_id, quantity, unit, quantity_kg, seized_on, country)
     SELECT $1, 'SE', 'SE-NOA', 'Nationella operativa avdelningen', 'SE-VIS-LINK', 'H0', 'ALL_JURISDICTIONS', '{}',
            id, 1, 'KG', 1, '2026-02-10', 'SE'
       FROM substances.substance WHERE name = 'Heroin'`,
    [LINKING_SEIZURE],
  );
  for (const id of Object.values(VEHICLES)) {
    await sql('INSERT INTO substances.seizure_vehicle (seizure_id, vehicle_id) VALUES ($1, $2)', [LINKING_SEIZURE, id]);
  }
});

afterAll(async () => {
  await sql('DELETE FROM documents.document WHERE id = ANY($1)', [Object.values(DOCS)]);
  await sql('DELETE FROM vehicles.vehicle WHERE id = ANY($1)', [Object.values(VEHICLES)]);
  await sql('DELETE FROM substances.seizure WHERE id = ANY($1)', [[...Object.values(SEIZURES), LINKING_SEIZURE]]);
});

type Kind = 'document' | 'vehicle' | 'seizure';
const KINDS: Record<Kind, { service: ServiceName; typename: string; ids: Record<Restriction, string> }> = {
  document: { service: 'documents', typename: 'Document', ids: DOCS },
  vehicle: { service: 'vehicles', typename: 'Vehicle', ids: VEHICLES },
  seizure: { service: 'substances', typename: 'Seizure', ids: SEIZURES },
};

/** The search that finds the record of `kind` under `key`, as one query. */
function searchQuery(kind: Kind, key: Restriction): string {
  switch (kind) {
    case 'document':
      return `{ searchDocuments(text: "${docNumber(key)}") { edges { node { id } } } }`;
    case 'vehicle':
      return `{ searchVehicles(text: "${vin(key)}") { edges { node { id } } } }`;
    case 'seizure':
      return `{ searchSeizures(text: "heroin", jurisdictions: ["DE"], first: 100) { edges { node { id } } } }`;
  }
}

type Probe = (kind: Kind, key: Restriction, principal: Principal, purpose: string) => Promise<Set<string>>;

const PROBES: Record<string, Probe> = {
  'gateway search': async (kind, key, principal, purpose) =>
    idsIn(await graphql(searchQuery(kind, key), {}, 'gateway', { principal, purpose })),
  'gateway detail': async (kind, key, principal, purpose) =>
    idsIn(await graphql(`{ ${kind}(id: "${KINDS[kind].ids[key]}") { id } }`, {}, 'gateway', { principal, purpose })),
  'gateway link from the person': async (kind, _key, principal, purpose) =>
    idsIn(
      await graphql(`{ person(id: "${ERIKSSON.person}") { ${kind}s { id } } }`, {}, 'gateway', { principal, purpose }),
    ),
  'subgraph search': async (kind, key, principal, purpose) =>
    idsIn(await graphql(searchQuery(kind, key), {}, KINDS[kind].service, { principal, purpose })),
  'subgraph detail': async (kind, key, principal, purpose) =>
    idsIn(
      await graphql(`{ ${kind}(id: "${KINDS[kind].ids[key]}") { id } }`, {}, KINDS[kind].service, {
        principal,
        purpose,
      }),
    ),
  'subgraph _entities': async (kind, key, principal, purpose) => {
    const { service, typename, ids: byKey } = KINDS[kind];
    return idsIn(
      await graphql(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
        { r: [{ __typename: typename, id: byKey[key] }] },
        service,
        { principal, purpose },
      ),
    );
  },
  'subgraph link from the person (_entities Person)': async (kind, _key, principal, purpose) =>
    idsIn(
      await graphql(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${kind}s { id } } } }`,
        { r: [{ __typename: 'Person', id: ERIKSSON.person }] },
        KINDS[kind].service,
        { principal, purpose },
      ),
    ),
};

/** Who may see each restricted record. */
const MAY_SEE: Record<string, readonly Restriction[]> = {
  DE: ['ownerOnly', 'listedFi', 'h3'],
  FI: ['listedFi'],
  SE: [],
};

const CASES = [DE, FI, SE].flatMap((principal) =>
  Object.keys(PROBES).flatMap((probe) =>
    (Object.keys(KINDS) as Kind[]).flatMap((kind) =>
      (Object.keys(RESTRICTED) as Restriction[]).map(
        (key) => [principal.jurisdiction, probe, kind, key, principal] as const,
      ),
    ),
  ),
);

let probeNumber = 0;

describe('visibility of restricted records: one probe per viewer, path, record type and restriction', () => {
  it.each(CASES)('%s viewer, %s, %s %s', async (jurisdiction, probe, kind, key, principal) => {
    const purpose = `LEAK-RECORDS-${++probeNumber}`;
    const seen = await PROBES[probe](kind, key, principal, purpose);
    const id = KINDS[kind].ids[key];
    if (MAY_SEE[jurisdiction].includes(key)) {
      expect(seen).toContain(id);
      // Every disclosure has its audit row: the request's purpose and the record's id.
      expect(await auditedIds(KINDS[kind].service, purpose)).toContain(id);
    } else {
      expect(seen).not.toContain(id);
    }
  });
});

// Seizure.vehicles is resolved by the vehicles subgraph from ids it is given: through the gateway, and with the ids
// forged straight at the vehicles subgraph.
const VEHICLE_LINK_PROBES: Record<
  string,
  (key: Restriction, principal: Principal, purpose: string) => Promise<Set<string>>
> = {
  'gateway Seizure.vehicles { id }': async (_key, principal, purpose) =>
    idsIn(
      await graphql(`{ seizure(id: "${LINKING_SEIZURE}") { vehicles { id } } }`, {}, 'gateway', { principal, purpose }),
    ),
  'vehicles subgraph _entities Seizure (sealed vehicleIds)': async (key, principal, purpose) =>
    idsIn(
      await graphql(
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Seizure {
                vehicles {
                  id
                }
              }
            }
          }
        `,
        { r: [{ __typename: 'Seizure', id: LINKING_SEIZURE, vehicleIds: [sealLinkId(VEHICLES[key], principal)] }] },
        'vehicles',
        { principal, purpose },
      ),
    ),
};

const VEHICLE_LINK_CASES = [DE, FI, SE].flatMap((principal) =>
  Object.keys(VEHICLE_LINK_PROBES).flatMap((probe) =>
    (Object.keys(RESTRICTED) as Restriction[]).map((key) => [principal.jurisdiction, probe, key, principal] as const),
  ),
);

describe('restricted vehicles behind a visible seizure', () => {
  it.each(VEHICLE_LINK_CASES)('%s viewer, %s, vehicle %s', async (jurisdiction, probe, key, principal) => {
    const purpose = `LEAK-RECORDS-${++probeNumber}`;
    const seen = await VEHICLE_LINK_PROBES[probe](key, principal, purpose);
    if (MAY_SEE[jurisdiction].includes(key)) {
      expect(seen).toContain(VEHICLES[key]);
      expect(await auditedIds('vehicles', purpose)).toContain(VEHICLES[key]);
    } else {
      expect(seen).not.toContain(VEHICLES[key]);
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
    // Searching is not in the partner's schema contract, and the subgraph refuses the role when asked directly.
    const search = `{ searchVehicles(text: "${vin('h3')}") { totalCount } }`;
    const atGateway = await graphql(search, {}, 'gateway', { principal: NL_PARTNER });
    expect(atGateway.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const atSubgraph = await graphql(search, {}, 'vehicles', { principal: NL_PARTNER });
    expect(atSubgraph.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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
