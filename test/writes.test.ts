// The write side through the gateway (records linked to Papadopoulou, whom no other test follows links of): create, update and revoke of documents, vehicles and seizures by the owning
// jurisdiction only, field-by-field validation, versions with who and when, and revoked records gone from every path.
import { randomUUID } from 'node:crypto';
import { graphql, refusal, type ServiceName } from './client';
import { PAPADOPOULOU } from './fixtures';
import type { Principal } from '../shared/auth';
import { SUBSTANCE_CATALOGUE } from '../subgraphs/substances/src/catalogue';
import { toKilograms } from '../subgraphs/substances/src/search/normalize';
import { sql } from './sql';

const DE: Principal = { userId: 'de-writer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const DE_BPOL: Principal = { userId: 'de-bpol-writer', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['admin'] };
const DE_ANALYST: Principal = { userId: 'de-analyst', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['analyst'] };
const SE: Principal = { userId: 'se-writer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const NL: Principal = { userId: 'nl-writer', agency: 'NL-LE', jurisdiction: 'NL', roles: ['officer'] };
const NL_PARTNER: Principal = {
  userId: 'nl-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

const HEROIN = SUBSTANCE_CATALOGUE.find((substance) => substance.key === 'heroin')!;
const MDMA = SUBSTANCE_CATALOGUE.find((substance) => substance.key === 'mdma')!;

async function versionCount(schema: string, id: string): Promise<number> {
  const { rows } = await sql(`SELECT count(*)::int AS n FROM ${schema}.record_version WHERE record_id = $1`, [id]);
  return rows[0].n;
}

const VERSIONS = 'versions { version change changedAt userId agency { code name } purpose data }';
const DOCUMENT = `id ownerJurisdiction ownerAgency { code name } nationalReference handling { code sharing sharedWith }
  reliability accuracy number type issuingCountry issueDate expiryDate status lossDate lossPlace mrz holder { id }
  createdAt updatedAt revokedAt revocationReason ${VERSIONS}`;
const VEHICLE = `id ownerJurisdiction nationalReference vin registrationPlate registrationCountry type make model modelYear
  status holder { id } revokedAt revocationReason ${VERSIONS}`;
const SEIZURE = `id ownerJurisdiction nationalReference substance { name } quantity unit quantityKg purity form seizedOn
  country route { origin transit destination } persons { id } vehicles { id } revokedAt revocationReason ${VERSIONS}`;

const CREATE = {
  document: `mutation ($input: DocumentInput!) { createDocument(input: $input) { ${DOCUMENT} } }`,
  vehicle: `mutation ($input: VehicleInput!) { createVehicle(input: $input) { ${VEHICLE} } }`,
  seizure: `mutation ($input: SeizureInput!) { createSeizure(input: $input) { ${SEIZURE} } }`,
};
const UPDATE = {
  document: `mutation ($id: ID!, $input: DocumentUpdateInput!) { updateDocument(id: $id, input: $input) { ${DOCUMENT} } }`,
  vehicle: `mutation ($id: ID!, $input: VehicleUpdateInput!) { updateVehicle(id: $id, input: $input) { ${VEHICLE} } }`,
  seizure: `mutation ($id: ID!, $input: SeizureUpdateInput!) { updateSeizure(id: $id, input: $input) { ${SEIZURE} } }`,
};
const REVOKE = {
  document: `mutation ($id: ID!, $reason: String!) { revokeDocument(id: $id, reason: $reason) { ${DOCUMENT} } }`,
  vehicle: `mutation ($id: ID!, $reason: String!) { revokeVehicle(id: $id, reason: $reason) { ${VEHICLE} } }`,
  seizure: `mutation ($id: ID!, $reason: String!) { revokeSeizure(id: $id, reason: $reason) { ${SEIZURE} } }`,
};
type Kind = keyof typeof CREATE;

function documentInput(reference: string, number: string, extra: Record<string, unknown> = {}) {
  return {
    nationalReference: reference,
    number,
    type: 'PASSPORT',
    issuingCountry: 'DE',
    issueDate: '2022-04-01',
    expiryDate: '2032-03-31',
    status: 'LOST',
    lossDate: '2026-01-10',
    lossPlace: 'Köln',
    holderId: PAPADOPOULOU,
    ...extra,
  };
}

function vehicleInput(reference: string, vin: string, extra: Record<string, unknown> = {}) {
  return {
    nationalReference: reference,
    vin,
    registrationPlate: `K-WT ${vin.slice(-4)}`,
    registrationCountry: 'DE',
    type: 'CAR',
    make: 'Audi',
    model: 'A6',
    modelYear: 2019,
    status: 'STOLEN',
    theftDate: '2026-01-12',
    holderId: PAPADOPOULOU,
    ...extra,
  };
}

function seizureInput(reference: string, extra: Record<string, unknown> = {}) {
  return {
    nationalReference: reference,
    substanceId: HEROIN.id,
    quantity: 2.5,
    unit: 'KG',
    seizedOn: '2026-02-14',
    country: 'DE',
    route: { origin: ['AF'], transit: ['TR', 'BG'], destination: ['DE'] },
    ...extra,
  };
}

/** A mutation that must succeed; returns the field's value. */
async function write(kind: Kind, mutation: 'create' | 'update' | 'revoke', variables: object, principal = DE) {
  const query = { create: CREATE, update: UPDATE, revoke: REVOKE }[mutation][kind];
  const { data, errors } = await graphql(query, variables as Record<string, unknown>, 'gateway', {
    principal,
    purpose: 'WRITE-TEST-CASE',
  });
  expect(errors).toBeUndefined();
  const field = `${mutation}${kind[0].toUpperCase()}${kind.slice(1)}`;
  return data[field];
}

/** A refused request, as DE unless said otherwise. */
const refused = (query: string, variables: Record<string, unknown>, principal = DE, service?: ServiceName) =>
  refusal(query, variables, principal, service);

describe('createDocument, updateDocument', () => {
  let document: any;

  beforeAll(async () => {
    document = await write('document', 'create', {
      input: documentInput('DE-WT-D-1', 'WT 100 001', {
        issuingCountry: 'de',
        handling: { code: 'H1', sharing: 'LISTED_JURISDICTIONS', sharedWith: ['se', 'FI'] },
        reliability: 'A',
        accuracy: 1,
      }),
    });
  });

  it('creates a record owned by the caller’s jurisdiction and agency, as version 1 with who, when and why', async () => {
    expect(document).toMatchObject({
      ownerJurisdiction: 'DE',
      ownerAgency: { code: 'DE-BKA', name: 'Bundeskriminalamt' },
      nationalReference: 'DE-WT-D-1',
      handling: { code: 'H1', sharing: 'LISTED_JURISDICTIONS', sharedWith: ['FI', 'SE'] },
      reliability: 'A',
      accuracy: 1,
      number: 'WT 100 001',
      issuingCountry: 'DE',
      status: 'LOST',
      holder: { id: PAPADOPOULOU },
      revokedAt: null,
    });
    expect(document.versions).toEqual([
      {
        version: 1,
        change: 'CREATE',
        changedAt: expect.any(String),
        userId: DE.userId,
        agency: { code: 'DE-BKA', name: 'Bundeskriminalamt' },
        purpose: 'WRITE-TEST-CASE',
        data: expect.objectContaining({
          id: document.id,
          ownerJurisdiction: 'DE',
          number: 'WT 100 001',
          numberNormalized: 'WT100001',
          sharedWith: ['FI', 'SE'],
        }),
      },
    ]);
    expect(Date.now() - Date.parse(document.versions[0].changedAt)).toBeLessThan(60_000);
    expect(document.versions[0].changedAt).toBe(document.createdAt);
    // A listed jurisdiction finds it at once.
    const { data } = await graphql('{ searchDocuments(text: "WT100001") { edges { node { id } } } }', {}, 'gateway', {
      principal: SE,
    });
    expect(data.searchDocuments.edges).toEqual([{ node: { id: document.id } }]);
  });

  it('takes the owner from the token, never from the input', async () => {
    const error = await refused(CREATE.document, {
      input: { ...documentInput('DE-WT-D-OWNER', 'WT100099'), ownerJurisdiction: 'SE' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sql(`SELECT 1 FROM documents.document WHERE national_reference = 'DE-WT-D-OWNER'`)).rowCount).toBe(0);
  });

  it('updates what is given, clears what is null, keeps the rest, and keeps each change as a version', async () => {
    const updated = await write('document', 'update', {
      id: document.id,
      input: { status: 'STOLEN_FROM_HOLDER', lossPlace: 'Bonn', handling: { sharing: 'ALL_JURISDICTIONS' } },
    });
    expect(updated).toMatchObject({
      status: 'STOLEN_FROM_HOLDER',
      lossPlace: 'Bonn',
      number: 'WT 100 001',
      handling: { code: 'H1', sharing: 'ALL_JURISDICTIONS', sharedWith: [] },
      ownerAgency: { code: 'DE-BKA' },
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(document.updatedAt));
    expect(updated.versions.map((v: any) => [v.version, v.change])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
    ]);
    expect(updated.versions[1].data).toMatchObject({ status: 'STOLEN_FROM_HOLDER', lossPlace: 'Bonn' });
    expect(updated.versions[0].data).toMatchObject({ status: 'LOST', lossPlace: 'Köln' });

    // Another agency of the owning jurisdiction may change it too; the version says who.
    const cleared = await write('document', 'update', { id: document.id, input: { lossPlace: null } }, DE_BPOL);
    expect(cleared.lossPlace).toBeNull();
    expect(cleared.ownerAgency.code).toBe('DE-BKA');
    expect(cleared.versions.at(-1)).toMatchObject({ version: 3, userId: DE_BPOL.userId, agency: { code: 'DE-BPOL' } });

    // The same values again: nothing written, no version.
    const same = await write('document', 'update', { id: document.id, input: { status: 'STOLEN_FROM_HOLDER' } });
    expect(same.versions).toHaveLength(3);
    expect(same.updatedAt).toBe(cleared.updatedAt);
  });

  it('lets the owner extend a lapsed record, which is visible again', async () => {
    const lapsed = await write('document', 'create', { input: documentInput('DE-WT-D-LAPSED', 'WT100777') });
    await sql(`UPDATE documents.document SET expires_at = now() - interval '1 day' WHERE id = $1`, [lapsed.id]);
    const read = () => graphql(`{ document(id: "${lapsed.id}") { id } }`, {}, 'gateway', { principal: DE });
    expect((await read()).data.document).toBeNull();
    const extended = await write('document', 'update', {
      id: lapsed.id,
      input: { expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString() },
    });
    expect(extended.versions).toHaveLength(2);
    expect((await read()).data.document).toEqual({ id: lapsed.id });
  });
});

describe('only the owning jurisdiction writes', () => {
  let visible: any;
  let ownerOnly: any;

  beforeAll(async () => {
    visible = await write('document', 'create', { input: documentInput('DE-WT-D-2', 'WT100002') });
    ownerOnly = await write('vehicle', 'create', {
      input: vehicleInput('DE-WT-V-2', 'WAUZZZ4G0KN000002', { handling: { sharing: 'OWNER_ONLY' } }),
    });
  });

  async function unchanged(schema: string, table: string, record: any) {
    const { rows } = await sql(`SELECT status, updated_at, revoked_at FROM ${schema}.${table} WHERE id = $1`, [
      record.id,
    ]);
    expect(rows[0]).toEqual({ status: record.status, updated_at: expect.any(Date), revoked_at: null });
    expect(rows[0].updated_at.getTime()).toBe(Date.parse(record.versions[0].changedAt));
    expect(await versionCount(schema, record.id)).toBe(1);
  }

  it('refuses another jurisdiction that sees the record with FORBIDDEN, and changes nothing', async () => {
    const update = await refused(UPDATE.document, { id: visible.id, input: { status: 'INVALIDATED' } }, SE);
    expect(update.extensions?.code).toBe('FORBIDDEN');
    expect(update.message).toContain('only the owning jurisdiction (DE)');
    const revoke = await refused(REVOKE.document, { id: visible.id, reason: 'not mine to revoke' }, SE);
    expect(revoke.extensions?.code).toBe('FORBIDDEN');
    await unchanged('documents', 'document', visible);
  });

  it('answers NOT_FOUND for a record the caller cannot see, exactly as for an unknown id', async () => {
    const hidden = await refused(UPDATE.vehicle, { id: ownerOnly.id, input: { status: 'USED_IN_CRIME' } }, SE);
    const unknownId = randomUUID();
    const unknown = await refused(UPDATE.vehicle, { id: unknownId, input: { status: 'USED_IN_CRIME' } }, SE);
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(unknown.extensions).toEqual(hidden.extensions);
    expect(hidden.message.replace(ownerOnly.id, '<id>')).toBe(unknown.message.replace(unknownId, '<id>'));
    const revoke = await refused(REVOKE.vehicle, { id: ownerOnly.id, reason: 'not mine to revoke' }, SE);
    expect(revoke.extensions?.code).toBe('NOT_FOUND');
    await unchanged('vehicles', 'vehicle', ownerOnly);
  });

  it('refuses roles that may not write, even in the owning jurisdiction', async () => {
    // The analyst reaches the mutation and the subgraph refuses the role. The partner's schema contract has no
    // mutations at the gateway, and the subgraph refuses the role when asked directly.
    const attempts = [
      [DE_ANALYST, 'gateway', 'FORBIDDEN'],
      [NL_PARTNER, 'gateway', 'GRAPHQL_VALIDATION_FAILED'],
      [NL_PARTNER, 'documents', 'FORBIDDEN'],
    ] as const;
    // Asked directly, the documents subgraph knows no Document.holder (the persons subgraph resolves it).
    const update = (service: string) =>
      service === 'gateway' ? UPDATE.document : UPDATE.document.replace(/holder \{ id \}/g, '');
    const create = (service: string) =>
      service === 'gateway' ? CREATE.document : CREATE.document.replace(/holder \{ id \}/g, '');
    for (const [principal, service, code] of attempts) {
      const updated = await refused(
        update(service),
        { id: visible.id, input: { status: 'INVALIDATED' } },
        principal,
        service,
      );
      expect(updated.extensions?.code).toBe(code);
      const created = await refused(
        create(service),
        { input: documentInput('DE-WT-D-ROLE', 'WT100098') },
        principal,
        service,
      );
      expect(created.extensions?.code).toBe(code);
    }
    await unchanged('documents', 'document', visible);
  });
});

describe('validation: BAD_USER_INPUT naming the field, and nothing written', () => {
  const cases: [string, Kind, Record<string, unknown>, string][] = [
    ['an unknown issuing country', 'document', { issuingCountry: 'XX' }, 'input.issuingCountry'],
    ['a number without letters or digits', 'document', { number: ' - ' }, 'input.number'],
    ['an impossible date', 'document', { issueDate: '2026-02-30' }, 'input.issueDate'],
    ['expiry before issue', 'document', { issueDate: '2024-01-01', expiryDate: '2023-12-31' }, 'input.expiryDate'],
    ['a loss in the future', 'document', { lossDate: '2999-01-01' }, 'input.lossDate'],
    [
      'listed sharing without a list',
      'document',
      { handling: { sharing: 'LISTED_JURISDICTIONS' } },
      'input.handling.sharedWith',
    ],
    [
      'a list naming no jurisdiction',
      'document',
      { handling: { sharing: 'LISTED_JURISDICTIONS', sharedWith: ['ZZ'] } },
      'input.handling.sharedWith',
    ],
    ['an MRZ that is none', 'document', { mrz: 'P<DEU<<NOT<AN<MRZ' }, 'input.mrz'],
    ['a holder that is no id', 'document', { holderId: 'Eriksson' }, 'input.holderId'],
    [
      'a blank document with a holder',
      'document',
      { type: 'BLANK_DOCUMENT', status: 'STOLEN_BLANK' },
      'input.holderId',
    ],
    ['accuracy out of range', 'document', { accuracy: 7 }, 'input.accuracy'],
    ['an expiry in the past', 'document', { expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
    ['a 17-character VIN holding O', 'vehicle', { vin: 'WAUZZZ4G0KN00000O' }, 'input.vin'],
    ['a plate without its country', 'vehicle', { registrationCountry: null }, 'input.registrationCountry'],
    ['no identifier at all', 'vehicle', { vin: null, registrationPlate: null }, 'input.vin'],
    ['a model year before cars', 'vehicle', { modelYear: 1700 }, 'input.modelYear'],
    ['an empty make', 'vehicle', { make: '  ' }, 'input.make'],
    ['a quantity of nothing', 'seizure', { quantity: 0 }, 'input.quantity'],
    ['a substance not in the catalogue', 'seizure', { substanceId: randomUUID() }, 'input.substanceId'],
    ['a purity above 1', 'seizure', { purity: 82 }, 'input.purity'],
    ['a route through no country', 'seizure', { route: { origin: ['XX'] } }, 'input.route.origin'],
    ['a linked person that is no id', 'seizure', { personIds: ['Eriksson'] }, 'input.personIds'],
    ['a seizure in the future', 'seizure', { seizedOn: '2999-01-01' }, 'input.seizedOn'],
  ];

  it.each(cases)('%s', async (_name, kind, override, argument) => {
    const reference = `DE-WT-BAD-${randomUUID().slice(0, 8)}`;
    const input =
      kind === 'document'
        ? documentInput(reference, 'WT100900', override)
        : kind === 'vehicle'
          ? vehicleInput(reference, 'WAUZZZ4G0KN000900', override)
          : seizureInput(reference, override);
    const error = await refused(CREATE[kind], { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toContain(argument);
    const table = { document: 'documents.document', vehicle: 'vehicles.vehicle', seizure: 'substances.seizure' }[kind];
    expect((await sql(`SELECT 1 FROM ${table} WHERE national_reference = $1`, [reference])).rowCount).toBe(0);
  });

  it('refuses a national reference the jurisdiction already uses, and bad update input, changing nothing', async () => {
    const first = await write('vehicle', 'create', { input: vehicleInput('DE-WT-V-DUP', 'WAUZZZ4G0KN000003') });
    const duplicate = await refused(CREATE.vehicle, { input: vehicleInput('DE-WT-V-DUP', 'WAUZZZ4G0KN000004') });
    expect(duplicate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.nationalReference' });
    // Another jurisdiction may use the same reference for its own record.
    await write('vehicle', 'create', { input: vehicleInput('DE-WT-V-DUP', 'WAUZZZ4G0KN000005') }, NL);

    for (const [input, argument] of [
      [{ registrationCountry: 'XX' }, 'input.registrationCountry'],
      [{ make: null }, 'input.make'],
      [{ handling: { code: 'H9' } }, undefined],
    ] as const) {
      const error = await refused(UPDATE.vehicle, { id: first.id, input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      if (argument) expect(error.extensions?.argument).toBe(argument);
    }
    const reason = await refused(REVOKE.vehicle, { id: first.id, reason: ' ' });
    expect(reason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    const badId = await refused(UPDATE.vehicle, { id: 'not-an-id', input: { make: 'BMW' } });
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(await versionCount('vehicles', first.id)).toBe(1);
    const { rows } = await sql('SELECT make, registration_country, revoked_at FROM vehicles.vehicle WHERE id = $1', [
      first.id,
    ]);
    expect(rows[0]).toEqual({ make: 'Audi', registration_country: 'DE', revoked_at: null });
  });
});

describe('seizures', () => {
  it('compute quantityKg from quantity and unit, and link persons and vehicles by id', async () => {
    const linked = await write('vehicle', 'create', { input: vehicleInput('DE-WT-V-LINK', 'WAUZZZ4G0KN000020') });
    const created = await write('seizure', 'create', {
      input: seizureInput('DE-WT-S-1', {
        substanceId: MDMA.id,
        quantity: 1200,
        unit: 'TABLETS',
        form: 'TABLET',
        purity: 0.4,
        personIds: [PAPADOPOULOU, PAPADOPOULOU.toUpperCase()],
        vehicleIds: [linked.id],
      }),
    });
    expect(created).toMatchObject({
      substance: { name: MDMA.name },
      quantity: 1200,
      unit: 'TABLETS',
      quantityKg: toKilograms(1200, 'TABLETS', MDMA.unitMassKg),
      route: { origin: ['AF'], transit: ['TR', 'BG'], destination: ['DE'] },
      persons: [{ id: PAPADOPOULOU }],
      vehicles: [{ id: linked.id }],
    });
    const updated = await write('seizure', 'update', {
      id: created.id,
      input: { quantity: 500, unit: 'G', vehicleIds: [], route: { transit: ['RO'] } },
    });
    expect(updated).toMatchObject({
      quantityKg: 0.5,
      persons: [{ id: PAPADOPOULOU }],
      vehicles: [],
      route: { origin: ['AF'], transit: ['RO'], destination: ['DE'] },
    });
    expect(updated.versions[1].data).toMatchObject({
      quantity: 500,
      unit: 'G',
      quantityKg: 0.5,
      personIds: [PAPADOPOULOU],
      vehicleIds: [],
    });
    // Papadopoulou's seizures include it; the vehicle's no longer do.
    const { data } = await graphql(
      `{ person(id: "${PAPADOPOULOU}") { seizures { id } } vehicle(id: "${linked.id}") { seizures { id } } }`,
      {},
      'gateway',
      { principal: SE },
    );
    expect(data.person.seizures.map((s: any) => s.id)).toContain(created.id);
    expect(data.vehicle.seizures.map((s: any) => s.id)).not.toContain(created.id);
  });
});

describe('revoked records are returned nowhere', () => {
  let document: any;
  let vehicle: any;
  let seizure: any;

  beforeAll(async () => {
    document = await write('document', 'create', { input: documentInput('DE-WT-D-REV', 'WTREV0001') });
    vehicle = await write('vehicle', 'create', { input: vehicleInput('DE-WT-V-REV', 'WAUZZZ4G0KN098765') });
    seizure = await write('seizure', 'create', {
      input: seizureInput('DE-WT-S-REV', { personIds: [PAPADOPOULOU], vehicleIds: [vehicle.id] }),
    });
  });

  /** Which of the three records each read path returns to `principal`. */
  async function seen(principal: Principal) {
    const { data, errors } = await graphql(
      `query ($document: ID!, $vehicle: ID!, $seizure: ID!, $heroin: ID!) {
        searchDocuments(text: "WTREV0001") { edges { node { id } } }
        searchVehicles(text: "WAUZZZ4G0KN098765") { edges { node { id } } }
        searchSeizures(criteria: { substanceId: $heroin, country: "DE", seizedFrom: "2026-02-14", seizedTo: "2026-02-14" }, first: 100) {
          edges { node { id vehicles { id } } }
        }
        document(id: $document) { id }
        vehicle(id: $vehicle) { id seizures { id } }
        seizure(id: $seizure) { id vehicles { id vin make } }
        person(id: "${PAPADOPOULOU}") { documents { id } vehicles { id } seizures { id } }
        checkDocument(number: "WTREV0001", issuingCountry: "DE") { hit }
        checkVehicle(vin: "WAUZZZ4G0KN098765") { hit }
      }`,
      { document: document.id, vehicle: vehicle.id, seizure: seizure.id, heroin: HEROIN.id },
      'gateway',
      { principal },
    );
    expect(errors).toBeUndefined();
    const entities = async (service: 'documents' | 'vehicles' | 'substances', typename: string, id: string) =>
      (
        await graphql(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
          { r: [{ __typename: typename, id }] },
          service,
          { principal },
        )
      ).data._entities[0];
    const ids = (list: { id: string }[] | undefined) => (list ?? []).map((item) => item.id);
    return {
      document: {
        search: ids(data.searchDocuments.edges.map((edge: any) => edge.node)).includes(document.id),
        detail: data.document !== null,
        entities: (await entities('documents', 'Document', document.id)) !== null,
        link: ids(data.person.documents).includes(document.id),
        check: data.checkDocument.hit,
      },
      vehicle: {
        search: ids(data.searchVehicles.edges.map((edge: any) => edge.node)).includes(vehicle.id),
        detail: data.vehicle !== null,
        entities: (await entities('vehicles', 'Vehicle', vehicle.id)) !== null,
        link: ids(data.person.vehicles).includes(vehicle.id),
        linkFromSeizure: (data.seizure?.vehicles ?? []).some((entry: any) => entry?.id === vehicle.id),
        check: data.checkVehicle.hit,
      },
      seizure: {
        search: ids(data.searchSeizures.edges.map((edge: any) => edge.node)).includes(seizure.id),
        detail: data.seizure !== null,
        entities: (await entities('substances', 'Seizure', seizure.id)) !== null,
        link: ids(data.person.seizures).includes(seizure.id),
        linkFromVehicle: ids(data.vehicle?.seizures).includes(seizure.id),
      },
    };
  }

  const everywhere = (value: boolean) => ({
    document: { search: value, detail: value, entities: value, link: value, check: value },
    vehicle: { search: value, detail: value, entities: value, link: value, linkFromSeizure: value, check: value },
    seizure: { search: value, detail: value, entities: value, link: value, linkFromVehicle: value },
  });

  it('before: every path returns them, to the owner and to others', async () => {
    expect(await seen(SE)).toEqual(everywhere(true));
    expect(await seen(DE)).toEqual(everywhere(true));
  });

  it('revoking answers with the revoked record once, keeps a REVOKE version, and then no path returns it', async () => {
    const revoked = await write('vehicle', 'revoke', { id: vehicle.id, reason: 'vehicle recovered in Lyon' });
    expect(revoked).toMatchObject({
      id: vehicle.id,
      revokedAt: expect.any(String),
      revocationReason: 'vehicle recovered in Lyon',
    });
    expect(revoked.versions.map((v: any) => v.change)).toEqual(['CREATE', 'REVOKE']);
    expect(revoked.versions[1].data).toMatchObject({ revocationReason: 'vehicle recovered in Lyon' });
    // The seizure still links the vehicle, but the vehicles subgraph resolves the link and no longer answers the
    // revoked vehicle: it is left out, id included.
    const { data } = await graphql(`{ seizure(id: "${seizure.id}") { vehicles { id vin make } } }`, {}, 'gateway', {
      principal: SE,
    });
    expect(data.seizure.vehicles).toEqual([]);

    await write('document', 'revoke', { id: document.id, reason: 'found by its holder' });
    await write('seizure', 'revoke', { id: seizure.id, reason: 'entered twice' });
    expect(await seen(SE)).toEqual(everywhere(false));
    expect(await seen(DE)).toEqual(everywhere(false));
  });

  it('a revoked record can no longer be changed or revoked: NOT_FOUND, and no version is added', async () => {
    const update = await refused(UPDATE.document, { id: document.id, input: { status: 'LOST' } });
    expect(update.extensions?.code).toBe('NOT_FOUND');
    const again = await refused(REVOKE.seizure, { id: seizure.id, reason: 'once more' });
    expect(again.extensions?.code).toBe('NOT_FOUND');
    const { rows } = await sql(
      `SELECT version, change, user_id, agency, purpose, changed_at, data->>'revocationReason' AS reason
         FROM documents.record_version WHERE record_id = $1 ORDER BY version`,
      [document.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({ version: 1, change: 'CREATE', user_id: DE.userId, agency: 'DE-BKA', reason: null }),
      expect.objectContaining({
        version: 2,
        change: 'REVOKE',
        user_id: DE.userId,
        agency: 'DE-BKA',
        purpose: 'WRITE-TEST-CASE',
        changed_at: expect.any(Date),
        reason: 'found by its holder',
      }),
    ]);
    // Its national reference stays taken: a new record cannot quietly replace it.
    const reuse = await refused(CREATE.document, { input: documentInput('DE-WT-D-REV', 'WTREV0002') });
    expect(reuse.extensions?.argument).toBe('input.nationalReference');
  });
});

describe('versions', () => {
  let vehicle: any;

  beforeAll(async () => {
    vehicle = await write('vehicle', 'create', { input: vehicleInput('DE-WT-V-VER', 'WAUZZZ4G0KN000010') });
    await write('vehicle', 'update', { id: vehicle.id, input: { colour: 'grey' } });
  });

  it('are shown to the owning jurisdiction only; others get an empty list', async () => {
    const query = `{ vehicle(id: "${vehicle.id}") { versions { version change userId } } }`;
    const owner = await graphql(query, {}, 'gateway', { principal: DE_ANALYST });
    expect(owner.data.vehicle.versions).toEqual([
      { version: 1, change: 'CREATE', userId: DE.userId },
      { version: 2, change: 'UPDATE', userId: DE.userId },
    ]);
    const other = await graphql(query, {}, 'gateway', { principal: SE });
    expect(other.errors).toBeUndefined();
    expect(other.data.vehicle.versions).toEqual([]);
  });

  it('cannot be updated, deleted or truncated', async () => {
    for (const schema of ['documents', 'vehicles', 'substances']) {
      await expect(sql(`UPDATE ${schema}.record_version SET user_id = 'x'`)).rejects.toThrow(/append-only/);
      await expect(sql(`DELETE FROM ${schema}.record_version`)).rejects.toThrow(/append-only/);
      await expect(sql(`TRUNCATE ${schema}.record_version`)).rejects.toThrow(/append-only/);
    }
    expect(await versionCount('vehicles', vehicle.id)).toBe(2);
  });
});

describe('mutations are audited', () => {
  it('like reads: who, why, the arguments and the record', async () => {
    const { data } = await graphql(
      CREATE.vehicle,
      { input: vehicleInput('DE-WT-V-AUDIT', 'WAUZZZ4G0KN000011') },
      'gateway',
      { principal: DE, purpose: 'AUDIT-WRITE-CASE' },
    );
    const id = data.createVehicle.id;
    const { rows } = await sql(`SELECT * FROM vehicles.audit_event WHERE purpose = 'AUDIT-WRITE-CASE'`);
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: DE.userId,
        agency: 'DE-BKA',
        jurisdiction: 'DE',
        operation: expect.stringContaining('createVehicle'),
        criteria: { createVehicle: { input: expect.objectContaining({ nationalReference: 'DE-WT-V-AUDIT' }) } },
        record_ids: [id],
      }),
    ]);
  });

  it('a refused change too: who tried to change what, and why', async () => {
    const { data } = await graphql(
      CREATE.vehicle,
      { input: vehicleInput('DE-WT-V-TRIED', 'WAUZZZ4G0KN000037') },
      'gateway',
      { principal: DE },
    );
    const { errors } = await graphql(
      UPDATE.vehicle,
      { id: data.createVehicle.id, input: { colour: 'red' } },
      'gateway',
      { principal: SE, purpose: 'AUDIT-REFUSED-CASE' },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows } = await sql(`SELECT * FROM vehicles.audit_event WHERE purpose = 'AUDIT-REFUSED-CASE'`);
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: SE.userId,
        jurisdiction: 'SE',
        criteria: { updateVehicle: { id: data.createVehicle.id, input: { colour: 'red' } } },
        record_ids: [],
      }),
    ]);
  });

  it('in the same transaction as the change: when the audit row cannot be written, nothing is changed', async () => {
    // A real failure: the audit table refuses every new row until the constraint is dropped.
    await sql('ALTER TABLE vehicles.audit_event ADD CONSTRAINT injected_failure CHECK (false) NOT VALID');
    try {
      const { data, errors } = await graphql(
        CREATE.vehicle,
        { input: vehicleInput('DE-WT-V-NOAUDIT', 'WAUZZZ4G0KN000029') },
        'gateway',
        { principal: DE },
      );
      expect(data?.createVehicle ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await sql('ALTER TABLE vehicles.audit_event DROP CONSTRAINT injected_failure');
    }
    const { rows } = await sql(`SELECT id FROM vehicles.vehicle WHERE national_reference = 'DE-WT-V-NOAUDIT'`);
    expect(rows).toEqual([]);
    const created = await graphql(
      CREATE.vehicle,
      { input: vehicleInput('DE-WT-V-NOAUDIT', 'WAUZZZ4G0KN000029') },
      'gateway',
      { principal: DE },
    );
    expect(created.errors).toBeUndefined();
    expect(await versionCount('vehicles', created.data.createVehicle.id)).toBe(1);
  });
});

describe('links to records of other subgraphs', () => {
  // Owned by FI and shared with no one: DE may not see them, so it may not link to them either.
  const HIDDEN_PERSON = '00000000-0000-4000-8000-0f1000000001';
  const HIDDEN_VEHICLE = '00000000-0000-4000-8000-0f3000000001';
  const PROVENANCE = `owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference, handling_code, sharing, shared_with`;
  const FI_ONLY = ['FI', 'FI-KRP', 'Keskusrikospoliisi', 'FI-HIDDEN-1', 'H0', 'OWNER_ONLY', []];

  beforeAll(async () => {
    await sql(
      `INSERT INTO persons.person (id, ${PROVENANCE}, family_name, given_names, family_name_latin, given_names_latin,
         script, aliases, sex, nationalities, warning_markers, search_name, dob_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'Virtanen', 'Aino', 'VIRTANEN', 'AINO', 'LATIN', '{}', 'FEMALE', '{FI}',
               '{}', 'VIRTANEN AINO', 1980)`,
      [HIDDEN_PERSON, ...FI_ONLY],
    );
    await sql(
      `INSERT INTO vehicles.vehicle (id, ${PROVENANCE}, vin, vin_normalized, type, make, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'YS3FB49S0Y1000777', 'YS3FB49S0Y1000777', 'CAR', 'Saab', 'STOLEN')`,
      [HIDDEN_VEHICLE, ...FI_ONLY],
    );
  });

  afterAll(async () => {
    await sql('DELETE FROM vehicles.vehicle WHERE id = $1', [HIDDEN_VEHICLE]);
    await sql('DELETE FROM persons.person WHERE id = $1', [HIDDEN_PERSON]);
  });

  const refusedLink = async (kind: Kind, input: Record<string, unknown>, field: string) => {
    const error = await refused(CREATE[kind], { input });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argument).toBe(`input.${field}`);
    return error.message;
  };

  it('refuse a holder the writer may not see exactly as an unknown one, and write nothing', async () => {
    const unknown = randomUUID();
    const hidden = await refusedLink(
      'document',
      documentInput('DE-WT-LINK-1', 'WT 900 001', { holderId: HIDDEN_PERSON }),
      'holderId',
    );
    const absent = await refusedLink(
      'document',
      documentInput('DE-WT-LINK-1', 'WT 900 001', { holderId: unknown }),
      'holderId',
    );
    expect(hidden.replace(HIDDEN_PERSON, '<id>')).toBe(absent.replace(unknown, '<id>'));
    expect(hidden).toMatch(/names no person you may see/);
    await refusedLink(
      'vehicle',
      vehicleInput('DE-WT-LINK-2', 'WAUZZZ4G0KN000901', { holderId: HIDDEN_PERSON }),
      'holderId',
    );
    const { rows } = await sql(
      `SELECT (SELECT count(*) FROM documents.document WHERE national_reference = 'DE-WT-LINK-1')
            + (SELECT count(*) FROM vehicles.vehicle WHERE national_reference = 'DE-WT-LINK-2') AS written`,
    );
    expect(Number(rows[0].written)).toBe(0);
  });

  it("refuse a seizure's hidden person or vehicle among visible ones", async () => {
    await refusedLink(
      'seizure',
      seizureInput('DE-WT-LINK-3', { personIds: [PAPADOPOULOU, HIDDEN_PERSON] }),
      'personIds',
    );
    await refusedLink('seizure', seizureInput('DE-WT-LINK-3', { vehicleIds: [HIDDEN_VEHICLE] }), 'vehicleIds');
  });

  it('refuse an update that links to a hidden holder', async () => {
    const document = await write('document', 'create', { input: documentInput('DE-WT-LINK-4', 'WT 900 004') });
    const error = await refused(UPDATE.document, { id: document.id, input: { holderId: HIDDEN_PERSON } });
    expect(error.extensions?.argument).toBe('input.holderId');
  });

  it('the owner of the linked records answers the lookup: FI may link its own person', async () => {
    const FI_WRITER: Principal = { userId: 'fi-writer', agency: 'FI-KRP', jurisdiction: 'FI', roles: ['officer'] };
    const input = { ...documentInput('FI-WT-LINK-5', 'WT 900 005', { holderId: HIDDEN_PERSON }), issuingCountry: 'FI' };
    const created = await write('document', 'create', { input }, FI_WRITER);
    expect(created.id).toBeDefined();
  });
});
