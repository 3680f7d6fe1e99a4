// The write side of persons through the gateway: create, update and revoke by the owning jurisdiction only, names in
// their original script with the Latin derived, alerts replaced as a whole, versions with who and when, search names
// rewritten in the same transaction, and revoked persons gone from every path. Names no other test searches for
// (Zhavoronkov, Thorvaldsen, Ferreirinha, Oyarzabal).
import { randomUUID } from 'node:crypto';
import { graphql, refusal, type ServiceName } from './client';
import type { Principal } from '../shared/auth';
import { sql } from './sql';

const DE: Principal = { userId: 'de-person-writer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const DE_BPOL: Principal = { userId: 'de-bpol-person-writer', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['admin'] };
const DE_ANALYST: Principal = { userId: 'de-person-analyst', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['analyst'] };
const SE: Principal = { userId: 'se-person-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const NL_PARTNER: Principal = {
  userId: 'nl-person-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

async function versionCount(id: string): Promise<number> {
  const { rows } = await sql('SELECT count(*)::int AS n FROM persons.record_version WHERE record_id = $1', [id]);
  return rows[0].n;
}

const PERSON = `id ownerJurisdiction ownerAgency { code name } nationalReference handling { code sharing sharedWith }
  reliability accuracy familyName givenNames familyNameLatin givenNamesLatin script nameAtBirth aliases sex dateOfBirth
  placeOfBirth countryOfBirth nationalities warningMarkers
  alerts { id kind actionOnHit offence issuingJurisdiction validFrom validUntil }
  createdAt updatedAt revokedAt revocationReason
  versions { version change changedAt userId agency { code name } purpose data }`;
const CREATE = `mutation ($input: PersonInput!) { createPerson(input: $input) { ${PERSON} } }`;
const UPDATE = `mutation ($id: ID!, $input: PersonUpdateInput!) { updatePerson(id: $id, input: $input) { ${PERSON} } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokePerson(id: $id, reason: $reason) { ${PERSON} } }`;

const ARREST = {
  kind: 'WANTED_FOR_ARREST',
  actionOnHit: 'Arrest on the basis of a European Arrest Warrant; contact the SIRENE Bureau of Germany.',
  offence: 'Drug trafficking',
  issuingJurisdiction: 'DE',
  validFrom: '2026-01-05',
};

function personInput(reference: string, extra: Record<string, unknown> = {}) {
  return {
    nationalReference: reference,
    familyName: 'Thorvaldsen',
    givenNames: 'Ingrid',
    sex: 'FEMALE',
    dateOfBirth: '1981-06',
    nationalities: ['DK'],
    ...extra,
  };
}

async function write(
  query: string,
  field: string,
  variables: Record<string, unknown>,
  principal: Principal = DE,
): Promise<any> {
  const { data, errors } = await graphql(query, variables, 'gateway', { principal, purpose: 'PERSON-WRITE-CASE' });
  expect(errors).toBeUndefined();
  return data[field];
}

const create = (input: object, principal: Principal = DE) => write(CREATE, 'createPerson', { input }, principal);
const update = (id: string, input: object, principal: Principal = DE) =>
  write(UPDATE, 'updatePerson', { id, input }, principal);

/** A refused request, as DE unless said otherwise. */
const refused = (query: string, variables: Record<string, unknown>, principal = DE, service?: ServiceName) =>
  refusal(query, variables, principal, service);

/** Ids of the persons a search finds, as `principal`. */
async function found(text: string, principal: Principal = SE): Promise<string[]> {
  const { data, errors } = await graphql(
    'query ($text: String!) { searchPersons(text: $text, first: 100) { edges { node { id } } } }',
    { text },
    'gateway',
    { principal },
  );
  expect(errors).toBeUndefined();
  return data.searchPersons.edges.map((edge: any) => edge.node.id);
}

describe('createPerson', () => {
  let person: any;

  beforeAll(async () => {
    person = await create({
      nationalReference: 'DE-PW-1',
      familyName: 'Жаворонков',
      givenNames: 'Святослав',
      sex: 'MALE',
      dateOfBirth: '1979-04',
      placeOfBirth: 'Калининград',
      countryOfBirth: 'ru',
      nationalities: ['RU', 'de', 'RU'],
      warningMarkers: ['VIOLENT', 'ARMED', 'VIOLENT'],
      aliases: ['Slava Zhavoronkov'],
      alerts: [ARREST],
      handling: { code: 'H1' },
      reliability: 'B',
      accuracy: 2,
    });
  });

  it('records the person for the caller’s jurisdiction, derives the Latin names and the script, as version 1', async () => {
    expect(person).toMatchObject({
      ownerJurisdiction: 'DE',
      ownerAgency: { code: 'DE-BKA', name: 'Bundeskriminalamt' },
      nationalReference: 'DE-PW-1',
      handling: { code: 'H1', sharing: 'ALL_JURISDICTIONS', sharedWith: [] },
      familyName: 'Жаворонков',
      givenNames: 'Святослав',
      // ICAO 9303 (Russian) in title case.
      familyNameLatin: 'Zhavoronkov',
      givenNamesLatin: 'Sviatoslav',
      script: 'CYRILLIC',
      sex: 'MALE',
      dateOfBirth: '1979-04',
      countryOfBirth: 'RU',
      nationalities: ['RU', 'DE'],
      warningMarkers: ['ARMED', 'VIOLENT'],
      aliases: ['Slava Zhavoronkov'],
      alerts: [{ ...ARREST, id: expect.any(String), validUntil: null }],
      revokedAt: null,
    });
    expect(person.versions).toEqual([
      {
        version: 1,
        change: 'CREATE',
        changedAt: person.createdAt,
        userId: DE.userId,
        agency: { code: 'DE-BKA', name: 'Bundeskriminalamt' },
        purpose: 'PERSON-WRITE-CASE',
        data: expect.objectContaining({
          id: person.id,
          familyNameLatin: 'Zhavoronkov',
          dobYear: 1979,
          dobMonth: 4,
          dobDay: null,
          searchName: 'ZHAVORONKOV SVIATOSLAV',
          alerts: [{ ...ARREST, validUntil: null }],
        }),
      },
    ]);
    expect(Date.now() - Date.parse(person.createdAt)).toBeLessThan(60_000);
  });

  it('is found at once by another jurisdiction, in any script and spelling', async () => {
    for (const text of [
      'Svyatoslav Zhavoronkov', // the common English spelling
      'Zhavoronkov Sviatoslav 1979', // ICAO, with a year that fits
      'Святослав Жаворонков', // Cyrillic, given name first
      'Slava Zhavoronkov', // the alias
    ]) {
      expect(await found(text)).toContain(person.id);
    }
    const { rows } = await sql('SELECT kind, folded FROM persons.person_name WHERE person_id = $1 ORDER BY ordinal', [
      person.id,
    ]);
    expect(rows[0]).toEqual({ kind: 'PRIMARY', folded: 'ZHAVORONKOV SVIATOSLAV' });
    expect(rows).toContainEqual({ kind: 'ALIAS', folded: 'SLAVA ZHAVORONKOV' });
  });

  it('keeps Latin names given by the owner, and a Latin original as written', async () => {
    const own = await create({
      nationalReference: 'DE-PW-2',
      familyName: 'Жаворонков',
      givenNames: 'Святослав',
      familyNameLatin: 'Schaworonkow',
      script: 'CYRILLIC',
    });
    expect(own).toMatchObject({ familyNameLatin: 'Schaworonkow', givenNamesLatin: 'Sviatoslav', sex: 'UNKNOWN' });
    expect(await found('Schaworonkow Sviatoslav')).toContain(own.id);
    const latin = await create(personInput('DE-PW-3', { familyName: 'Ferreirinha-Müller', givenNames: 'João' }));
    expect(latin).toMatchObject({
      familyNameLatin: 'Ferreirinha-Müller',
      givenNamesLatin: 'João',
      script: 'LATIN',
      dateOfBirth: '1981-06',
      alerts: [],
      warningMarkers: [],
    });
    expect(await found('Joao Ferreirinha Mueller')).toContain(latin.id);
  });
});

describe('updatePerson', () => {
  let person: any;

  beforeAll(async () => {
    person = await create({
      nationalReference: 'DE-PW-UPD',
      familyName: 'Жаворонкова',
      givenNames: 'Олеся',
      sex: 'FEMALE',
      alerts: [ARREST, { ...ARREST, kind: 'DISCREET_CHECK', actionOnHit: 'Report discreetly.', offence: null }],
    });
  });

  it('changes the names and their search names in the same transaction; the derived Latin follows', async () => {
    expect(await found('Olesia Zhavoronkova')).toContain(person.id);
    const renamed = await update(person.id, { familyName: 'Оярсабаль', nameAtBirth: 'Жаворонкова' });
    expect(renamed).toMatchObject({
      familyName: 'Оярсабаль',
      familyNameLatin: 'Oiarsabal',
      givenNamesLatin: 'Olesia',
      nameAtBirth: 'Жаворонкова',
    });
    expect(await found('Oiarsabal Olesia')).toContain(person.id);
    // The old family name is now the name at birth: still found, as an alias-like match.
    const { data } = await graphql(
      '{ searchPersons(text: "Olesia Zhavoronkova", first: 100) { edges { matchedOn { field } node { id } } } }',
      {},
      'gateway',
      { principal: SE },
    );
    const hit = data.searchPersons.edges.find((edge: any) => edge.node.id === person.id);
    expect(hit.matchedOn[0].field).toBe('nameAtBirth');
    const { rows } = await sql(`SELECT search_name FROM persons.person WHERE id = $1`, [person.id]);
    expect(rows[0].search_name).toBe('OIARSABAL OLESIA');
  });

  it('replaces the alerts as a whole, keeps each change as a version, and writes nothing for no change', async () => {
    expect(person.alerts.map((alert: any) => alert.kind).sort()).toEqual(['DISCREET_CHECK', 'WANTED_FOR_ARREST']);
    const missing = {
      kind: 'MISSING',
      actionOnHit: 'Place under protection and inform the owner.',
      issuingJurisdiction: 'de',
      validFrom: '2026-02-01',
      validUntil: '2027-01-31',
    };
    const updated = await update(person.id, { alerts: [missing], dateOfBirth: '1990-02-28' }, DE_BPOL);
    expect(updated.alerts).toEqual([{ ...missing, id: expect.any(String), issuingJurisdiction: 'DE', offence: null }]);
    expect(updated.dateOfBirth).toBe('1990-02-28');
    expect(updated.versions.map((v: any) => [v.version, v.change, v.userId])).toEqual([
      [1, 'CREATE', DE.userId],
      [2, 'UPDATE', DE.userId],
      [3, 'UPDATE', DE_BPOL.userId],
    ]);
    expect(updated.versions[2].agency.code).toBe('DE-BPOL');
    expect(updated.versions[2].data.alerts).toEqual([{ ...missing, issuingJurisdiction: 'DE', offence: null }]);
    expect(updated.versions[0].data.alerts).toHaveLength(2);
    const { rows } = await sql('SELECT kind FROM persons.alert WHERE person_id = $1', [person.id]);
    expect(rows).toEqual([{ kind: 'MISSING' }]);

    // The same state again, the alert given as stored: no version, no new timestamp.
    const same = await update(person.id, {
      alerts: [{ ...missing, issuingJurisdiction: 'DE' }],
      dateOfBirth: '1990-02-28',
      sex: 'FEMALE',
    });
    expect(same.versions).toHaveLength(3);
    expect(same.updatedAt).toBe(updated.updatedAt);

    // null clears an optional field; [] removes every alert.
    const cleared = await update(person.id, { alerts: [], dateOfBirth: null });
    expect(cleared).toMatchObject({ alerts: [], dateOfBirth: null });
    expect(cleared.versions).toHaveLength(4);
  });
});

describe('only the owning jurisdiction writes', () => {
  let visible: any;
  let ownerOnly: any;

  beforeAll(async () => {
    visible = await create(personInput('DE-PW-OWN-1'));
    ownerOnly = await create(personInput('DE-PW-OWN-2', { handling: { sharing: 'OWNER_ONLY' } }));
  });

  async function unchanged(record: any) {
    const { rows } = await sql('SELECT family_name, updated_at, revoked_at FROM persons.person WHERE id = $1', [
      record.id,
    ]);
    expect(rows[0]).toEqual({ family_name: 'Thorvaldsen', updated_at: expect.any(Date), revoked_at: null });
    expect(rows[0].updated_at.getTime()).toBe(Date.parse(record.updatedAt));
    expect(await versionCount(record.id)).toBe(1);
  }

  it('refuses another jurisdiction that sees the person with FORBIDDEN, and changes nothing', async () => {
    const error = await refused(UPDATE, { id: visible.id, input: { familyName: 'Hansen' } }, SE);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toContain('only the owning jurisdiction (DE)');
    const revoke = await refused(REVOKE, { id: visible.id, reason: 'not mine to revoke' }, SE);
    expect(revoke.extensions?.code).toBe('FORBIDDEN');
    await unchanged(visible);
  });

  it('answers NOT_FOUND for a person the caller cannot see, exactly as for an unknown id', async () => {
    const hidden = await refused(UPDATE, { id: ownerOnly.id, input: { familyName: 'Hansen' } }, SE);
    const unknownId = randomUUID();
    const unknown = await refused(UPDATE, { id: unknownId, input: { familyName: 'Hansen' } }, SE);
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(unknown.extensions).toEqual(hidden.extensions);
    expect(hidden.message.replace(ownerOnly.id, '<id>')).toBe(unknown.message.replace(unknownId, '<id>'));
    const revoke = await refused(REVOKE, { id: ownerOnly.id, reason: 'not mine to revoke' }, SE);
    expect(revoke.extensions?.code).toBe('NOT_FOUND');
    await unchanged(ownerOnly);
  });

  it('refuses roles that may not write, even in the owning jurisdiction', async () => {
    // The analyst reaches the mutation and the subgraph refuses the role. The partner's schema contract has no
    // mutations at the gateway, and the subgraph refuses the role when asked directly.
    const attempts = [
      [DE_ANALYST, 'gateway', 'FORBIDDEN'],
      [NL_PARTNER, 'gateway', 'GRAPHQL_VALIDATION_FAILED'],
      [NL_PARTNER, 'persons', 'FORBIDDEN'],
    ] as const;
    for (const [principal, service, code] of attempts) {
      expect(
        (await refused(UPDATE, { id: visible.id, input: { familyName: 'Hansen' } }, principal, service)).extensions
          ?.code,
      ).toBe(code);
      expect((await refused(CREATE, { input: personInput('DE-PW-ROLE') }, principal, service)).extensions?.code).toBe(
        code,
      );
    }
    expect((await sql(`SELECT 1 FROM persons.person WHERE national_reference = 'DE-PW-ROLE'`)).rowCount).toBe(0);
    await unchanged(visible);
  });
});

describe('validation: BAD_USER_INPUT naming the field, and nothing written', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a family name with digits', { familyName: 'Thorvaldsen 2' }, 'input.familyName'],
    ['an empty family name', { familyName: '  ' }, 'input.familyName'],
    ['a name in an unsupported script', { familyName: 'כהן' }, 'input.familyName'],
    ['names mixing two scripts', { familyName: 'Жаворонков', givenNames: 'Ελένη' }, 'input.givenNames'],
    ['a stated script the names are not in', { familyName: 'Жаворонков', script: 'LATIN' }, 'input.script'],
    ['a Latin name in Cyrillic', { familyNameLatin: 'Торвальдсен' }, 'input.familyNameLatin'],
    ['Latin given names without given names', { givenNames: null, givenNamesLatin: 'Ingrid' }, 'input.givenNamesLatin'],
    ['a name longer than 100 characters', { givenNames: 'A'.repeat(101) }, 'input.givenNames'],
    ['an alias with digits', { aliases: ['Agent 007'] }, 'input.aliases'],
    ['a month that does not exist', { dateOfBirth: '1974-13' }, 'input.dateOfBirth'],
    ['a day that does not exist', { dateOfBirth: '1974-02-30' }, 'input.dateOfBirth'],
    ['a date of birth in the future', { dateOfBirth: '2999' }, 'input.dateOfBirth'],
    ['a date of birth before 1900', { dateOfBirth: '1850-01-01' }, 'input.dateOfBirth'],
    ['a date of birth written the European way', { dateOfBirth: '21.03.1974' }, 'input.dateOfBirth'],
    ['an unknown country of birth', { countryOfBirth: 'XX' }, 'input.countryOfBirth'],
    ['an unknown nationality', { nationalities: ['DK', 'XX'] }, 'input.nationalities'],
    ['an alert without action', { alerts: [{ ...ARREST, actionOnHit: ' ' }] }, 'input.alerts[0].actionOnHit'],
    [
      'an alert ending before it starts',
      { alerts: [ARREST, { ...ARREST, validFrom: '2026-02-01', validUntil: '2026-01-31' }] },
      'input.alerts[1].validUntil',
    ],
    [
      'an alert of no jurisdiction',
      { alerts: [{ ...ARREST, issuingJurisdiction: 'XX' }] },
      'input.alerts[0].issuingJurisdiction',
    ],
    ['an impossible alert start', { alerts: [{ ...ARREST, validFrom: '2026-02-30' }] }, 'input.alerts[0].validFrom'],
    ['listed sharing without a list', { handling: { sharing: 'LISTED_JURISDICTIONS' } }, 'input.handling.sharedWith'],
  ];

  it.each(cases)('%s', async (_name, override, argument) => {
    const reference = `DE-PW-BAD-${randomUUID().slice(0, 8)}`;
    const error = await refused(CREATE, { input: personInput(reference, override) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toContain(argument);
    expect((await sql('SELECT 1 FROM persons.person WHERE national_reference = $1', [reference])).rowCount).toBe(0);
  });

  it('refuses a taken national reference and bad update input, changing nothing', async () => {
    const first = await create(personInput('DE-PW-DUP'));
    const duplicate = await refused(CREATE, { input: personInput('DE-PW-DUP') });
    expect(duplicate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.nationalReference' });
    for (const [input, argument] of [
      [{ familyName: null }, 'input.familyName'],
      [{ dateOfBirth: '1974-00' }, 'input.dateOfBirth'],
      [{ alerts: [{ ...ARREST, validUntil: '2020-01-01' }] }, 'input.alerts[0].validUntil'],
    ] as const) {
      const error = await refused(UPDATE, { id: first.id, input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const badId = await refused(UPDATE, { id: 'not-an-id', input: { sex: 'MALE' } });
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(await versionCount(first.id)).toBe(1);
    const { rows } = await sql('SELECT family_name, dob_year, dob_month FROM persons.person WHERE id = $1', [first.id]);
    expect(rows[0]).toEqual({ family_name: 'Thorvaldsen', dob_year: 1981, dob_month: 6 });
    expect((await sql('SELECT 1 FROM persons.alert WHERE person_id = $1', [first.id])).rowCount).toBe(0);
  });
});

describe('a revoked person is returned nowhere', () => {
  let person: any;
  let document: any;

  beforeAll(async () => {
    person = await create({
      nationalReference: 'DE-PW-REV',
      familyName: 'Oyarzabal',
      givenNames: 'Itziar',
      dateOfBirth: '1977-09-14',
      alerts: [ARREST],
    });
    const { data, errors } = await graphql(
      'mutation ($input: DocumentInput!) { createDocument(input: $input) { id } }',
      {
        input: {
          nationalReference: 'DE-PW-REV-D',
          number: 'PWREV0001',
          type: 'PASSPORT',
          issuingCountry: 'ES',
          status: 'LOST',
          holderId: person.id,
        },
      },
      'gateway',
      { principal: DE },
    );
    expect(errors).toBeUndefined();
    document = data.createDocument;
  });

  /** Which paths return the person to `principal`. */
  async function seen(principal: Principal) {
    const { data, errors } = await graphql(
      `
        query ($person: ID!, $document: ID!) {
          searchPersons(text: "Itziar Oyarzabal") {
            edges {
              node {
                id
              }
            }
          }
          person(id: $person) {
            id
          }
          document(id: $document) {
            holder {
              id
              familyNameLatin
            }
          }
          checkPerson(name: "OYARZABAL ITZIAR", dateOfBirth: "1977") {
            hit
          }
        }
      `,
      { person: person.id, document: document.id },
      'gateway',
      { principal },
    );
    expect(errors).toBeUndefined();
    const entities = await graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }',
      { r: [{ __typename: 'Person', id: person.id }] },
      'persons',
      { principal },
    );
    // The holder comes from the persons subgraph (a field beyond the key makes the gateway ask it).
    return {
      search: data.searchPersons.edges.some((edge: any) => edge.node.id === person.id),
      detail: data.person !== null,
      link: data.document.holder !== null,
      entities: entities.data._entities[0] !== null,
      check: data.checkPerson.hit,
    };
  }

  const everywhere = (value: boolean) => ({ search: value, detail: value, link: value, entities: value, check: value });

  it('before: every path returns it, to the owner and to others', async () => {
    expect(await seen(SE)).toEqual(everywhere(true));
    expect(await seen(DE)).toEqual(everywhere(true));
  });

  it('revoking answers with the revoked person once, keeps a REVOKE version, and then no path returns it', async () => {
    const revoked = await write(REVOKE, 'revokePerson', { id: person.id, reason: 'arrest warrant executed' });
    expect(revoked).toMatchObject({
      id: person.id,
      revokedAt: expect.any(String),
      revocationReason: 'arrest warrant executed',
    });
    expect(revoked.versions.map((v: any) => v.change)).toEqual(['CREATE', 'REVOKE']);
    expect(revoked.versions[1].data).toMatchObject({ revocationReason: 'arrest warrant executed' });
    expect(await seen(SE)).toEqual(everywhere(false));
    expect(await seen(DE)).toEqual(everywhere(false));
  });

  it('can no longer be changed or revoked: NOT_FOUND, and no version is added', async () => {
    const change = await refused(UPDATE, { id: person.id, input: { sex: 'FEMALE' } });
    expect(change.extensions?.code).toBe('NOT_FOUND');
    const again = await refused(REVOKE, { id: person.id, reason: 'once more' });
    expect(again.extensions?.code).toBe('NOT_FOUND');
    expect(await versionCount(person.id)).toBe(2);
  });
});

describe('versions of persons', () => {
  it('are shown to the owning jurisdiction only, and cannot be changed', async () => {
    const person = await create(personInput('DE-PW-VER'));
    await update(person.id, { placeOfBirth: 'Aarhus' });
    const query = `{ person(id: "${person.id}") { versions { version change userId } } }`;
    const owner = await graphql(query, {}, 'gateway', { principal: DE_ANALYST });
    expect(owner.data.person.versions).toEqual([
      { version: 1, change: 'CREATE', userId: DE.userId },
      { version: 2, change: 'UPDATE', userId: DE.userId },
    ]);
    const other = await graphql(query, {}, 'gateway', { principal: SE });
    expect(other.errors).toBeUndefined();
    expect(other.data.person.versions).toEqual([]);
    await expect(sql(`UPDATE persons.record_version SET user_id = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM persons.record_version`)).rejects.toThrow(/append-only/);
    expect(await versionCount(person.id)).toBe(2);
  });

  it('mutations are audited like reads: who, why, the arguments and the person', async () => {
    const { data } = await graphql(CREATE, { input: personInput('DE-PW-AUDIT') }, 'gateway', {
      principal: DE,
      purpose: 'AUDIT-PERSON-WRITE',
    });
    const { rows } = await sql(`SELECT * FROM persons.audit_event WHERE purpose = 'AUDIT-PERSON-WRITE'`);
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: DE.userId,
        jurisdiction: 'DE',
        operation: expect.stringContaining('createPerson'),
        criteria: { createPerson: { input: expect.objectContaining({ nationalReference: 'DE-PW-AUDIT' }) } },
        record_ids: [data.createPerson.id],
      }),
    ]);
  });
});
