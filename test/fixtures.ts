// Hand-made records the integration tests search for: a linked "Eriksson case" across the four subgraphs, persons
// in Cyrillic and Greek script, a lapsed record, and the Lindqvist family of 50 used to show that SQL per request
// stays constant as hits and links grow. Written through the subgraphs' TypeORM entities.
import type { DataSource } from 'typeorm';
import { createDataSource } from '../shared/database';
import type { ProvenanceColumns } from '../shared/provenance';
import { AlertEntity, PERSONS_ENTITIES, PersonEntity, PersonNameEntity } from '../subgraphs/persons/src/entities';
import { searchNameOf } from '../subgraphs/persons/src/search/normalize';
import { personNameRows } from '../subgraphs/persons/src/search/variants';
import { DOCUMENTS_ENTITIES, DocumentEntity } from '../subgraphs/documents/src/entities';
import { normalizeDocumentNumber } from '../subgraphs/documents/src/search/normalize';
import { VEHICLES_ENTITIES, VehicleEntity } from '../subgraphs/vehicles/src/entities';
import { normalizePlate, normalizeVin } from '../subgraphs/vehicles/src/search/normalize';
import {
  SUBSTANCES_ENTITIES,
  SeizureEntity,
  SeizurePersonEntity,
  SeizureVehicleEntity,
} from '../subgraphs/substances/src/entities';
import { SUBSTANCE_CATALOGUE, loadSubstanceCatalogue } from '../subgraphs/substances/src/catalogue';

const KIND_CODES = { person: 1, document: 2, vehicle: 3, seizure: 4, alert: 5 } as const;

/** Stable, readable fixture ids: `00000000-0000-4000-8000-0<kind><n>`. */
export function fixtureId(kind: keyof typeof KIND_CODES, n: number): string {
  return `00000000-0000-4000-8000-0${KIND_CODES[kind]}${n.toString(16).padStart(10, '0')}`;
}

export const LINDQVIST_FAMILY_SIZE = 50;

export const ERIKSSON = {
  person: fixtureId('person', 1),
  document: fixtureId('document', 1),
  documentNumber: 'X1234567',
  vehicle: fixtureId('vehicle', 1),
  vin: 'YV1SW61R021234567',
  plate: 'ABC 123',
  seizure: fixtureId('seizure', 1),
};
export const SHEVCHENKO = fixtureId('person', 2);
export const PAPADOPOULOU = fixtureId('person', 3);
export const LAPSED_PERSON = fixtureId('person', 4);
export const UNIFIED_SEARCH_TEXT = `Anna Eriksson ${ERIKSSON.documentNumber} ${ERIKSSON.vin} cocaine`;

function provenance(jurisdiction: string, agency: string, reference: string): Omit<ProvenanceColumns, 'id'> {
  return {
    ownerJurisdiction: jurisdiction,
    ownerAgencyCode: `${jurisdiction}-${agency}`,
    ownerAgencyName: agency,
    nationalReference: reference,
    handlingCode: 'H0',
    sharing: 'ALL_JURISDICTIONS',
    sharedWith: [],
    reliability: 'B',
    accuracy: 2,
    createdAt: new Date('2026-01-15T10:00:00Z'),
    updatedAt: new Date('2026-01-15T10:00:00Z'),
    reviewAt: new Date('2029-01-15T10:00:00Z'),
    expiresAt: null,
    revokedAt: null,
    revocationReason: null,
  };
}

type PersonFixture = Pick<PersonEntity, 'id' | 'familyName' | 'familyNameLatin' | 'script' | 'sex'> &
  Partial<PersonEntity>;

function person(jurisdiction: string, agency: string, fixture: PersonFixture): PersonEntity {
  const row = {
    ...provenance(jurisdiction, agency, `P-${fixture.id.slice(-6)}`),
    givenNames: null,
    givenNamesLatin: null,
    nameAtBirth: null,
    aliases: [],
    dobYear: null,
    dobMonth: null,
    dobDay: null,
    placeOfBirth: null,
    countryOfBirth: null,
    nationalities: [jurisdiction],
    warningMarkers: [],
    ...fixture,
  };
  return { ...row, searchName: searchNameOf(row) } as PersonEntity;
}

function buildPersons(): PersonEntity[] {
  const persons = [
    person('SE', 'NOA', {
      id: ERIKSSON.person,
      familyName: 'Eriksson',
      givenNames: 'Anna',
      familyNameLatin: 'ERIKSSON',
      givenNamesLatin: 'ANNA',
      script: 'LATIN',
      sex: 'FEMALE',
      dobYear: 1974,
      dobMonth: 3,
      dobDay: 21,
      warningMarkers: ['VIOLENT'],
    }),
    person('UA', 'NPU', {
      id: SHEVCHENKO,
      familyName: 'Шевченко',
      givenNames: 'Олександр',
      familyNameLatin: 'SHEVCHENKO',
      givenNamesLatin: 'OLEKSANDR',
      script: 'CYRILLIC',
      sex: 'MALE',
      dobYear: 1988,
    }),
    person('GR', 'HP', {
      id: PAPADOPOULOU,
      familyName: 'Παπαδοπούλου',
      givenNames: 'Ελένη',
      familyNameLatin: 'PAPADOPOULOU',
      givenNamesLatin: 'ELENI',
      script: 'GREEK',
      sex: 'FEMALE',
      dobYear: 1990,
      dobMonth: 7,
    }),
    person('DE', 'BKA', {
      id: LAPSED_PERSON,
      familyName: 'Eriksson',
      givenNames: 'Anna',
      familyNameLatin: 'ERIKSSON',
      givenNamesLatin: 'ANNA',
      script: 'LATIN',
      sex: 'FEMALE',
      expiresAt: new Date('2020-01-01T00:00:00Z'),
    }),
  ];
  for (let n = 1; n <= LINDQVIST_FAMILY_SIZE; n++) {
    persons.push(
      person('FI', 'KRP', {
        id: fixtureId('person', 100 + n),
        familyName: 'Lindqvist',
        givenNames: `Member${n}`,
        familyNameLatin: 'LINDQVIST',
        givenNamesLatin: `MEMBER${n}`,
        script: 'LATIN',
        sex: n % 2 ? 'MALE' : 'FEMALE',
        dobYear: 1950 + n,
      }),
    );
  }
  return persons;
}

function document(id: string, holderId: string | null, number: string, country: string): DocumentEntity {
  return {
    ...provenance(country, 'POL', `D-${id.slice(-6)}`),
    id,
    number,
    numberNormalized: normalizeDocumentNumber(number),
    type: 'PASSPORT',
    issuingCountry: country,
    issueDate: '2019-05-02',
    expiryDate: '2029-05-01',
    status: 'STOLEN_FROM_HOLDER',
    lossDate: '2025-11-02',
    lossPlace: 'Malmö',
    mrz: null,
    holderId,
  } as DocumentEntity;
}

function vehicle(id: string, holderId: string | null, vin: string, plate: string, country: string): VehicleEntity {
  return {
    ...provenance(country, 'POL', `V-${id.slice(-6)}`),
    id,
    vin,
    vinNormalized: normalizeVin(vin),
    registrationPlate: plate,
    plateNormalized: normalizePlate(plate),
    registrationCountry: country,
    type: 'CAR',
    make: 'Volvo',
    model: 'V70',
    modelYear: 2002,
    colour: 'silver',
    status: 'STOLEN',
    theftDate: '2025-10-30',
    theftPlace: 'Göteborg',
    holderId,
  } as VehicleEntity;
}

function seizure(id: string, substanceId: string, country: string, quantityKg: number): SeizureEntity {
  return {
    ...provenance(country, 'TULL', `S-${id.slice(-6)}`),
    id,
    substanceId,
    quantity: quantityKg,
    unit: 'KG',
    quantityKg,
    purity: 0.8,
    form: 'POWDER',
    seizedOn: '2025-11-03',
    place: 'Port of Göteborg',
    country,
    routeOrigin: ['CO'],
    routeTransit: ['NL'],
    routeDestination: [country],
  } as unknown as SeizureEntity;
}

async function withDataSource(
  url: string,
  name: Parameters<typeof createDataSource>[0],
  entities: Function[],
  work: (ds: DataSource) => Promise<void>,
) {
  const dataSource = createDataSource(name, { url, entities, poolSize: 1 });
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export const COCAINE_ID = SUBSTANCE_CATALOGUE.find((substance) => substance.name.toLowerCase() === 'cocaine')!.id;

export async function loadFixtures(url: string): Promise<void> {
  const persons = buildPersons();
  const family = persons.filter((row) => row.familyName === 'Lindqvist');
  await withDataSource(url, 'persons', PERSONS_ENTITIES, async (ds) => {
    await ds.getRepository(PersonEntity).insert(persons);
    await ds.getRepository(PersonNameEntity).insert(persons.flatMap(personNameRows));
    await ds.getRepository(AlertEntity).insert({
      id: fixtureId('alert', 1),
      personId: ERIKSSON.person,
      kind: 'WANTED_FOR_ARREST',
      actionOnHit: 'Arrest and contact the SIRENE bureau of Sweden',
      offence: 'Drug trafficking',
      issuingJurisdiction: 'SE',
      validFrom: '2025-11-05',
      validUntil: null,
    });
  });
  await withDataSource(url, 'documents', DOCUMENTS_ENTITIES, async (ds) => {
    await ds
      .getRepository(DocumentEntity)
      .insert([
        document(ERIKSSON.document, ERIKSSON.person, ERIKSSON.documentNumber, 'SE'),
        ...family.map((member, i) =>
          document(fixtureId('document', 100 + i + 1), member.id, `LQ${String(i + 1).padStart(6, '0')}`, 'FI'),
        ),
      ]);
  });
  await withDataSource(url, 'vehicles', VEHICLES_ENTITIES, async (ds) => {
    await ds
      .getRepository(VehicleEntity)
      .insert([
        vehicle(ERIKSSON.vehicle, ERIKSSON.person, ERIKSSON.vin, ERIKSSON.plate, 'SE'),
        ...family.map((member, i) =>
          vehicle(
            fixtureId('vehicle', 100 + i + 1),
            member.id,
            `YV1SW61R02${String(i + 1).padStart(7, '0')}`,
            `LQ-${i + 1}`,
            'FI',
          ),
        ),
      ]);
  });
  await withDataSource(url, 'substances', SUBSTANCES_ENTITIES, async (ds) => {
    await loadSubstanceCatalogue(ds);
    const seizures = [
      seizure(ERIKSSON.seizure, COCAINE_ID, 'SE', 12.5),
      ...family.map((_, i) => seizure(fixtureId('seizure', 100 + i + 1), COCAINE_ID, 'FI', 1 + i)),
    ];
    await ds.getRepository(SeizureEntity).insert(seizures);
    await ds
      .getRepository(SeizurePersonEntity)
      .insert([
        { seizureId: ERIKSSON.seizure, personId: ERIKSSON.person },
        ...family.map((member, i) => ({ seizureId: fixtureId('seizure', 100 + i + 1), personId: member.id })),
      ]);
    await ds.getRepository(SeizureVehicleEntity).insert([
      { seizureId: ERIKSSON.seizure, vehicleId: ERIKSSON.vehicle },
      ...family.map((_, i) => ({
        seizureId: fixtureId('seizure', 100 + i + 1),
        vehicleId: fixtureId('vehicle', 100 + i + 1),
      })),
    ]);
  });
}
