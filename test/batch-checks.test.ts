// Batch hit/no-hit checks (checkDocuments, checkVehicles, checkPersons): each item answered exactly as its single
// check answers it, in item order, by one SQL statement per batch, audited per item, open to partners at the
// hit-no-hit contract. Records owned by DE (inserted here, persons through createPerson), checked by SE and NL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, sqlStatementsSoFar, type RequestOptions } from './client';
import { ERIKSSON, fixtureId } from './fixtures';
import { DE, PROVENANCE, SE } from './leakage';
import type { Principal } from '../shared/auth';
import { sql } from './sql';

const NL_PARTNER: Principal = {
  userId: 'nl-batch-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

const MATCH = 'hit matches { reference ownerJurisdiction ownerAgency { code name } status actionOnHit }';

// One per restriction; `n` gives the fixture id and the national reference `DE-BATCH-<n>`.
const RECORDS = {
  plain: { n: 1200, handling: 'H0', sharing: 'ALL_JURISDICTIONS', expiresAt: null },
  h3: { n: 1201, handling: 'H3', sharing: 'ALL_JURISDICTIONS', expiresAt: null },
  ownerOnly: { n: 1202, handling: 'H0', sharing: 'OWNER_ONLY', expiresAt: null },
  lapsed: { n: 1203, handling: 'H0', sharing: 'ALL_JURISDICTIONS', expiresAt: '2020-01-01T00:00:00Z' },
  passport: { n: 1204, handling: 'H0', sharing: 'ALL_JURISDICTIONS', expiresAt: null },
  identityCard: { n: 1205, handling: 'H0', sharing: 'ALL_JURISDICTIONS', expiresAt: null },
} as const;
type RecordKey = keyof typeof RECORDS;

// Two documents share a number and differ by type, so one item hits two records and `type` picks one.
const DOCUMENTS: Record<RecordKey, { number: string; type: string; status: string }> = {
  plain: { number: 'BQ120001', type: 'PASSPORT', status: 'LOST' },
  h3: { number: 'BQ120002', type: 'PASSPORT', status: 'STOLEN_BLANK' },
  ownerOnly: { number: 'BQ120003', type: 'PASSPORT', status: 'LOST' },
  lapsed: { number: 'BQ120004', type: 'PASSPORT', status: 'LOST' },
  passport: { number: 'BQ120005', type: 'PASSPORT', status: 'STOLEN_FROM_HOLDER' },
  identityCard: { number: 'BQ120005', type: 'IDENTITY_CARD', status: 'LOST' },
};
const VEHICLES: Partial<Record<RecordKey, { vin: string; plate: string; status: string }>> = {
  plain: { vin: 'WVWZZZ1KZ8W120001', plate: 'B-QX 1200', status: 'STOLEN' },
  h3: { vin: 'WVWZZZ1KZ8W120002', plate: 'B-QX 1201', status: 'SOUGHT_FOR_SEIZURE' },
  ownerOnly: { vin: 'WVWZZZ1KZ8W120003', plate: 'B-QX 1202', status: 'STOLEN' },
  lapsed: { vin: 'WVWZZZ1KZ8W120004', plate: 'B-QX 1203', status: 'STOLEN' },
};

const documentId = (key: RecordKey) => fixtureId('document', RECORDS[key].n);
const vehicleId = (key: RecordKey) => fixtureId('vehicle', RECORDS[key].n);

/** An item of a batch and what its single check answers, as `<reference> <status>` per match. */
type CheckCase = readonly [item: Record<string, string>, hits: readonly unknown[]];

const DOCUMENT_CASES: readonly CheckCase[] = [
  [{ number: 'bq-120 001', issuingCountry: 'de' }, ['DE-BATCH-1200 LOST']], // spelt otherwise
  [{ number: 'BQ120002', issuingCountry: 'DE' }, ['DE-BATCH-1201 STOLEN_BLANK']], // H3: checks answer it
  [{ number: 'BQ120003', issuingCountry: 'DE' }, []], // not shared with SE
  [{ number: 'BQ120004', issuingCountry: 'DE' }, []], // lapsed
  [{ number: 'BQ120005', issuingCountry: 'DE' }, ['DE-BATCH-1204 STOLEN_FROM_HOLDER', 'DE-BATCH-1205 LOST']],
  [{ number: 'BQ120005', issuingCountry: 'DE', type: 'IDENTITY_CARD' }, ['DE-BATCH-1205 LOST']],
  [{ number: 'BQ120001', issuingCountry: 'FR' }, []], // another issuing country
  [{ number: ERIKSSON.documentNumber, issuingCountry: 'SE' }, [expect.stringMatching(/^D-000001 /)]],
  [{ number: 'bq-120 001', issuingCountry: 'de' }, ['DE-BATCH-1200 LOST']], // the same item twice
];
const VEHICLE_CASES: readonly CheckCase[] = [
  [{ vin: 'wvwzzz1kz8w120001' }, ['DE-BATCH-1200 STOLEN']],
  [{ vin: 'WVWZZZ1KZ8W120002' }, ['DE-BATCH-1201 SOUGHT_FOR_SEIZURE']], // H3
  [{ vin: 'WVWZZZ1KZ8W120003' }, []], // not shared with SE
  [{ vin: 'WVWZZZ1KZ8W120004' }, []], // lapsed
  [{ plate: 'bqx1200', registrationCountry: 'DE' }, ['DE-BATCH-1200 STOLEN']],
  [{ plate: 'BQX1200', registrationCountry: 'AT' }, []],
  [{ vin: 'WVWZZZ1KZ8W999999', plate: 'BQX1200', registrationCountry: 'DE' }, []], // the VIN is checked, not the plate
  [{ vin: ERIKSSON.vin }, [expect.stringMatching(/^V-000001 /)]],
];
const PERSON_CASES: readonly CheckCase[] = [
  [{ name: 'Varvara Gorbatko' }, ['DE-BATCH-P-WANTED WANTED_FOR_ARREST']], // H3
  [{ name: 'Горбатко Варвара', dateOfBirth: '1979' }, ['DE-BATCH-P-WANTED WANTED_FOR_ARREST']],
  [{ name: 'Varvara Gorbatko', dateOfBirth: '1980' }, []],
  [{ name: 'Efua Quarshie' }, ['DE-BATCH-P-1 RECORDED', 'DE-BATCH-P-2 RECORDED']], // a third: not shared with SE
  [{ name: 'Quarshie Efua', dateOfBirth: '1991-04-02' }, ['DE-BATCH-P-1 RECORDED', 'DE-BATCH-P-2 RECORDED']],
  [{ name: 'Efua Quarshie', dateOfBirth: '1985' }, ['DE-BATCH-P-1 RECORDED']],
  [{ name: 'Quarshie' }, []], // part of a name
  [{ name: 'Efua Quarshie Mensah' }, []], // a word more
];
const itemsOf = (cases: readonly CheckCase[]) => cases.map(([item]) => item);
const DOCUMENT_ITEMS = itemsOf(DOCUMENT_CASES);
const VEHICLE_ITEMS = itemsOf(VEHICLE_CASES);
const PERSON_ITEMS = itemsOf(PERSON_CASES);

const FIELDS = {
  checkDocuments: {
    input: 'DocumentCheckInput',
    single: 'checkDocument(number: $number, issuingCountry: $issuingCountry, type: $type)',
    singleArgs: '$number: String!, $issuingCountry: String!, $type: DocumentType',
    cases: DOCUMENT_CASES,
    items: DOCUMENT_ITEMS,
  },
  checkVehicles: {
    input: 'VehicleCheckInput',
    single: 'checkVehicle(vin: $vin, plate: $plate, registrationCountry: $registrationCountry)',
    singleArgs: '$vin: String, $plate: String, $registrationCountry: String',
    cases: VEHICLE_CASES,
    items: VEHICLE_ITEMS,
  },
  checkPersons: {
    input: 'PersonCheckInput',
    single: 'checkPerson(name: $name, dateOfBirth: $dateOfBirth)',
    singleArgs: '$name: String!, $dateOfBirth: String',
    cases: PERSON_CASES,
    items: PERSON_ITEMS,
  },
} as const;
type BatchField = keyof typeof FIELDS;

interface CheckAnswer {
  hit: boolean;
  matches: { reference: string; status: string; ownerJurisdiction: string }[];
}

async function batch(field: BatchField, items: readonly object[], principal: Principal = SE, purpose?: string) {
  const { data, errors } = await graphql(
    `query ($items: [${FIELDS[field].input}!]!) { ${field}(items: $items) { ${MATCH} } }`,
    { items },
    'gateway',
    { principal, purpose },
  );
  expect(errors).toBeUndefined();
  return data[field] as CheckAnswer[];
}

async function singles(field: BatchField, principal: Principal = SE): Promise<CheckAnswer[]> {
  const { single, singleArgs, items } = FIELDS[field];
  const answers: CheckAnswer[] = [];
  for (const item of items) {
    const { data, errors } = await graphql(
      `query (${singleArgs}) { answer: ${single} { ${MATCH} } }`,
      item,
      'gateway',
      {
        principal,
      },
    );
    expect(errors).toBeUndefined();
    answers.push(data.answer);
  }
  return answers;
}

async function refusal(field: BatchField, items: readonly object[], options: RequestOptions = {}) {
  const { data, errors } = await graphql(
    `query ($items: [${FIELDS[field].input}!]!) { ${field}(items: $items) { hit } }`,
    { items },
    'gateway',
    options,
  );
  expect(data ?? null).toBeNull();
  return errors?.[0];
}

const references = (answers: CheckAnswer[]) => answers.map((answer) => answer.matches.map((m) => m.reference));

let start: string;

beforeAll(async () => {
  start = new Date().toISOString();
  for (const [key, record] of Object.entries(RECORDS) as [RecordKey, (typeof RECORDS)[RecordKey]][]) {
    const provenance = [
      'DE',
      'DE-BKA',
      'Bundeskriminalamt',
      `DE-BATCH-${record.n}`,
      record.handling,
      record.sharing,
      [],
    ];
    const document = DOCUMENTS[key];
    await sql(
      `INSERT INTO documents.document (id, ${PROVENANCE}, expires_at, number, number_normalized, type, issuing_country,
                                       status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, 'DE', $12)`,
      [documentId(key), ...provenance, record.expiresAt, document.number, document.type, document.status],
    );
    const vehicle = VEHICLES[key];
    if (!vehicle) continue;
    await sql(
      `INSERT INTO vehicles.vehicle (id, ${PROVENANCE}, expires_at, vin, vin_normalized, registration_plate,
                                     plate_normalized, registration_country, type, make, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, 'DE', 'CAR', 'Volkswagen', $13)`,
      [
        vehicleId(key),
        ...provenance,
        record.expiresAt,
        vehicle.vin,
        vehicle.plate,
        vehicle.plate.replace(/[\s-]/g, ''),
        vehicle.status,
      ],
    );
  }
  // One person wanted under H3, two others of one name (one without a date of birth), a third not shared with SE.
  const quarshie = { familyName: 'Quarshie', givenNames: 'Efua' };
  const persons = {
    wanted: {
      nationalReference: 'DE-BATCH-P-WANTED',
      familyName: 'Горбатко',
      givenNames: 'Варвара',
      dateOfBirth: '1979-05-14',
      handling: { code: 'H3' },
      alerts: [
        {
          kind: 'WANTED_FOR_ARREST',
          actionOnHit: 'Arrest and contact the SIRENE Bureau of Germany.',
          issuingJurisdiction: 'DE',
          validFrom: '2025-06-01',
        },
      ],
    },
    noDate: { nationalReference: 'DE-BATCH-P-1', ...quarshie },
    dated: { nationalReference: 'DE-BATCH-P-2', ...quarshie, dateOfBirth: '1991-04' },
    ownerOnly: { nationalReference: 'DE-BATCH-P-3', ...quarshie, handling: { sharing: 'OWNER_ONLY' } },
  };
  const names = Object.keys(persons);
  const { errors } = await graphql(
    `mutation (${names.map((name) => `$${name}: PersonInput!`).join(', ')}) {
       ${names.map((name) => `${name}: createPerson(input: $${name}) { id }`).join('\n')} }`,
    persons,
    'gateway',
    { principal: DE },
  );
  expect(errors).toBeUndefined();
});

afterAll(async () => {
  await sql('DELETE FROM documents.document WHERE id = ANY($1)', [
    Object.keys(RECORDS).map((k) => documentId(k as RecordKey)),
  ]);
  await sql('DELETE FROM vehicles.vehicle WHERE id = ANY($1)', [
    Object.keys(VEHICLES).map((k) => vehicleId(k as RecordKey)),
  ]);
});

describe('batch hit/no-hit checks', () => {
  it.each(Object.keys(FIELDS) as BatchField[])(
    '%s answers each item as its single check does, in item order',
    async (field) => {
      const answers = await batch(field, FIELDS[field].items);
      expect(answers).toEqual(await singles(field));
      expect(answers.map((answer) => answer.matches.map((match) => `${match.reference} ${match.status}`))).toEqual(
        FIELDS[field].cases.map(([, hits]) => hits),
      );
    },
  );

  it('answers partners at the hit-no-hit contract as their single checks do, and the owner sees more', async () => {
    for (const field of Object.keys(FIELDS) as BatchField[]) {
      const answers = await batch(field, FIELDS[field].items, NL_PARTNER);
      expect(answers).toEqual(await singles(field, NL_PARTNER));
      expect(answers.some((answer) => answer.hit)).toBe(true);
    }
    // The owner is answered with its owner-only and H3 records.
    const owner = await batch('checkDocuments', DOCUMENT_ITEMS.slice(0, 3), DE);
    expect(references(owner)).toEqual([['DE-BATCH-1200'], ['DE-BATCH-1201'], ['DE-BATCH-1202']]);
  });

  it('runs one SQL statement per batch, whatever the number of items: as many as one single check', async () => {
    const statementsFor = async (request: () => Promise<unknown>) => {
      const before = await sqlStatementsSoFar();
      await request();
      return (await sqlStatementsSoFar()) - before;
    };
    for (const field of Object.keys(FIELDS) as BatchField[]) {
      const { single, singleArgs, items } = FIELDS[field];
      const hundred = Array.from({ length: 100 }, (_, index) => items[index % items.length]);
      const singleCheck = await statementsFor(() =>
        graphql(`query (${singleArgs}) { ${single} { hit } }`, items[0], 'gateway', { principal: SE }),
      );
      const one = await statementsFor(() => batch(field, items.slice(0, 1)));
      let answers: CheckAnswer[] = [];
      const oneHundred = await statementsFor(async () => (answers = await batch(field, hundred)));
      expect(answers.filter((answer) => answer.hit).length).toBeGreaterThan(30);
      // The check's one statement, and the request's audit row.
      expect(singleCheck).toBeLessThanOrEqual(2);
      expect(one).toBe(singleCheck);
      expect(oneHundred).toBe(singleCheck);
    }
  });

  it('is audited per item: every record disclosed, and each item with the ids it hit', async () => {
    const purpose = 'NL-KMAR-BATCH-AUDIT-1';
    const items = DOCUMENT_ITEMS.slice(0, 5);
    await batch('checkDocuments', items, NL_PARTNER, purpose);
    const { rows } = await sql('SELECT operation, criteria, record_ids FROM documents.audit_event WHERE purpose = $1', [
      purpose,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].operation).toContain('checkDocuments');
    expect([...rows[0].record_ids].sort()).toEqual(
      [documentId('plain'), documentId('h3'), documentId('passport'), documentId('identityCard')].sort(),
    );
    expect(rows[0].criteria).toEqual({
      checkDocuments: {
        items: [
          { ...items[0], recordIds: [documentId('plain')] },
          { ...items[1], recordIds: [documentId('h3')] },
          { ...items[2], recordIds: [] },
          { ...items[3], recordIds: [] },
          { ...items[4], recordIds: [documentId('passport'), documentId('identityCard')] },
        ],
      },
    });

    // The owner learns of each hit on its records.
    const { data, errors } = await graphql(
      `
        query ($filter: HitFilter) {
          hitsOnMyRecords(filter: $filter) {
            documents(first: 50) {
              edges {
                node {
                  purpose
                  operation
                  requester {
                    userId
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
      { filter: { since: start, requesterJurisdiction: 'NL' } },
      'gateway',
      { principal: DE },
    );
    expect(errors).toBeUndefined();
    const hits = data.hitsOnMyRecords.documents.edges
      .map((edge: any) => edge.node)
      .filter((node: any) => node.purpose === purpose);
    expect(hits.map((node: any) => node.record.id).sort()).toEqual([...rows[0].record_ids].sort());
    for (const node of hits) {
      expect(node).toMatchObject({
        operation: expect.stringContaining('checkDocuments'),
        requester: { userId: NL_PARTNER.userId },
      });
    }
  });

  it('refuses 0 or more than 100 items, and a bad item naming its index', async () => {
    for (const items of [[], Array.from({ length: 101 }, () => DOCUMENT_ITEMS[0])]) {
      expect((await refusal('checkDocuments', items))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'items',
      });
    }
    for (const [field, items, argument] of [
      [
        'checkDocuments',
        [DOCUMENT_ITEMS[0], DOCUMENT_ITEMS[1], { number: 'X123456', issuingCountry: 'XX' }],
        'items[2].issuingCountry',
      ],
      ['checkDocuments', [{ number: '--1', issuingCountry: 'SE' }], 'items[0].number'],
      ['checkVehicles', [VEHICLE_ITEMS[0], { plate: 'BQX1200' }], 'items[1].registrationCountry'],
      ['checkVehicles', [{ vin: 'WVW' }], 'items[0].vin'],
      ['checkPersons', [PERSON_ITEMS[0], { name: '1234 5678' }], 'items[1].name'],
      ['checkPersons', [{ name: 'Efua Quarshie', dateOfBirth: '1991-13' }], 'items[0].dateOfBirth'],
    ] as const) {
      const error = await refusal(field, items);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(error?.message).toContain(argument.slice(0, argument.indexOf(']') + 1));
    }
  });

  it('has an example operation, operations/CheckDocuments.graphql, that runs as it is', async () => {
    const operation = readFileSync(path.join(__dirname, '..', 'operations', 'CheckDocuments.graphql'), 'utf8');
    const { data, errors } = await graphql(operation, { items: DOCUMENT_ITEMS.slice(0, 3) });
    expect(errors).toBeUndefined();
    expect(data.checkDocuments.map((answer: CheckAnswer) => answer.hit)).toEqual([true, true, false]);
  });

  it('needs a role that may check, as the single checks do', async () => {
    const supervisor: Principal = {
      userId: 'se-dpo',
      agency: 'SE-NOA',
      jurisdiction: 'SE',
      roles: ['data-protection'],
    };
    for (const field of Object.keys(FIELDS) as BatchField[]) {
      const error = await refusal(field, FIELDS[field].items.slice(0, 1), { principal: supervisor });
      expect(error?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
