// Leakage probes for persons: a person restricted by sharing or handling code never reaches a jurisdiction that may
// not see it, through any path (search, detail, links from the other three subgraphs, _entities), at the gateway
// or directly at the persons subgraph, and not even by its id. One test per (viewer, path, restricted person).
import { graphql } from './client';
import { fixtureId } from './fixtures';
import type { Principal } from '../shared/auth';
import { personNameRows } from '../subgraphs/persons/src/search/variants';
import { sql } from './sql';
import { DE, FI, PROVENANCE, SE, auditedIds, idsIn } from './leakage';
import { sealLinkId } from '../shared/link-ids';

// Persons owned by DE, one per restriction, each the holder of an SE document and vehicle and linked to an SE
// seizure, all three shared with every jurisdiction: the link is visible, the person behind it may not be.
const RESTRICTED = {
  ownerOnly: { n: 910, given: 'Ottilie', sharing: 'OWNER_ONLY', sharedWith: [], handling: 'H0' },
  listedFi: { n: 911, given: 'Wiebke', sharing: 'LISTED_JURISDICTIONS', sharedWith: ['FI'], handling: 'H0' },
  h3: { n: 912, given: 'Ulrike', sharing: 'ALL_JURISDICTIONS', sharedWith: [], handling: 'H3' },
  // Shared with everyone, but past its expiry: lapsed records reach no one, their owner included.
  lapsed: { n: 913, given: 'Gerlinde', sharing: 'ALL_JURISDICTIONS', sharedWith: [], handling: 'H0' },
} as const;
type Restriction = keyof typeof RESTRICTED;
const RESTRICTIONS = Object.keys(RESTRICTED) as Restriction[];
const FAMILY = 'Hinterberger';

const person = (key: Restriction) => fixtureId('person', RESTRICTED[key].n);
const document = (key: Restriction) => fixtureId('document', RESTRICTED[key].n);
const vehicle = (key: Restriction) => fixtureId('vehicle', RESTRICTED[key].n);
const seizure = (key: Restriction) => fixtureId('seizure', RESTRICTED[key].n);
const documentNumber = (key: Restriction) => `HB${RESTRICTED[key].n}55`;

/** Who may see each restricted person. */
const MAY_SEE: Record<string, readonly Restriction[]> = {
  DE: ['ownerOnly', 'listedFi', 'h3'],
  FI: ['listedFi'],
  SE: [],
};

const SE_PUBLIC = (n: number) => [
  'SE',
  'SE-NOA',
  'Nationella operativa avdelningen',
  `SE-LNK-${n}`,
  'H0',
  'ALL_JURISDICTIONS',
  [],
];

beforeAll(async () => {
  for (const key of RESTRICTIONS) {
    const r = RESTRICTED[key];
    await sql(
      `INSERT INTO persons.person (id, ${PROVENANCE}, family_name, given_names, family_name_latin, given_names_latin,
         script, aliases, sex, nationalities, warning_markers, search_name, dob_year, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'LATIN', '{}', 'FEMALE', '{DE}', '{}', $13, 1970,
               CASE WHEN $14 THEN now() - interval '1 day' END)`,
      [
        person(key),
        'DE',
        'DE-BKA',
        'Bundeskriminalamt',
        `DE-PVIS-${r.n}`,
        r.handling,
        r.sharing,
        r.sharedWith,
        FAMILY,
        r.given,
        FAMILY.toUpperCase(),
        r.given.toUpperCase(),
        `${FAMILY} ${r.given}`.toUpperCase(),
        key === 'lapsed',
      ],
    );
    const names = personNameRows({
      id: person(key),
      familyName: FAMILY,
      givenNames: r.given,
      familyNameLatin: FAMILY.toUpperCase(),
      givenNamesLatin: r.given.toUpperCase(),
      nameAtBirth: null,
      aliases: [],
    });
    for (const row of names) {
      await sql(
        `INSERT INTO persons.person_name (person_id, ordinal, kind, value, scheme, folded, name_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.personId, row.ordinal, row.kind, row.value, row.scheme, row.folded, row.nameKey],
      );
    }
    await sql(
      `INSERT INTO documents.document (id, ${PROVENANCE}, number, number_normalized, type, issuing_country, status, holder_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 'PASSPORT', 'SE', 'LOST', $10)`,
      [document(key), ...SE_PUBLIC(r.n), documentNumber(key), person(key)],
    );
    await sql(
      `INSERT INTO vehicles.vehicle (id, ${PROVENANCE}, vin, vin_normalized, type, make, status, holder_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 'CAR', 'Saab', 'STOLEN', $10)`,
      [vehicle(key), ...SE_PUBLIC(r.n), `YS3FB49S0Y1${r.n}555`, person(key)],
    );
    await sql(
      `INSERT INTO substances.seizure (id, ${PROVENANCE}, substance_id, quantity, unit, quantity_kg, seized_on, country)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, id, 2, 'KG', 2, '2026-03-01', 'SE'
         FROM substances.substance WHERE name = 'Heroin'`,
      [seizure(key), ...SE_PUBLIC(r.n)],
    );
    await sql('INSERT INTO substances.seizure_person (seizure_id, person_id) VALUES ($1, $2)', [
      seizure(key),
      person(key),
    ]);
  }
});

afterAll(async () => {
  const all = (id: (key: Restriction) => string) => RESTRICTIONS.map(id);
  await sql('DELETE FROM substances.seizure WHERE id = ANY($1)', [all(seizure)]);
  await sql('DELETE FROM vehicles.vehicle WHERE id = ANY($1)', [all(vehicle)]);
  await sql('DELETE FROM documents.document WHERE id = ANY($1)', [all(document)]);
  await sql('DELETE FROM persons.person_name WHERE person_id = ANY($1)', [all(person)]);
  await sql('DELETE FROM persons.person WHERE id = ANY($1)', [all(person)]);
});

type Probe = (key: Restriction, principal: Principal, purpose: string) => Promise<Set<string>>;

const entities = (typename: string, representation: Record<string, unknown>, selection: string): Probe => {
  return async (_key, principal, purpose) =>
    idsIn(
      await graphql(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        { r: [{ __typename: typename, ...representation }] },
        'persons',
        { principal, purpose },
      ),
    );
};

const PROBES: Record<string, Probe> = {
  'gateway searchPersons': async (key, principal, purpose) =>
    idsIn(
      await graphql(
        `
          query ($t: String!) {
            searchPersons(text: $t, first: 50) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { t: `${FAMILY} ${RESTRICTED[key].given}` },
        'gateway',
        { principal, purpose },
      ),
    ),
  'gateway person(id)': async (key, principal, purpose) =>
    idsIn(await graphql(`{ person(id: "${person(key)}") { id } }`, {}, 'gateway', { principal, purpose })),
  'gateway Document.holder { id }': async (key, principal, purpose) =>
    idsIn(
      await graphql(`{ document(id: "${document(key)}") { holder { id } } }`, {}, 'gateway', { principal, purpose }),
    ),
  'gateway Vehicle.holder { id }': async (key, principal, purpose) =>
    idsIn(await graphql(`{ vehicle(id: "${vehicle(key)}") { holder { id } } }`, {}, 'gateway', { principal, purpose })),
  'gateway Seizure.persons { id }': async (key, principal, purpose) =>
    idsIn(
      await graphql(`{ seizure(id: "${seizure(key)}") { persons { id } } }`, {}, 'gateway', { principal, purpose }),
    ),
  'gateway searchDocuments → holder': async (key, principal, purpose) =>
    idsIn(
      await graphql(
        `{ searchDocuments(text: "${documentNumber(key)}") { edges { node { holder { id familyName } } } } }`,
        {},
        'gateway',
        { principal, purpose },
      ),
    ),
  'persons subgraph searchPersons': async (key, principal, purpose) =>
    idsIn(
      await graphql(
        `{ searchPersons(text: "${FAMILY} ${RESTRICTED[key].given}") { edges { node { id } } } }`,
        {},
        'persons',
        { principal, purpose },
      ),
    ),
  'persons subgraph person(id)': async (key, principal, purpose) =>
    idsIn(await graphql(`{ person(id: "${person(key)}") { id } }`, {}, 'persons', { principal, purpose })),
  'persons subgraph _entities Person': (key, principal, purpose) =>
    entities('Person', { id: person(key) }, 'id familyName')(key, principal, purpose),
  // The gateway's own path: link ids sealed for the caller by the subgraph that holds them (shared/link-ids.ts).
  'persons subgraph _entities Document (sealed holderId)': (key, principal, purpose) =>
    entities('Document', { id: document(key), holderId: sealLinkId(person(key), principal) }, 'holder { id }')(
      key,
      principal,
      purpose,
    ),
  'persons subgraph _entities Vehicle (sealed holderId)': (key, principal, purpose) =>
    entities('Vehicle', { id: vehicle(key), holderId: sealLinkId(person(key), principal) }, 'holder { id }')(
      key,
      principal,
      purpose,
    ),
  'persons subgraph _entities Seizure (sealed personIds)': (key, principal, purpose) =>
    entities('Seizure', { id: seizure(key), personIds: [sealLinkId(person(key), principal)] }, 'persons { id }')(
      key,
      principal,
      purpose,
    ),
};

const CASES = [DE, FI, SE].flatMap((principal) =>
  Object.keys(PROBES).flatMap((probe) =>
    RESTRICTIONS.map((key) => [principal.jurisdiction, probe, key, principal] as const),
  ),
);

let probeNumber = 0;

describe('restricted persons', () => {
  it.each(CASES)('%s viewer, %s, %s person', async (jurisdiction, probe, key, principal) => {
    const purpose = `LEAK-PERSONS-${++probeNumber}`;
    const seen = await PROBES[probe](key, principal, purpose);
    if (MAY_SEE[jurisdiction].includes(key)) {
      expect(seen).toContain(person(key));
      // Every disclosure has its audit row: the request's purpose and the person's id.
      expect(await auditedIds('persons', purpose)).toContain(person(key));
    } else {
      expect(seen).not.toContain(person(key));
    }
  });

  // Checks answer every jurisdiction the record is shared with, H3 included, with the reference only.
  const CHECKABLE: Record<string, readonly Restriction[]> = {
    DE: ['ownerOnly', 'listedFi', 'h3'],
    FI: ['listedFi', 'h3'],
    SE: ['h3'],
  };
  const CHECK_CASES = [DE, FI, SE].flatMap((principal) =>
    RESTRICTIONS.map((key) => [principal.jurisdiction, key, principal] as const),
  );

  it.each(CHECK_CASES)('%s viewer, checkPerson, %s person', async (jurisdiction, key, principal) => {
    const purpose = `LEAK-PERSONS-CHECK-${++probeNumber}`;
    const { data, errors } = await graphql(
      `
        query ($name: String!) {
          checkPerson(name: $name, dateOfBirth: "1970") {
            hit
            matches {
              reference
              ownerJurisdiction
            }
          }
        }
      `,
      { name: `${RESTRICTED[key].given} ${FAMILY}` },
      'gateway',
      { principal, purpose },
    );
    expect(errors).toBeUndefined();
    const references = data.checkPerson.matches.map((match: { reference: string }) => match.reference);
    const reference = `DE-PVIS-${RESTRICTED[key].n}`;
    if (CHECKABLE[jurisdiction].includes(key)) {
      expect(references).toEqual([reference]);
      expect(await auditedIds('persons', purpose)).toContain(person(key));
    } else {
      expect(data.checkPerson).toEqual({ hit: false, matches: [] });
    }
  });

  it('the links the persons subgraph resolves are not in the public schema', async () => {
    for (const query of [
      `{ document(id: "${document('ownerOnly')}") { holderId } }`,
      `{ vehicle(id: "${vehicle('ownerOnly')}") { holderId } }`,
      `{ seizure(id: "${seizure('ownerOnly')}") { personIds vehicleIds } }`,
    ]) {
      const { errors } = await graphql(query, {}, 'gateway', { principal: SE });
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('a hidden holder is null and a hidden linked person is left out, the linking record still answering', async () => {
    const { data } = await graphql(
      `{ document(id: "${document('h3')}") { id holder { id } }
         seizure(id: "${seizure('h3')}") { id persons { id } } }`,
      {},
      'gateway',
      { principal: SE },
    );
    expect(data).toEqual({
      document: { id: document('h3'), holder: null },
      seizure: { id: seizure('h3'), persons: [] },
    });
  });

  describe('link ids read straight from a subgraph with a valid gateway credential', () => {
    const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    const LINKS = [
      ['documents', `{ document(id: "${document('ownerOnly')}") { holderId } }`],
      ['vehicles', `{ vehicle(id: "${vehicle('ownerOnly')}") { holderId } }`],
      ['substances', `{ seizure(id: "${seizure('ownerOnly')}") { personIds vehicleIds } }`],
    ] as const;

    it.each(LINKS)('%s answers the link sealed: no id, and never the same text twice', async (service, query) => {
      const first = await graphql(query, {}, service, { principal: SE });
      const second = await graphql(query, {}, service, { principal: SE });
      expect(first.errors).toBeUndefined();
      const text = JSON.stringify(first.data);
      expect(text.replace(/"id":/g, '')).not.toMatch(UUID);
      expect(text).toContain('L1.');
      expect(JSON.stringify(second.data)).not.toEqual(text);
    });

    it('a raw id, a tampered one or one sealed for another caller opens nothing, even for a viewer who may see it', async () => {
      const sealedForFi = sealLinkId(person('ownerOnly'), FI);
      // One character in the middle changed (the last one may carry only padding bits).
      const sealed = sealLinkId(person('ownerOnly'), DE);
      const tampered = sealed.slice(0, 20) + (sealed[20] === 'A' ? 'Q' : 'A') + sealed.slice(21);
      for (const holderId of [person('ownerOnly'), sealedForFi, tampered, 'L1.', 42]) {
        const seen = await entities('Document', { id: document('ownerOnly'), holderId }, 'holder { id }')(
          'ownerOnly',
          DE,
          `LEAK-PERSONS-RAW-${++probeNumber}`,
        );
        expect(seen).not.toContain(person('ownerOnly'));
      }
      // The control: the same viewer, the id sealed for it, sees the holder.
      const seen = await entities('Document', { id: document('ownerOnly'), holderId: sealed }, 'holder { id }')(
        'ownerOnly',
        DE,
        `LEAK-PERSONS-RAW-${++probeNumber}`,
      );
      expect(seen).toContain(person('ownerOnly'));
    });
  });
});
