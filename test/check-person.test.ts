// checkPerson, the hit/no-hit path of border lanes and partners: the whole name in any script or spelling, a fitting
// date of birth, no false hits, references and the action to take only, H3 included, partners allowed, audited.
// Persons created by DE through createPerson, with names no other test searches for (Belousova, Vanterpool).
import { graphql } from './client';
import type { Principal } from '../shared/auth';
import { sql } from './sql';
import { nameKey } from '../subgraphs/persons/src/search/name-key';

const DE: Principal = { userId: 'de-check-writer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const SE: Principal = { userId: 'se-check-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const NL_PARTNER: Principal = {
  userId: 'nl-check-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

const ARREST_ACTION = 'Arrest on the basis of a European Arrest Warrant; contact the SIRENE Bureau of Germany.';

async function createPerson(input: Record<string, unknown>): Promise<string> {
  const { data, errors } = await graphql(
    'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input },
    'gateway',
    { principal: DE },
  );
  expect(errors).toBeUndefined();
  return data.createPerson.id;
}

const CHECK = `query ($name: String!, $dateOfBirth: String) { checkPerson(name: $name, dateOfBirth: $dateOfBirth) {
  hit matches { reference ownerJurisdiction ownerAgency { code name } status actionOnHit } } }`;

async function check(name: string, dateOfBirth?: string, principal: Principal = SE, purpose?: string) {
  const { data, errors } = await graphql(CHECK, { name, dateOfBirth }, 'gateway', { principal, purpose });
  expect(errors).toBeUndefined();
  return data.checkPerson as { hit: boolean; matches: Record<string, any>[] };
}

const references = async (name: string, dateOfBirth?: string, principal: Principal = SE) =>
  (await check(name, dateOfBirth, principal)).matches.map((match) => match.reference).sort();

let wanted: string;

beforeAll(async () => {
  wanted = await createPerson({
    nationalReference: 'DE-CP-WANTED',
    familyName: 'Белоусова',
    givenNames: 'Снежана',
    sex: 'FEMALE',
    dateOfBirth: '1985-11-02',
    placeOfBirth: 'Самара',
    nationalities: ['RU'],
    warningMarkers: ['ARMED'],
    handling: { code: 'H3' },
    alerts: [
      {
        kind: 'WANTED_FOR_ARREST',
        actionOnHit: ARREST_ACTION,
        offence: 'Drug trafficking',
        issuingJurisdiction: 'DE',
        validFrom: '2025-06-01',
      },
      // More recent, but less urgent: the answer names the arrest warrant.
      {
        kind: 'DISCREET_CHECK',
        actionOnHit: 'Report the sighting discreetly.',
        issuingJurisdiction: 'DE',
        validFrom: '2026-01-01',
      },
    ],
  });
  await createPerson({ nationalReference: 'DE-CP-PLAIN', familyName: 'Vanterpool', givenNames: 'Desmond' });
  await createPerson({
    nationalReference: 'DE-CP-EXPIRED',
    familyName: 'Vanterpool',
    givenNames: 'Desmond',
    dateOfBirth: '1960',
    alerts: [
      {
        kind: 'MISSING',
        actionOnHit: 'Inform the owner.',
        issuingJurisdiction: 'DE',
        validFrom: '2019-01-01',
        validUntil: '2020-12-31',
      },
    ],
  });
  await createPerson({
    nationalReference: 'DE-CP-OWNER-ONLY',
    familyName: 'Vanterpool',
    givenNames: 'Desmond',
    handling: { sharing: 'OWNER_ONLY' },
  });
});

describe('checkPerson', () => {
  it('hits the whole name in any script, spelling and word order, H3 included, with the alert in force', async () => {
    for (const name of [
      'Belousova Snezhana', // ICAO 9303
      'SNEZHANA BELOUSOVA', // given name first
      'Снежана Белоусова', // Cyrillic
    ]) {
      expect(await check(name)).toEqual({
        hit: true,
        matches: [
          {
            reference: 'DE-CP-WANTED',
            ownerJurisdiction: 'DE',
            ownerAgency: { code: 'DE-BKA', name: 'Bundeskriminalamt' },
            status: 'WANTED_FOR_ARREST',
            actionOnHit: ARREST_ACTION,
          },
        ],
      });
    }
    // H3: the search does not show it to SE, the check does.
    const { data } = await graphql('{ searchPersons(text: "Snezhana Belousova") { totalCount } }', {}, 'gateway', {
      principal: SE,
    });
    expect(data.searchPersons.totalCount).toBe(0);
  });

  it('gives no false hits: no part of a name, no extra word, no sound-alike, no other spelling of a letter', async () => {
    for (const name of ['Belousova', 'Snezhana Belousova Ivanovna', 'Snejana Belousova', 'Belousov Snezhana']) {
      expect(await check(name)).toEqual({ hit: false, matches: [] });
    }
  });

  it('with a date of birth, hits only persons whose recorded date fits it (partial dates fit as in search)', async () => {
    for (const date of ['1985', '1985-11', '1985-11-02'])
      expect((await check('Belousova Snezhana', date)).hit).toBe(true);
    for (const date of ['1984', '1985-12', '1985-11-03'])
      expect((await check('Belousova Snezhana', date)).hit).toBe(false);
    // Without a recorded date, a person still hits; a recorded year fits every date within it.
    expect(await references('Desmond Vanterpool')).toEqual(['DE-CP-EXPIRED', 'DE-CP-PLAIN']);
    expect(await references('Desmond Vanterpool', '1960-05-17')).toEqual(['DE-CP-EXPIRED', 'DE-CP-PLAIN']);
    expect(await references('Desmond Vanterpool', '1971')).toEqual(['DE-CP-PLAIN']);
  });

  it('follows names and dates of birth as they are updated (the name keys by year of birth)', async () => {
    const id = await createPerson({
      nationalReference: 'DE-CP-UPDATED',
      familyName: 'Wrexleigh',
      givenNames: 'Tamsin',
      dateOfBirth: '1972-03-04',
    });
    const update = async (input: Record<string, unknown>) => {
      const { errors } = await graphql(
        'mutation ($id: ID!, $input: PersonUpdateInput!) { updatePerson(id: $id, input: $input) { id } }',
        { id, input },
        'gateway',
        { principal: DE },
      );
      expect(errors).toBeUndefined();
    };
    const hits = async (name: string, dateOfBirth?: string) => (await check(name, dateOfBirth)).hit;
    expect([await hits('Tamsin Wrexleigh', '1972'), await hits('Tamsin Wrexleigh', '1974')]).toEqual([true, false]);
    await update({ dateOfBirth: '1974' });
    expect([await hits('Tamsin Wrexleigh', '1972'), await hits('Tamsin Wrexleigh', '1974')]).toEqual([false, true]);
    await update({ familyName: 'Ormsgill' });
    expect([await hits('Tamsin Wrexleigh', '1974'), await hits('Tamsin Ormsgill', '1974')]).toEqual([false, true]);
    await update({ aliases: ['Tamsin Wrexleigh'] });
    expect([await hits('Tamsin Wrexleigh', '1974'), await hits('Tamsin Wrexleigh', '1972')]).toEqual([true, false]);
    await update({ dateOfBirth: null });
    expect(await hits('Tamsin Ormsgill', '1990')).toBe(true);
    // Updates that change no key and no year leave the rows as they are (a border visibility copied to every name).
    const rows = () =>
      sql('SELECT ctid, name_key, birth_year FROM persons.name_key_birth_year WHERE person_id = $1', [id]);
    const before = (await rows()).rows;
    await sql(`UPDATE persons.person_name SET kind = kind WHERE person_id = $1`, [id]);
    await sql(`UPDATE persons.person SET place_of_birth = 'Carlisle' WHERE id = $1`, [id]);
    expect((await rows()).rows).toEqual(before);
    // A key changed in place is followed too.
    await sql('UPDATE persons.person_name SET name_key = $2 WHERE person_id = $1 AND name_key = $3', [
      id,
      nameKey('QUILLFEATHER TAMSIN'),
      nameKey('ORMSGILL TAMSIN'),
    ]);
    expect([await hits('Tamsin Ormsgill', '1990'), await hits('Tamsin Quillfeather', '1990')]).toEqual([false, true]);
  });

  it('answers RECORDED when no alert is in force, and stays silent on persons not shared with the caller', async () => {
    const { matches } = await check('Vanterpool Desmond');
    expect(matches).toHaveLength(2);
    for (const match of matches) {
      expect(match.status).toBe('RECORDED');
      expect(match.actionOnHit).toContain('No alert is in force');
    }
    expect(await references('Vanterpool Desmond', undefined, DE)).toEqual([
      'DE-CP-EXPIRED',
      'DE-CP-OWNER-ONLY',
      'DE-CP-PLAIN',
    ]);
  });

  it('is open to partners, who may not search, and never discloses personal data', async () => {
    const { data, errors } = await graphql(CHECK, { name: 'Снежана Белоусова' }, 'gateway', {
      principal: NL_PARTNER,
    });
    expect(errors).toBeUndefined();
    expect(data.checkPerson.hit).toBe(true);
    const answer = JSON.stringify(data);
    for (const personal of [
      wanted,
      'Белоусова',
      'Belousova',
      'BELOUSOVA',
      'Снежана',
      '1985',
      'Самара',
      'ARMED',
      'FEMALE',
    ]) {
      expect(answer).not.toContain(personal);
    }
    const personalField = await graphql('{ checkPerson(name: "Belousova Snezhana") { matches { familyName } } }');
    expect(personalField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Searching is not in the partner's schema contract, and the subgraph refuses the role when asked directly.
    const search = '{ searchPersons(text: "Belousova") { totalCount } }';
    const atGateway = await graphql(search, {}, 'gateway', { principal: NL_PARTNER });
    expect(atGateway.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const atSubgraph = await graphql(search, {}, 'persons', { principal: NL_PARTNER });
    expect(atSubgraph.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is audited: who, why, the name checked and the person hit', async () => {
    await check('Belousova Snezhana', '1985', NL_PARTNER, 'BORDER-LANE-CHECK-7');
    const { rows } = await sql(`SELECT * FROM persons.audit_event WHERE purpose = 'BORDER-LANE-CHECK-7'`);
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: NL_PARTNER.userId,
        agency: 'NL-KMAR',
        jurisdiction: 'NL',
        operation: expect.stringContaining('checkPerson'),
        criteria: { checkPerson: { name: 'Belousova Snezhana', dateOfBirth: '1985' } },
        record_ids: [wanted],
      }),
    ]);
  });

  it('refuses a name without letters and a date that is none, naming the argument', async () => {
    for (const [name, dateOfBirth, argument] of [
      ['', undefined, 'name'],
      ['1234 5678', undefined, 'name'],
      ['x'.repeat(201), undefined, 'name'],
      ['Belousova Snezhana', '1985-13', 'dateOfBirth'],
      ['Belousova Snezhana', '02.11.1985', 'dateOfBirth'],
    ] as const) {
      const { data, errors } = await graphql(CHECK, { name, dateOfBirth }, 'gateway', { principal: SE });
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
