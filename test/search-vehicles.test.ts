import type { DataSource } from 'typeorm';
import { graphql } from './client';
import { createDataSource } from '../shared/database';
import { VEHICLES_ENTITIES, VehicleEntity } from '../subgraphs/vehicles/src/entities';
import { normalizePlate, normalizeVin } from '../subgraphs/vehicles/src/search/normalize';

// This file's own vehicles: VINs with `VTEST` in them or ending in 582913 or 40261x, plates `VT 731 QX`, `VT 482 TP`.
// No other test searches for them.
const id = (n: number) => `7e570000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const VEHICLES = {
  northAmerican: { id: id(1), vin: '1VTESTVN6NV731946', plate: 'VT 100 AA', country: 'US' },
  sameEnding: { id: id(2), vin: '5VTESTXX7NV731946', plate: 'VT 100 AB', country: 'CA' },
  wrongCheckDigit: { id: id(3), vin: '2VTESTVN3NV648207', plate: 'VT 100 AC', country: 'US' },
  lettersTyped: { id: id(4), vin: '3VTESTVN8PV520318', plate: 'VT 100 AD', country: 'MX' },
  european: { id: id(5), vin: 'WVWZZZ3CZTV582913', plate: 'VT 100 AE', country: 'DE' },
  plateDE: { id: id(6), vin: null, plate: 'VT-731 QX', country: 'DE' },
  plateAT: { id: id(7), vin: null, plate: 'VT 731QX', country: 'AT' },
  // Typed with one typo in the tests of typos; its neighbour is one character from it, nothing else here is.
  typoTarget: { id: id(8), vin: 'WVWZZZ3CZVT402617', plate: 'VT 482 TP', country: 'DE' },
  typoNeighbour: { id: id(9), vin: 'WVWZZZ3CZVT402618', plate: 'VT 100 AF', country: 'DE' },
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

describe('searchVehicles: the end of a VIN, of any length from 5 to 16', () => {
  it.each([
    [5, '02617', 0.65, 'last 5 characters of the VIN (part of the serial number)'],
    [7, 't402617', 0.75, 'last 7 characters of the VIN (plant and serial number)'],
    [12, 'Z3CZVT402617', 0.84, 'last 12 characters of the VIN (positions 6–17)'],
  ])('reads the last %i characters as a partial VIN, scored by length', async (_length, text, score, note) => {
    const result = await search(text);
    expect(result.edges).toEqual([
      {
        score,
        matchedOn: [{ field: 'vin', kind: 'PARTIAL', value: VEHICLES.typoTarget.vin, note }],
        node: expect.objectContaining({ id: VEHICLES.typoTarget.id }),
      },
    ]);
  });

  it('reads the last 16 as a partial VIN (0.88), which is also the VIN with its first character missing', async () => {
    const result = await search('VWZZZ3CZVT402617');
    expect(result.edges).toHaveLength(1);
    expect(result.edges[0]).toMatchObject({ score: 0.88, node: { id: VEHICLES.typoTarget.id } });
    expect(result.edges[0].matchedOn).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PARTIAL', note: 'last 16 characters of the VIN (positions 2–17)' }),
        expect.objectContaining({ kind: 'FUZZY', note: 'a character missing: position 1, recorded W' }),
      ]),
    );
  });
});

describe('searchVehicles: a VIN or a plate typed with one typo', () => {
  const fuzzy = (field: 'vin' | 'registrationPlate', note: string) => ({
    score: 0.75,
    matchedOn: [
      {
        field,
        kind: 'FUZZY',
        value: field === 'vin' ? VEHICLES.typoTarget.vin : VEHICLES.typoTarget.plate,
        note,
      },
    ],
    node: expect.objectContaining({ id: VEHICLES.typoTarget.id }),
  });

  it.each([
    ['one character wrong', 'WVWZZZ3CZVT402687', 'one character differs: position 16, typed 8, recorded 1'],
    ['one character missing', 'WVWZZZ3CZVT40617', 'a character missing: position 14, recorded 2'],
    ['one character extra', 'WVWZZZ3CZVTX402617', 'an extra character: position 12, typed X'],
    ['two neighbours swapped', 'wvwzzz3cztv402617', 'neighbours swapped at 10–11: typed TV, recorded VT'],
  ])('finds a VIN with %s: FUZZY, 0.75, the note says where', async (_typo, text, note) => {
    expect((await search(text)).edges).toEqual([fuzzy('vin', note)]);
  });

  it.each([
    ['one character wrong', 'VT 482 TB', 'one character differs: position 7, typed B, recorded P'],
    ['one character missing', 'VT 48 TP', 'a character missing: position 5, recorded 2'],
    ['one character extra', 'VT-4823 TP', 'an extra character: position 6, typed 3'],
    ['two neighbours swapped', 'vt 428 tp', 'neighbours swapped at 4–5: typed 28, recorded 82'],
  ])('finds a plate with %s: FUZZY, 0.75, the note says where', async (_typo, text, note) => {
    expect((await search(text)).edges).toEqual([fuzzy('registrationPlate', note)]);
  });

  it('reads the I, O and Q of a VIN typed with a typo as 1, 0, 0 too', async () => {
    const result = await search('WVWZZZ3CZVT4O2687');
    expect(result.edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].note])).toEqual([
      [VEHICLES.typoTarget.id, 0.75, 'one character differs: position 16, typed 8, recorded 1'],
    ]);
  });

  it('reads a VIN with a typo only when no vehicle has it as typed: the exact hit first, its neighbour not', async () => {
    // The two VINs are one character apart.
    expect((await search(VEHICLES.typoTarget.vin!)).edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [VEHICLES.typoTarget.id, 1],
    ]);
    // Typed beside another vehicle's exact VIN, the typo ranks after it.
    const result = await search(`${VEHICLES.european.vin} WVWZZZ3CZVT402687`);
    expect(result.edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [VEHICLES.european.id, 1],
      [VEHICLES.typoTarget.id, 0.75],
    ]);
    // A VIN no vehicle has, one character from both.
    const both = await search('WVWZZZ3CZVT402619');
    expect(both.edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].note])).toEqual([
      [VEHICLES.typoTarget.id, 0.75, 'one character differs: position 17, typed 9, recorded 7'],
      [VEHICLES.typoNeighbour.id, 0.75, 'one character differs: position 17, typed 9, recorded 8'],
    ]);
  });

  it('matches a plate with a typo in the registration country only when one is given', async () => {
    expect((await search('VT 482 TB', { registrationCountry: 'DE' })).totalCount).toBe(1);
    expect((await search('VT 482 TB', { registrationCountry: 'AT' })).totalCount).toBe(0);
  });

  it('gives no hit to the checks: checkVehicle and checkVehicles stay exact', async () => {
    const CHECKS = `query($vin: String, $plate: String, $country: String, $items: [VehicleCheckInput!]!) {
      checkVehicle(vin: $vin, plate: $plate, registrationCountry: $country) { hit matches { reference } }
      checkVehicles(items: $items) { hit matches { reference } }
    }`;
    const check = async (item: { vin?: string; plate?: string; registrationCountry?: string }) => {
      const { data, errors } = await graphql(CHECKS, { ...item, country: item.registrationCountry, items: [item] });
      expect(errors).toBeUndefined();
      expect(data.checkVehicles).toEqual([data.checkVehicle]);
      return data.checkVehicle;
    };
    for (const vin of ['WVWZZZ3CZVT402687', 'WVWZZZ3CZVT40617', 'WVWZZZ3CZVTX402617', 'WVWZZZ3CZTV402617']) {
      expect(await check({ vin })).toEqual({ hit: false, matches: [] });
    }
    for (const plate of ['VT 482 TB', 'VT 48 TP', 'VT-4823 TP', 'VT 428 TP']) {
      expect(await check({ plate, registrationCountry: 'DE' })).toEqual({ hit: false, matches: [] });
    }
    // The identifiers themselves are hits.
    const reference = `V-${VEHICLES.typoTarget.id.slice(-4)}`;
    expect(await check({ vin: VEHICLES.typoTarget.vin! })).toEqual({ hit: true, matches: [{ reference }] });
    expect(await check({ plate: 'VT482TP', registrationCountry: 'DE' })).toEqual({
      hit: true,
      matches: [{ reference }],
    });
  });
});
