import type { DataSource } from 'typeorm';
import { graphql } from './client';
import { createDataSource } from '../shared/database';
import { VEHICLES_ENTITIES, VehicleEntity } from '../subgraphs/vehicles/src/entities';
import { normalizePlate, normalizeVin } from '../subgraphs/vehicles/src/search/normalize';

// This file's own vehicles: VINs with `VTEST` in them or ending in 582913, plates `VT 731 QX`. No other test
// searches for them.
const id = (n: number) => `7e570000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const VEHICLES = {
  northAmerican: { id: id(1), vin: '1VTESTVN6NV731946', plate: 'VT 100 AA', country: 'US' },
  sameEnding: { id: id(2), vin: '5VTESTXX7NV731946', plate: 'VT 100 AB', country: 'CA' },
  wrongCheckDigit: { id: id(3), vin: '2VTESTVN3NV648207', plate: 'VT 100 AC', country: 'US' },
  lettersTyped: { id: id(4), vin: '3VTESTVN8PV520318', plate: 'VT 100 AD', country: 'MX' },
  european: { id: id(5), vin: 'WVWZZZ3CZTV582913', plate: 'VT 100 AE', country: 'DE' },
  plateDE: { id: id(6), vin: null, plate: 'VT-731 QX', country: 'DE' },
  plateAT: { id: id(7), vin: null, plate: 'VT 731QX', country: 'AT' },
};

const SEARCH = `query($text: String, $criteria: VehicleCriteria) {
  searchVehicles(text: $text, criteria: $criteria) {
    totalCount
    edges { score matchedOn { field kind value note } node { id vin registrationPlate registrationCountry } }
  }
}`;

async function search(text: string, criteria?: Record<string, unknown>) {
  const { data, errors } = await graphql(SEARCH, { text, criteria });
  expect(errors).toBeUndefined();
  return data.searchVehicles as {
    totalCount: number;
    edges: { score: number; matchedOn: Record<string, unknown>[]; node: Record<string, unknown> }[];
  };
}

// createdAt and updatedAt are filled in by the database.
function vehicle(fixture: (typeof VEHICLES)[keyof typeof VEHICLES]): Omit<VehicleEntity, 'createdAt' | 'updatedAt'> {
  return {
    id: fixture.id,
    ownerJurisdiction: 'SE',
    ownerAgencyCode: 'SE-NOA',
    ownerAgencyName: 'NOA',
    nationalReference: `V-${fixture.id.slice(-4)}`,
    handlingCode: 'H0',
    sharing: 'ALL_JURISDICTIONS',
    sharedWith: [],
    reliability: 'B',
    accuracy: 2,
    reviewAt: null,
    expiresAt: null,
    revokedAt: null,
    revocationReason: null,
    vin: fixture.vin,
    vinNormalized: fixture.vin && normalizeVin(fixture.vin),
    registrationPlate: fixture.plate,
    plateNormalized: normalizePlate(fixture.plate),
    registrationCountry: fixture.country,
    type: 'CAR',
    make: 'Testmobil',
    model: null,
    modelYear: null,
    colour: null,
    status: 'STOLEN',
    theftDate: null,
    theftPlace: null,
    holderId: null,
  };
}

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource('vehicles', {
    url: process.env.LIAISON_TEST_DATABASE_URL,
    entities: VEHICLES_ENTITIES,
    poolSize: 1,
  });
  await dataSource.initialize();
  await dataSource.getRepository(VehicleEntity).insert(Object.values(VEHICLES).map(vehicle));
});

afterAll(async () => {
  await dataSource.getRepository(VehicleEntity).delete(Object.values(VEHICLES).map((fixture) => fixture.id));
  await dataSource.destroy();
});

describe('searchVehicles: full VINs', () => {
  it('finds a VIN typed as recorded: EXACT, 1.0, nothing to note', async () => {
    const result = await search(VEHICLES.northAmerican.vin);
    expect(result.totalCount).toBe(1);
    expect(result.edges[0]).toMatchObject({
      score: 1,
      matchedOn: [{ field: 'vin', kind: 'EXACT', value: VEHICLES.northAmerican.vin, note: null }],
      node: { id: VEHICLES.northAmerican.id },
    });
  });

  it('finds a VIN typed in lower case and groups: NORMALIZED, still 1.0', async () => {
    const result = await search('stolen 1vt estvn 6nv 731946 at night');
    expect(result.edges[0]).toMatchObject({ score: 1, node: { id: VEHICLES.northAmerican.id } });
    expect(result.edges[0].matchedOn).toContainEqual(
      expect.objectContaining({ field: 'vin', kind: 'NORMALIZED', value: VEHICLES.northAmerican.vin }),
    );
    // Its last group is also a VIN ending: the vehicle with the same serial number comes second, partial.
    expect(result.edges[1]).toMatchObject({ score: 0.7, node: { id: VEHICLES.sameEnding.id } });
  });

  it('finds a European VIN whose check digit does not compute at 1.0, and says so', async () => {
    const result = await search(VEHICLES.european.vin);
    expect(result.edges).toEqual([
      {
        score: 1,
        matchedOn: [
          {
            field: 'vin',
            kind: 'EXACT',
            value: VEHICLES.european.vin,
            note: 'check digit does not compute (expected 6, found Z): not compulsory outside North America',
          },
        ],
        node: expect.objectContaining({ id: VEHICLES.european.id }),
      },
    ]);
  });

  it('finds a North American VIN whose check digit does not compute with a lower score, and says so', async () => {
    const result = await search(VEHICLES.wrongCheckDigit.vin);
    expect(result.edges[0].node.id).toBe(VEHICLES.wrongCheckDigit.id);
    expect(result.edges[0].score).toBe(0.85);
    expect(result.edges[0].matchedOn).toEqual([
      expect.objectContaining({
        kind: 'EXACT',
        note: expect.stringMatching(/^check digit does not compute \(expected X, found 3\): compulsory for North/),
      }),
    ]);
  });

  it('reads I, O and Q typed in a VIN as 1, 0, 0: FUZZY, lower score, with a note', async () => {
    const result = await search('3VTESTVN8PV52Q3I8');
    expect(result.edges).toEqual([
      {
        score: 0.9,
        matchedOn: [{ field: 'vin', kind: 'FUZZY', value: VEHICLES.lettersTyped.vin, note: 'I/O/Q read as 1/0/0' }],
        node: expect.objectContaining({ id: VEHICLES.lettersTyped.id }),
      },
    ]);
  });
});

describe('searchVehicles: the end of a VIN', () => {
  const partial = (length: number) => ({
    field: 'vin',
    kind: 'PARTIAL',
    note: expect.stringContaining(`last ${length} characters of the VIN`),
  });

  it('finds every VIN ending in the last 8 characters: PARTIAL, 0.8', async () => {
    const result = await search('NV731946');
    expect(result.totalCount).toBe(2);
    for (const edge of result.edges) {
      expect(edge.score).toBe(0.8);
      expect(edge.matchedOn).toEqual([expect.objectContaining(partial(8))]);
    }
  });

  it('finds every VIN ending in the last 6 characters: PARTIAL, 0.7', async () => {
    const result = await search('731946');
    expect(result.edges.map((edge) => edge.node.id).sort()).toEqual(
      [VEHICLES.northAmerican.id, VEHICLES.sameEnding.id].sort(),
    );
    for (const edge of result.edges) {
      expect(edge.score).toBe(0.7);
      expect(edge.matchedOn).toEqual([expect.objectContaining(partial(6))]);
    }
  });

  it('ranks a partial match below an exact VIN, which keeps both its reasons', async () => {
    const result = await search(`${VEHICLES.northAmerican.vin} NV731946`);
    expect(result.edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [VEHICLES.northAmerican.id, 1],
      [VEHICLES.sameEnding.id, 0.8],
    ]);
    expect(result.edges[0].matchedOn).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'EXACT' }), expect.objectContaining(partial(8))]),
    );
  });
});

describe('searchVehicles: plates', () => {
  it('compares plates without spaces, dashes and case', async () => {
    const result = await search('vt731 qx');
    expect(result.edges.map((edge) => edge.node.registrationCountry).sort()).toEqual(['AT', 'DE']);
    for (const edge of result.edges) {
      expect(edge.score).toBe(1);
      expect(edge.matchedOn).toEqual([expect.objectContaining({ field: 'registrationPlate', kind: 'NORMALIZED' })]);
    }
  });

  it('reports a plate typed as printed as EXACT', async () => {
    const result = await search('VT-731 QX');
    const exact = result.edges.find((edge) => edge.node.id === VEHICLES.plateDE.id)!;
    expect(exact.matchedOn).toEqual([
      expect.objectContaining({ field: 'registrationPlate', kind: 'EXACT', value: 'VT-731 QX' }),
    ]);
  });

  it('matches the plate in the registration country only when one is given', async () => {
    const result = await search('VT 731 QX', { registrationCountry: 'at' });
    expect(result.totalCount).toBe(1);
    expect(result.edges[0].node).toMatchObject({ id: VEHICLES.plateAT.id, registrationCountry: 'AT' });
  });
});

describe('searchVehicles: text that holds no vehicle identifier', () => {
  it.each(['Anna Eriksson 1974', 'Anna Maria Eriksson', 'Ștefan Roșu 1983', 'cocaine', 'Иван Петров'])(
    'gives %p no vehicle hits',
    async (text) => {
      expect(await search(text)).toEqual({ totalCount: 0, edges: [] });
    },
  );

  it('still finds a plate typed beside a name', async () => {
    const result = await search('Anna Eriksson VT-731 QX');
    expect(result.edges.map((edge) => edge.node.id).sort()).toEqual([VEHICLES.plateDE.id, VEHICLES.plateAT.id].sort());
  });
});
