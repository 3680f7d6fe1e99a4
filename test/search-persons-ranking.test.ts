import type { DataSource } from 'typeorm';
import { graphql } from './client';
import { personRow, type PersonFixture } from './support/person-rows';
import { sql } from './sql';
import { createDataSource } from '../shared/database';
import { AlertEntity, PERSONS_ENTITIES, PersonEntity, PersonNameEntity } from '../subgraphs/persons/src/entities';
import { personNameRows } from '../subgraphs/persons/src/search/variants';

// This file's own persons: ids 9e460000-…, names no other test searches for. Ids ascend in the order the tie test
// expects them NOT to come in, so that ordering by id would fail it.
const id = (n: number) => `9e460000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

type Fixture = PersonFixture;

const cyrillic = (
  n: number,
  familyName: string,
  givenNames: string,
  familyNameLatin: string,
  givenNamesLatin: string,
  extra: Partial<PersonEntity> = {},
): Fixture => ({
  id: id(n),
  familyName,
  givenNames,
  familyNameLatin,
  givenNamesLatin,
  script: 'CYRILLIC',
  sex: 'MALE',
  ...extra,
});

const PERSONS = {
  khrushchev: cyrillic(1, 'Хрущёв', 'Никита', 'KHRUSHCHEV', 'NIKITA'),
  yeltsin: cyrillic(2, 'Ельцин', 'Борис', 'ELTSIN', 'BORIS'),
  zakharchenko: cyrillic(3, 'Захарченко', 'Максим', 'ZAKHARCHENKO', 'MAKSIM', { dobYear: 1962 }),
  tchaikovsky: cyrillic(4, 'Чайковский', 'Пётр', 'CHAIKOVSKII', 'PETR'),
  shevchenko: cyrillic(5, 'Шевченко', 'Олександр', 'SHEVCHENKO', 'OLEKSANDR'),
  binSalman: {
    id: id(8),
    familyName: 'بن سلمان',
    givenNames: 'محمد',
    familyNameLatin: 'BIN SALMAN',
    givenNamesLatin: 'MUHAMMAD',
    script: 'ARABIC',
    sex: 'MALE',
  } as Fixture,
  oberg: {
    id: id(6),
    familyName: 'Öberg',
    givenNames: 'Åsa',
    familyNameLatin: 'Öberg',
    givenNamesLatin: 'Åsa',
    script: 'LATIN',
    sex: 'FEMALE',
  } as Fixture,
  rosu: {
    id: id(7),
    familyName: 'Rosu',
    givenNames: 'Stefan',
    familyNameLatin: 'ROSU',
    givenNamesLatin: 'STEFAN',
    script: 'LATIN',
    sex: 'MALE',
    dobYear: 1983,
    dobMonth: 4,
    dobDay: 9,
  } as Fixture,
};

/** Four namesakes that only the tie-breakers tell apart: ids ascend A, B, C, D. */
const namesake = (n: number, reference: string): Fixture => ({
  id: id(100 + n),
  familyName: 'Quillfeather',
  givenNames: 'Tiberius',
  familyNameLatin: 'QUILLFEATHER',
  givenNamesLatin: 'TIBERIUS',
  script: 'LATIN',
  sex: 'MALE',
  nationalReference: reference,
});
const NAMESAKES = {
  a: namesake(1, 'Q-0003'),
  b: namesake(2, 'Q-0001'),
  withAlert: namesake(3, 'Q-0009'),
  mostRecent: namesake(4, 'Q-0005'),
};

const SEARCH = `query($text: String) {
  searchPersons(text: $text, first: 20) {
    edges { score matchedOn { field kind value note } node { id nationalReference } }
  }
}`;

interface Hit {
  score: number;
  matchedOn: { field: string; kind: string; value: string | null; note: string | null }[];
  node: { id: string; nationalReference: string };
}

async function search(text: string): Promise<Hit[]> {
  const { data, errors } = await graphql(SEARCH, { text });
  expect(errors).toBeUndefined();
  return data.searchPersons.edges;
}

async function hitFor(text: string, person: { id: string }): Promise<Hit> {
  const hit = (await search(text)).find((edge) => edge.node.id === person.id);
  if (!hit) throw new Error(`${text} did not find ${person.id}`);
  return hit;
}

const nameReason = (hit: Hit) => hit.matchedOn.find((match) => match.field === 'name');

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource('persons', {
    url: process.env.LIAISON_TEST_DATABASE_URL,
    entities: PERSONS_ENTITIES,
    poolSize: 1,
  });
  await dataSource.initialize();
  const rows = [...Object.values(PERSONS), ...Object.values(NAMESAKES)].map(personRow);
  await dataSource.getRepository(PersonEntity).insert(rows);
  await dataSource.getRepository(PersonNameEntity).insert(rows.flatMap(personNameRows));
  await dataSource.getRepository(AlertEntity).insert({
    id: id(900),
    personId: NAMESAKES.withAlert.id,
    kind: 'DISCREET_CHECK',
    actionOnHit: 'Report the check to the SIRENE bureau of Sweden',
    offence: null,
    issuingJurisdiction: 'SE',
    validFrom: '2025-01-01',
    validUntil: null,
  });
  // The alert's holder changed longest ago; the most recent namesake last week; the other two on the same day.
  await sql(`UPDATE persons.person SET updated_at = '2025-01-01T00:00:00Z' WHERE id = $1`, [NAMESAKES.withAlert.id]);
  await sql(`UPDATE persons.person SET updated_at = '2026-03-01T00:00:00Z' WHERE id = ANY($1)`, [
    [NAMESAKES.a.id, NAMESAKES.b.id],
  ]);
  await sql(`UPDATE persons.person SET updated_at = '2026-06-01T00:00:00Z' WHERE id = $1`, [NAMESAKES.mostRecent.id]);
});

afterAll(async () => {
  // Name rows and alerts go with their person (ON DELETE CASCADE).
  await dataSource
    .getRepository(PersonEntity)
    .delete([...Object.values(PERSONS), ...Object.values(NAMESAKES)].map((person) => person.id));
  await dataSource.destroy();
});

describe('searchPersons: Cyrillic names as other countries spell them', () => {
  it.each([
    ['Chruschtschow', 'khrushchev', 'German'],
    ['Nikita Chruschtschow', 'khrushchev', 'German'],
    ['Khrouchtchev', 'khrushchev', 'French'],
    ['Chruszczow', 'khrushchev', 'Polish'],
    ['Chruščov', 'khrushchev', 'Czech'],
    ['Chroesjtsjov', 'khrushchev', 'Dutch'],
    ['Chrusjtjov', 'khrushchev', 'Scandinavian'],
    ['Jruschov', 'khrushchev', 'Spanish'],
    ['Boris Jelzin', 'yeltsin', 'German'],
    ['Boris Eltsine', 'yeltsin', 'French'],
    ['Borys Jelcyn', 'yeltsin', 'Polish'],
    ['Tschaikowski', 'tchaikovsky', 'German'],
    ['Tchaïkovski', 'tchaikovsky', 'French'],
    ['Czajkowski', 'tchaikovsky', 'Polish'],
    ['Čajkovskij', 'tchaikovsky', 'Czech'],
    ['Alexander Schewtschenko', 'shevchenko', 'German'],
    ['Oleksandr Szewczenko', 'shevchenko', 'Polish'],
    ['Sjevtsjenko', 'shevchenko', 'Dutch'],
    ['Hruscsov', 'khrushchev', 'Hungarian'],
    ['Hruštšov', 'khrushchev', 'Finnish'],
    ['Hrușciov', 'khrushchev', 'Romanian'],
  ] as const)('%s finds the record, read as a %s spelling', async (text, person, convention) => {
    const hit = await hitFor(text, PERSONS[person]);
    const reason = nameReason(hit)!;
    // A family name alone is PARTIAL (the record holds more names); either way the note names the reading.
    expect(reason.kind).toBe(text.includes(' ') ? 'TRANSLITERATED' : 'PARTIAL');
    expect(reason.note).toContain(convention);
    // Below the same name typed the ICAO way.
    expect(hit.score).toBeLessThan(0.95);
    expect(hit.score).toBeGreaterThan(0.75);
  });

  it.each([
    ['Pierre Tchaïkovski', 'Pierre → PETR'],
    ['Peter Tschaikowsky', 'Peter → PETR'],
  ])('reads the translated given name of %s back to the Russian one', async (text, replaced) => {
    const hit = await hitFor(text, PERSONS.tchaikovsky);
    const reason = nameReason(hit)!;
    expect(reason.kind).toBe('TRANSLITERATED');
    expect(reason.note).toContain(`the Russian form of a given name (${replaced})`);
    expect(hit.score).toBeLessThan(0.95);
    expect(hit.score).toBeGreaterThan(0.75);
  });

  it('reads a German spelling with the year of birth (Sachartschenko Maxim 1962)', async () => {
    const [first] = await search('Sachartschenko Maxim 1962');
    expect(first.node.id).toBe(PERSONS.zakharchenko.id);
    expect(first.matchedOn.map((match) => match.field).sort()).toEqual(['dateOfBirth', 'name']);
  });

  it('reads the French (Maghreb) spelling of an Arabic name: Mohamed Ben Salmane for MUHAMMAD BIN SALMAN', async () => {
    const hit = await hitFor('Mohamed Ben Salmane', PERSONS.binSalman);
    expect(nameReason(hit)!.note).toContain('Maghreb');
    expect(hit.score).toBeLessThan(0.95);
    expect(hit.score).toBeGreaterThan(0.75);
  });

  it('does not read a Latin name as a Cyrillic one when it is found as typed', async () => {
    const hit = await hitFor('Khrushchev Nikita', PERSONS.khrushchev);
    expect(nameReason(hit)!.note ?? '').not.toMatch(/spelling \(/);
    expect(hit.score).toBeGreaterThanOrEqual(0.95);
  });
});

describe('searchPersons: a name typed as recorded', () => {
  it('scores 1.0 EXACT with the same letters, diacritics included, case aside', async () => {
    for (const text of ['Åsa Öberg', 'åsa öberg', 'ÖBERG ÅSA']) {
      const hit = await hitFor(text, PERSONS.oberg);
      expect({ text, score: hit.score, kind: nameReason(hit)!.kind }).toEqual({ text, score: 1, kind: 'EXACT' });
    }
  });

  it('scores a folded spelling below 1.0 (Asa Oberg, Aasa Oeberg)', async () => {
    for (const text of ['Asa Oberg', 'Aasa Oeberg']) {
      const hit = await hitFor(text, PERSONS.oberg);
      expect(hit.score).toBeLessThan(1);
      expect(nameReason(hit)!.kind).not.toBe('EXACT');
    }
  });

  it('scores the original script typed as recorded 1.0 (Никита Хрущёв)', async () => {
    const hit = await hitFor('Никита Хрущёв', PERSONS.khrushchev);
    expect(hit.score).toBe(1);
    expect(nameReason(hit)!.kind).toBe('EXACT');
  });
});

describe('searchPersons: words meant for other subgraphs', () => {
  it('do not lower a name match (Stefan Rosu 1983 cocaine scores as Stefan Rosu 1983)', async () => {
    const alone = await hitFor('Stefan Rosu 1983', PERSONS.rosu);
    const withSubstance = await hitFor('Stefan Rosu 1983 cocaine', PERSONS.rosu);
    expect(withSubstance.score).toBe(alone.score);
    expect(nameReason(withSubstance)!.note).toContain('COCAINE');
  });

  it('a name word the record lacks still lowers it (Stefan Rosu Quillfeather)', async () => {
    const alone = await hitFor('Stefan Rosu', PERSONS.rosu);
    const withName = await hitFor('Stefan Rosu Quillfeather', PERSONS.rosu);
    expect(withName.score).toBeLessThan(alone.score);
    expect(nameReason(withName)!.kind).toBe('PARTIAL');
  });
});

describe('searchPersons: equal scores', () => {
  it('come in the order an officer would take them, never by the random id', async () => {
    const hits = await search('Tiberius Quillfeather');
    const namesakes = hits.filter((hit) => Object.values(NAMESAKES).some((person) => person.id === hit.node.id));
    expect(new Set(namesakes.map((hit) => hit.score)).size).toBe(1);
    // An active alert first, then the most recently updated, then the owner's reference.
    expect(namesakes.map((hit) => hit.node.nationalReference)).toEqual(['Q-0009', 'Q-0005', 'Q-0001', 'Q-0003']);
  });
});
