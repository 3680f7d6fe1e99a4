import type { DataSource } from 'typeorm';
import { graphql } from './client';
import { personRow, type PersonFixture } from './support/person-rows';
import { ERIKSSON } from './fixtures';
import { createDataSource } from '../shared/database';
import { PERSONS_ENTITIES, PersonEntity, PersonNameEntity } from '../subgraphs/persons/src/entities';
import { personNameRows } from '../subgraphs/persons/src/search/variants';
import { BRANCH_ROWS, searchPersons, type PersonSearch } from '../subgraphs/persons/src/search/person-search';
import type { RankedPage } from '../shared/search';

// This file's own persons: ids 9e450000-…, names no other test searches for (Mühlhäuser, Trautwein, Quartermaine,
// Oyelaran, ...). Written the way writes and the seed store them: the person row, then personNameRows.
const id = (n: number) => `9e450000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

type Fixture = Omit<PersonFixture, 'id'>;

const PERSONS: Record<string, Fixture & { id: string }> = {
  muehlhaeuser: {
    id: id(1),
    familyName: 'Mühlhäuser',
    givenNames: 'Jürgen',
    familyNameLatin: 'Mühlhäuser',
    givenNamesLatin: 'Jürgen',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['DE'],
  },
  capkova: {
    id: id(2),
    familyName: 'Čapková',
    givenNames: 'Šárka',
    familyNameLatin: 'Čapková',
    givenNamesLatin: 'Šárka',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['CZ'],
  },
  shevchenko: {
    id: id(3),
    familyName: 'Шевченко',
    givenNames: 'Богдана',
    familyNameLatin: 'Shevchenko',
    givenNamesLatin: 'Bohdana',
    script: 'CYRILLIC',
    sex: 'FEMALE',
    nationalities: ['UA'],
  },
  kovalenko: {
    id: id(4),
    familyName: 'Коваленко',
    givenNames: 'Олександр',
    familyNameLatin: 'Kovalenko',
    givenNamesLatin: 'Oleksandr',
    script: 'CYRILLIC',
    sex: 'MALE',
    nationalities: ['UA'],
  },
  honcharenko: {
    id: id(5),
    familyName: 'Гончаренко',
    givenNames: 'Григорій',
    familyNameLatin: 'Honcharenko',
    givenNamesLatin: 'Hryhorii',
    script: 'CYRILLIC',
    sex: 'MALE',
    nationalities: ['UA'],
  },
  horvatincic: {
    id: id(6),
    familyName: 'Horvatinčić',
    givenNames: 'Ivan',
    familyNameLatin: 'Horvatinčić',
    givenNamesLatin: 'Ivan',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['HR'],
  },
  papadopoulou: {
    id: id(7),
    familyName: 'Παπαδοπούλου',
    givenNames: 'Αικατερίνη',
    familyNameLatin: 'Papadopoulou',
    givenNamesLatin: 'Aikaterini',
    script: 'GREEK',
    sex: 'FEMALE',
    nationalities: ['GR'],
  },
  chatzidakis: {
    id: id(8),
    familyName: 'Χατζηδάκης',
    givenNames: 'Χρήστος',
    familyNameLatin: 'Chatzidakis',
    givenNamesLatin: 'Christos',
    script: 'GREEK',
    sex: 'MALE',
    nationalities: ['GR'],
  },
  // Greek records whose Latin spellings the press writes with C for ΤΣ (Slovenian Cipras) or a familiar given name.
  tsipras: {
    id: id(29),
    familyName: 'Τσίπρας',
    givenNames: 'Αλέξης',
    familyNameLatin: 'TSIPRAS',
    givenNamesLatin: 'ALEXIS',
    script: 'GREEK',
    sex: 'MALE',
    nationalities: ['GR'],
  },
  karamanlis: {
    id: id(30),
    familyName: 'Καραμανλής',
    givenNames: 'Κωνσταντίνος',
    familyNameLatin: 'KARAMANLIS',
    givenNamesLatin: 'KONSTANTINOS',
    script: 'GREEK',
    sex: 'MALE',
    nationalities: ['GR'],
  },
  // A Russian record whose family name the Italian press writes with three second choices at once (Krusciov).
  khrushchev: {
    id: id(31),
    familyName: 'Хрущёв',
    givenNames: 'Никита',
    familyNameLatin: 'KHRUSHCHEV',
    givenNamesLatin: 'NIKITA',
    script: 'CYRILLIC',
    sex: 'MALE',
    nationalities: ['RU'],
  },
  zahrani: {
    id: id(9),
    familyName: 'الزهراني',
    givenNames: 'محمد',
    familyNameLatin: 'Al-Zahrani',
    givenNamesLatin: 'Mohammed',
    script: 'ARABIC',
    sex: 'MALE',
    nationalities: ['SA'],
  },
  benhaddou: {
    id: id(10),
    familyName: 'Benhaddou',
    givenNames: 'Youssef',
    familyNameLatin: 'Benhaddou',
    givenNamesLatin: 'Youssef',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['FR'],
  },
  schmidtke: {
    id: id(11),
    familyName: 'Schmidtke',
    givenNames: 'Waltraud',
    familyNameLatin: 'Schmidtke',
    givenNamesLatin: 'Waltraud',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['DE'],
  },
  trautwein: {
    id: id(12),
    familyName: 'Trautwein',
    givenNames: 'Ottilie',
    familyNameLatin: 'Trautwein',
    givenNamesLatin: 'Ottilie',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['AT'],
    dobYear: 1963,
    dobMonth: 7,
    dobDay: 14,
  },
  lindstroem: {
    id: id(13),
    familyName: 'Lindström',
    givenNames: 'Greta',
    familyNameLatin: 'Lindström',
    givenNamesLatin: 'Greta',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['SE'],
    aliases: ['Vilhelmina Sjöqvist'],
  },
  baeckstroem: {
    id: id(14),
    familyName: 'Bäckström',
    givenNames: 'Ingrid',
    familyNameLatin: 'Bäckström',
    givenNamesLatin: 'Ingrid',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['SE'],
    nameAtBirth: 'Fjällström',
  },
  // A given name written twice: a stored name may repeat a word.
  vauquelin: {
    id: id(41),
    familyName: 'Vauquelin',
    givenNames: 'Aurèle Aurèle',
    familyNameLatin: 'Vauquelin',
    givenNamesLatin: 'Aurèle Aurèle',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['FR'],
  },
  hagstroem: {
    id: id(15),
    familyName: 'Hagström',
    givenNames: 'Linnea Maria',
    familyNameLatin: 'Hagström',
    givenNamesLatin: 'Linnea Maria',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['SE'],
  },
  quartermaineMale: {
    id: id(16),
    familyName: 'Quartermaine',
    givenNames: 'Alistair',
    familyNameLatin: 'Quartermaine',
    givenNamesLatin: 'Alistair',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['GB'],
  },
  quartermaineFemale: {
    id: id(17),
    familyName: 'Quartermaine',
    givenNames: 'Siobhan',
    familyNameLatin: 'Quartermaine',
    givenNamesLatin: 'Siobhan',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['IE'],
  },
  oyelaran1971: {
    id: id(18),
    familyName: 'Oyelaran',
    givenNames: 'Folake',
    familyNameLatin: 'Oyelaran',
    givenNamesLatin: 'Folake',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['NL'],
    dobYear: 1971,
    dobMonth: 1,
    dobDay: 1,
  },
  oyelaran1985: {
    id: id(19),
    familyName: 'Oyelaran',
    givenNames: 'Folake',
    familyNameLatin: 'Oyelaran',
    givenNamesLatin: 'Folake',
    script: 'LATIN',
    sex: 'FEMALE',
    nationalities: ['NL'],
    dobYear: 1985,
    dobMonth: 6,
    dobDay: 6,
  },
  // Entered from Arabic script alone: the Latin is the unvowelled transcription (no short vowels to write).
  qasimi: {
    id: id(20),
    familyName: 'القاسمي',
    givenNames: 'حسني',
    familyNameLatin: 'AL QASMI',
    givenNamesLatin: 'HSNI',
    script: 'ARABIC',
    sex: 'MALE',
    nationalities: ['DZ'],
  },
  // A namesake whose name sounds alike (HASSAN: consonants H S N) and is written with its vowels.
  qasimiHassan: {
    id: id(22),
    familyName: 'Al-Qasimi',
    givenNames: 'Hassan',
    familyNameLatin: 'Al-Qasimi',
    givenNamesLatin: 'Hassan',
    script: 'LATIN',
    sex: 'MALE',
    nationalities: ['JO'],
  },
  // Arabic script alone: AL QDHAFI, MMR. The key reads the KH of the press's Khadaffi as H; the skeletons need its K.
  qadhafi: {
    id: id(23),
    familyName: 'القذافي',
    givenNames: 'معمر',
    familyNameLatin: 'AL QDHAFI',
    givenNamesLatin: 'MMR',
    script: 'ARABIC',
    sex: 'MALE',
    nationalities: ['LY'],
  },
  // DRUISH, MHMUD (Mahmoud Darwish) and namesakes that make MAHMOUD's slot the one a phonetic search samples: ABBAS
  // (id sorting first) holds MHMUD too, and the IDRIS of three others sounds like DARWICH (skeleton DRS).
  abbasMahmoud: {
    id: id(24),
    familyName: 'عباس',
    givenNames: 'محمود',
    familyNameLatin: 'ABAS',
    givenNamesLatin: 'MHMUD',
    script: 'ARABIC',
    sex: 'MALE',
    nationalities: ['PS'],
  },
  darwish: {
    id: id(25),
    familyName: 'درويش',
    givenNames: 'محمود',
    familyNameLatin: 'DRUISH',
    givenNamesLatin: 'MHMUD',
    script: 'ARABIC',
    sex: 'MALE',
    nationalities: ['PS'],
  },
  ...Object.fromEntries(
    [26, 27, 28].map((n) => [
      `idris${n}`,
      {
        id: id(n),
        familyName: 'إدريس',
        givenNames: 'علي',
        familyNameLatin: 'IDRIS',
        givenNamesLatin: 'ALI',
        script: 'ARABIC',
        sex: 'MALE',
        nationalities: ['MA'],
      },
    ]),
  ),
  // A Belarusian passport: the Belarusian form of the name (Russian: Светлана Титовская).
  tsitouskaya: {
    id: id(21),
    familyName: 'Цітоўская',
    givenNames: 'Святлана',
    familyNameLatin: 'Tsitouskaya',
    givenNamesLatin: 'Sviatlana',
    script: 'CYRILLIC',
    sex: 'FEMALE',
    nationalities: ['BY'],
  },
};

const SEARCH = `query($text: String, $criteria: PersonCriteria) {
  searchPersons(text: $text, criteria: $criteria, first: 50) {
    totalCount
    edges { score matchedOn { field kind value note } node { id familyNameLatin givenNamesLatin dateOfBirth } }
  }
}`;

interface Hit {
  score: number;
  matchedOn: { field: string; kind: string; value: string | null; note: string | null }[];
  node: { id: string; familyNameLatin: string };
}

async function search(text: string | undefined, criteria?: Record<string, unknown>) {
  const { data, errors } = await graphql(SEARCH, { text, criteria });
  expect(errors).toBeUndefined();
  return data.searchPersons as { totalCount: number; edges: Hit[] };
}

/** The hit for a person, failing when the search did not find it. */
async function hitFor(text: string | undefined, person: { id: string }, criteria?: Record<string, unknown>) {
  const { edges } = await search(text, criteria);
  const hit = edges.find((edge) => edge.node.id === person.id);
  if (!hit) throw new Error(`${text ?? JSON.stringify(criteria)} did not find ${person.id}`);
  return hit;
}

const reason = (hit: Hit, field = 'name') => hit.matchedOn.find((match) => match.field === field);

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource('persons', {
    url: process.env.LIAISON_TEST_DATABASE_URL,
    entities: PERSONS_ENTITIES,
    poolSize: 1,
  });
  await dataSource.initialize();
  const rows = Object.values(PERSONS).map(personRow);
  await dataSource.getRepository(PersonEntity).insert(rows);
  await dataSource.getRepository(PersonNameEntity).insert(rows.flatMap(personNameRows));
});

afterAll(async () => {
  // Name rows go with their person (ON DELETE CASCADE).
  await dataSource.getRepository(PersonEntity).delete(Object.values(PERSONS).map((person) => person.id));
  await dataSource.destroy();
});

describe('searchPersons: names in Latin letters', () => {
  it('folds case and diacritics (šárka čapková, SARKA CAPKOVA); the letters as recorded score 1.0', async () => {
    const recorded = await hitFor('šárka čapková', PERSONS.capkova);
    expect(recorded.score).toBe(1);
    expect(reason(recorded)).toMatchObject({ kind: 'EXACT', value: 'Čapková, Šárka' });
    for (const text of ['SARKA CAPKOVA', 'Sarka Capkova']) {
      const hit = await hitFor(text, PERSONS.capkova);
      expect(hit.score).toBeCloseTo(0.95);
      expect(reason(hit)).toMatchObject({ kind: 'NORMALIZED', value: 'Čapková, Šárka' });
    }
  });

  it('finds Ü and Ä by both ICAO 9303 spellings (MUEHLHAEUSER and MUHLHAUSER)', async () => {
    expect(reason(await hitFor('Juergen Muehlhaeuser', PERSONS.muehlhaeuser))).toMatchObject({ kind: 'NORMALIZED' });
    const simple = reason(await hitFor('Jurgen Muhlhauser', PERSONS.muehlhaeuser));
    expect(simple).toMatchObject({ kind: 'TRANSLITERATED', note: expect.stringContaining('MUHLHAUSER JURGEN') });
    expect(reason(await hitFor('Jürgen Mühlhäuser', PERSONS.muehlhaeuser))).toMatchObject({ kind: 'EXACT' });
  });

  it('matches given and family names in either order', async () => {
    for (const text of ['Trautwein Ottilie', 'TRAUTWEIN, Ottilie', 'Ottilie Trautwein']) {
      const { edges } = await search(text);
      expect(edges[0].node.id).toBe(PERSONS.trautwein.id);
      expect(reason(edges[0])).toMatchObject({ kind: 'EXACT', value: 'Trautwein, Ottilie' });
    }
  });

  it('ranks a stored name with more given names high when the officer gives fewer', async () => {
    const { edges } = await search('Linnea Hagström');
    expect(edges[0].node.id).toBe(PERSONS.hagstroem.id);
    expect(edges[0].score).toBeGreaterThanOrEqual(0.85);
    expect(reason(edges[0])).toMatchObject({
      kind: 'PARTIAL',
      note: expect.stringContaining('HAGSTROEM LINNEA MARIA'),
    });
  });

  it('finds a stored name whose words are all among more searched, a repeated word too (AURELE AURELE)', async () => {
    for (const text of ['Aurèle Maria Vauquelin', 'Vauquelin Maria Aurele']) {
      const hit = await hitFor(text, PERSONS.vauquelin);
      expect(hit.score).toBeCloseTo(0.8);
      expect(reason(hit)).toMatchObject({
        kind: 'PARTIAL',
        note: expect.stringContaining('not every word searched is in the record: VAUQUELIN AURELE AURELE'),
      });
    }
  });

  it('finds a name by sound (Schmitke for Schmidtke)', async () => {
    const hit = await hitFor('Waltraud Schmitke', PERSONS.schmidtke);
    expect(reason(hit)).toMatchObject({ kind: 'PHONETIC' });
    expect(hit.score).toBeLessThan(0.85);
  });

  it('tolerates a typo that changes how the name sounds (Trautweim)', async () => {
    const { edges } = await search('Ottilie Trautweim');
    expect(edges[0].node.id).toBe(PERSONS.trautwein.id);
    expect(reason(edges[0])).toMatchObject({ kind: 'FUZZY' });
    expect(edges[0].score).toBeLessThan(0.8);
  });

  it('does not take a shared family name for a typo (Zbigniew Lindqvist finds no Lindqvist)', async () => {
    const { edges } = await search('Zbigniew Lindqvist');
    expect(edges.filter((edge) => edge.node.familyNameLatin === 'LINDQVIST')).toEqual([]);
  });

  it('finds a family name on its own, that name first (Eriksson finds ERIKSSON, not a name holding ERIK)', async () => {
    const { edges } = await search('Eriksson');
    expect(edges[0].node.id).toBe(ERIKSSON.person);
    expect(reason(edges[0])).toMatchObject({ kind: 'PARTIAL' });
    const quartermaine = await search('Quartermaine');
    expect(
      quartermaine.edges
        .map((edge) => edge.node.id)
        .slice(0, 2)
        .sort(),
    ).toEqual([PERSONS.quartermaineMale.id, PERSONS.quartermaineFemale.id].sort());
  });

  it('still finds the name among words meant for other searches (UnifiedSearch text), as if they were not there', async () => {
    const hit = await hitFor('Ottilie Trautwein cocaine ABC', PERSONS.trautwein);
    expect(hit.score).toBe(1);
    expect(reason(hit)).toMatchObject({ kind: 'EXACT', note: expect.stringContaining('COCAINE') });
  });

  it('scores a name among words meant for other searches as typed: folded letters stay NORMALIZED, 0.95', async () => {
    const hit = await hitFor('Sarka Capkova heroin', PERSONS.capkova);
    expect(hit.score).toBeCloseTo(0.95);
    expect(reason(hit)).toMatchObject({ kind: 'NORMALIZED', note: expect.stringContaining('HEROIN') });
    const partial = await hitFor('Sarka Capkova Ottilie', PERSONS.capkova);
    expect(reason(partial)).toMatchObject({
      kind: 'PARTIAL',
      note: expect.stringContaining('not every word searched'),
    });
  });
});

describe('searchPersons: other scripts', () => {
  it('finds a name stored in Cyrillic from Latin spellings, and from Cyrillic', async () => {
    const russianStyle = reason(await hitFor('Bogdana Shevchenko', PERSONS.shevchenko));
    expect(russianStyle).toMatchObject({ kind: 'TRANSLITERATED', value: 'Шевченко, Богдана' });
    expect(reason(await hitFor('Bohdana Shevchenko', PERSONS.shevchenko))).toMatchObject({ kind: 'EXACT' });
    const cyrillic = reason(await hitFor('Шевченко Богдана', PERSONS.shevchenko));
    expect(cyrillic).toMatchObject({ kind: 'EXACT', value: 'Шевченко, Богдана' });
  });

  it('finds a name stored in Latin from Cyrillic (Иван Хорватинчић → HORVATINCIC IVAN)', async () => {
    const hit = await hitFor('Иван Хорватинчић', PERSONS.horvatincic);
    expect(reason(hit)).toMatchObject({ kind: 'TRANSLITERATED', note: expect.stringContaining('Serbian Latin') });
  });

  it('knows the Ukrainian and Russian forms of a name (Oleksandr, Aleksandr, Alexander; Hryhorii, Grigorii)', async () => {
    expect(reason(await hitFor('Oleksandr Kovalenko', PERSONS.kovalenko))).toMatchObject({ kind: 'EXACT' });
    for (const text of ['Aleksandr Kovalenko', 'Alexander Kovalenko']) {
      const hit = await hitFor(text, PERSONS.kovalenko);
      expect(reason(hit)).toMatchObject({ kind: 'TRANSLITERATED', note: expect.stringContaining('spelling variant') });
      expect(hit.score).toBeGreaterThanOrEqual(0.86);
      expect(hit.score).toBeLessThan(0.95);
    }
    expect(reason(await hitFor('Олександр Коваленко', PERSONS.kovalenko))).toMatchObject({ kind: 'TRANSLITERATED' });
    const russianTable = reason(await hitFor('Grigorii Goncharenko', PERSONS.honcharenko));
    expect(russianTable).toMatchObject({ kind: 'TRANSLITERATED', note: expect.stringContaining('Russian') });
  });

  it('finds Greek names from Greek script and from the common Latin spellings', async () => {
    expect(reason(await hitFor('Αικατερίνη Παπαδοπούλου', PERSONS.papadopoulou))).toMatchObject({
      kind: 'TRANSLITERATED',
    });
    expect(reason(await hitFor('Papadopoulou Aikaterini', PERSONS.papadopoulou))).toMatchObject({
      kind: 'EXACT',
    });
    expect(reason(await hitFor('Hristos Hatzidakis', PERSONS.chatzidakis))).toMatchObject({
      kind: 'TRANSLITERATED',
      note: expect.stringContaining('common Greek spelling'),
    });
  });

  it('finds Arabic names from Arabic script and from the common Latin spellings (محمد, Muhammad, Mohamed)', async () => {
    expect(reason(await hitFor('محمد الزهراني', PERSONS.zahrani))).toMatchObject({
      kind: 'EXACT',
      value: 'الزهراني, محمد',
    });
    for (const text of ['Muhammad Al-Zahrani', 'Mohamed Zahrani', 'Mohammad El Zahrani']) {
      expect(reason(await hitFor(text, PERSONS.zahrani))).toMatchObject({ kind: 'TRANSLITERATED' });
    }
  });

  it('finds a Latin-only record of an Arabic name from Arabic script by its consonants', async () => {
    expect(reason(await hitFor('يوسف بنحدو', PERSONS.benhaddou))).toMatchObject({ kind: 'PHONETIC' });
  });

  it('finds a name recorded in Arabic script alone from the vowelled spellings of the press (Hosni El Kasimi)', async () => {
    // Double metaphone reads the unvowelled HSNI as SN; its consonant skeleton is HOSNI's (HSN).
    for (const text of ['Hosni al-Qasimi', 'Husni El Kasimi', 'Hoszni Kassimi']) {
      expect(reason(await hitFor(text, PERSONS.qasimi))).toMatchObject({ kind: 'PHONETIC', value: 'AL QASMI, HSNI' });
    }
    // A sun-letter article written apart (as-, az-) is not a word the record must hold.
    expect(reason(await hitFor('Hosni as-Qasimi', PERSONS.qasimi))).toMatchObject({ kind: 'PHONETIC' });
    // HSNI is HOSNI without its short vowel; HASSAN only sounds alike: the record written without vowels comes first.
    const { edges } = await search('Hosni Al-Qasimi');
    expect(edges[0].node.id).toBe(PERSONS.qasimi.id);
    expect(reason(edges[0])).toMatchObject({ note: expect.stringContaining('written without short vowels') });
    expect(edges.map((edge) => edge.node.id)).toContain(PERSONS.qasimiHassan.id);
  });

  it('finds a name recorded in Arabic script alone from a spelling with KH (Muammar Khadaffi → AL QDHAFI, MMR)', async () => {
    for (const text of ['Muammar Khadaffi', 'Khadaffi Muammar']) {
      expect(reason(await hitFor(text, PERSONS.qadhafi))).toMatchObject({ kind: 'PHONETIC', value: 'AL QDHAFI, MMR' });
    }
  });

  it('finds a name recorded in Arabic script alone from the French and Polish spellings (Mahmoud Darwich, Mahmud Darwisz)', async () => {
    for (const text of ['Mahmoud Darwich', 'Darwisz Mahmud']) {
      const { edges } = await search(text);
      expect(edges[0]?.node.id).toBe(PERSONS.darwish.id);
    }
  });

  it('reads a lone Latin word by its consonant skeletons too (Cipras → TSIPRAS, Darwisch → DRUISH)', async () => {
    expect(reason(await hitFor('Cipras', PERSONS.tsipras))).toMatchObject({
      kind: 'PHONETIC',
      value: 'TSIPRAS, ALEXIS',
    });
    expect(reason(await hitFor('Darwisch', PERSONS.darwish))).toMatchObject({
      kind: 'PHONETIC',
      value: 'DRUISH, MHMUD',
    });
  });

  it('puts first a name that holds a lone typed word written without short vowels (Darwisch: DRUISH MHMUD)', async () => {
    const { edges } = await search('Darwisch');
    expect(edges[0]?.node.id).toBe(PERSONS.darwish.id);
    expect(reason(edges[0])).toMatchObject({ note: expect.stringContaining('(written without short vowels)') });
  });

  it('reads a word as each national convention may have written it, kept when a stored name holds it (Krusciov)', async () => {
    // Italian K is К or Х, SCI is Ш or Щ, and O after them О or Ё: KHRUSHCHEV is the last of eight readings.
    for (const text of ['Nikita Krusciov', 'Krusciov']) {
      expect(reason(await hitFor(text, PERSONS.khrushchev))).toMatchObject({
        kind: 'PHONETIC',
        note: expect.stringMatching(/^sounds like KHRUSHCH/),
      });
    }
  });

  it('knows the familiar forms of Greek given names, as typed and in a national reading (Kostas, Kosztasz)', async () => {
    for (const [text, scheme] of [
      ['Kostas Karamanlis', 'KOSTAS → KONSTANTINOS'],
      ['Costas Caramanlis', 'COSTAS → KONSTANTINOS'],
      ['Kosztasz Karamanlisz', 'Hungarian spelling; the Greek form of a given name (KOSTAS → KONSTANTINOS)'],
    ]) {
      expect(reason(await hitFor(text, PERSONS.karamanlis))).toMatchObject({
        kind: 'TRANSLITERATED',
        note: expect.stringContaining(scheme),
      });
    }
  });

  it('finds a Belarusian passport name from the Russian form the press writes (Svetlana Titovskaya)', async () => {
    for (const text of ['Svetlana Titovskaya', 'Swetlana Titowskaja']) {
      const hit = await hitFor(text, PERSONS.tsitouskaya);
      expect(reason(hit)).toMatchObject({ kind: 'TRANSLITERATED', note: expect.stringContaining('Belarusian form') });
    }
  });
});

describe('searchPersons: aliases and name at birth', () => {
  it('finds a person by an alias, said to be one', async () => {
    const hit = await hitFor('Vilhelmina Sjoeqvist', PERSONS.lindstroem);
    expect(reason(hit, 'aliases')).toMatchObject({ kind: 'ALIAS', value: 'Vilhelmina Sjöqvist' });
    expect(hit.score).toBeCloseTo(0.93);
  });

  it('finds a person by the name at birth with the given name', async () => {
    const hit = await hitFor('Ingrid Fjallstrom', PERSONS.baeckstroem);
    expect(reason(hit, 'nameAtBirth')).toMatchObject({ kind: 'ALIAS', value: 'Fjällström, Ingrid' });
  });
});

describe('searchPersons: date of birth, sex and nationality', () => {
  it('raises a name match whose date of birth fits the one in the text (exact)', async () => {
    const plain = await hitFor('OTILIE TRAUTWEIN', PERSONS.trautwein);
    expect(plain.score).toBeLessThan(0.95);
    for (const text of ['Otilie Trautwein 14.07.1963', 'Otilie Trautwein 1963-07-14']) {
      const hit = await hitFor(text, PERSONS.trautwein);
      expect(hit.score).toBeGreaterThan(plain.score);
      expect(hit.score).toBeLessThan(1);
      expect(reason(hit, 'dateOfBirth')).toMatchObject({ kind: 'EXACT', value: '1963-07-14' });
    }
    // A name typed as recorded keeps its 1.0; the date is one more field matched.
    const recorded = await hitFor('Ottilie Trautwein 14.07.1963', PERSONS.trautwein);
    expect(recorded.score).toBe(1);
    expect(reason(recorded, 'dateOfBirth')).toMatchObject({ kind: 'EXACT' });
  });

  it('ranks the namesake with the fitting date first', async () => {
    const { edges } = await search('Folake Oyelaran 1985');
    expect(edges.map((edge) => edge.node.id)).toEqual([PERSONS.oyelaran1985.id, PERSONS.oyelaran1971.id]);
    expect(reason(edges[0], 'dateOfBirth')).toMatchObject({ kind: 'PARTIAL' });
    expect(reason(edges[1])?.note).toContain('differs from the one searched');
  });

  it('takes partial dates (year, year-month) from criteria as PARTIAL', async () => {
    for (const dateOfBirth of ['1963', '1963-07']) {
      const hit = await hitFor('Ottilie Trautwein', PERSONS.trautwein, { dateOfBirth });
      expect(reason(hit, 'dateOfBirth')).toMatchObject({ kind: 'PARTIAL', value: '1963-07-14' });
    }
  });

  it('accepts a date within criteria.dateOfBirthToleranceDays as FUZZY, and leaves out one beyond it', async () => {
    const hit = await hitFor('Ottilie Trautwein', PERSONS.trautwein, {
      dateOfBirth: '1963-07-10',
      dateOfBirthToleranceDays: 5,
    });
    expect(reason(hit, 'dateOfBirth')).toMatchObject({ kind: 'FUZZY', note: 'within 5 days of 1963-07-10' });
    const beyond = await search('Ottilie Trautwein', { dateOfBirth: '1963-07-10', dateOfBirthToleranceDays: 3 });
    expect(beyond.edges.map((edge) => edge.node.id)).not.toContain(PERSONS.trautwein.id);
  });

  it('leaves out records whose date contradicts the one in criteria', async () => {
    const { edges } = await search('Folake Oyelaran', { dateOfBirth: '1971-01-01' });
    expect(edges.map((edge) => edge.node.id)).toEqual([PERSONS.oyelaran1971.id]);
    expect(reason(edges[0], 'dateOfBirth')).toMatchObject({ kind: 'EXACT' });
  });

  it('filters by sex and by nationality', async () => {
    const female = await search('Quartermaine', { sex: 'FEMALE' });
    expect(female.edges.map((edge) => edge.node.id)).toEqual([PERSONS.quartermaineFemale.id]);
    const british = await search('Quartermaine', { nationality: 'GB' });
    expect(british.edges.map((edge) => edge.node.id)).toEqual([PERSONS.quartermaineMale.id]);
  });

  it('finds by nationality and alert kind alone, kept as alerts and nationalities change (alert_nationality)', async () => {
    const criteria = { nationality: 'UA', alertKind: 'MISSING' };
    const found = async () => (await search(undefined, criteria)).edges.map((edge) => edge.node.id);
    const alertId = '9e450000-0000-4000-8000-0000000a1e71';
    await dataSource.query(
      `INSERT INTO persons.alert (id, person_id, kind, action_on_hit, issuing_jurisdiction, valid_from)
       VALUES ($1, $2, 'MISSING', 'REPORT_LOCATION', 'UA', '2020-01-01')`,
      [alertId, PERSONS.kovalenko.id],
    );
    try {
      expect(await found()).toContain(PERSONS.kovalenko.id);
      await dataSource.query(`UPDATE persons.person SET nationalities = '{PL}' WHERE id = $1`, [PERSONS.kovalenko.id]);
      expect(await found()).not.toContain(PERSONS.kovalenko.id);
      await dataSource.query(`UPDATE persons.person SET nationalities = '{UA}' WHERE id = $1`, [PERSONS.kovalenko.id]);
      expect(await found()).toContain(PERSONS.kovalenko.id);
      await dataSource.query(`UPDATE persons.alert SET kind = 'WITNESS_SOUGHT' WHERE id = $1`, [alertId]);
      expect(await found()).not.toContain(PERSONS.kovalenko.id);
      await dataSource.query(`UPDATE persons.alert SET kind = 'MISSING' WHERE id = $1`, [alertId]);
      expect(await found()).toContain(PERSONS.kovalenko.id);
    } finally {
      await dataSource.query('DELETE FROM persons.alert WHERE id = $1', [alertId]);
    }
    expect(await found()).not.toContain(PERSONS.kovalenko.id);
  });

  it('refuses a tolerance without a date of birth', async () => {
    const response = await graphql(SEARCH, { text: 'Quartermaine', criteria: { dateOfBirthToleranceDays: 3 } });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'criteria.dateOfBirthToleranceDays',
    });
  });
});

// The bounded ways of reading (a word's rows sampled through `name_word_row`, the other branches skipped once the
// whole-name branch filled the page) must find here, where every word is rare, exactly what reading everything finds.
describe('searchPersons: bounded reads find what complete reads find', () => {
  const TEXTS = [
    'šárka čapková',
    'Jurgen Muhlhauser',
    'Trautwein Ottilie',
    'Ottilie Trautweim',
    'Linnea Hagström',
    'Eriksson',
    'Quartermaine',
    'Folake Oyelaran 1985',
    'P<SWEERIKSSON<<ANNA',
  ];
  const viewer = { userId: 'bounds', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer' as const] };
  const page = (text: string, tuning?: PersonSearch['tuning'], limit = 5) =>
    searchPersons(dataSource, { viewer, text, jurisdictions: [], page: { limit, offset: 0 }, tuning });
  const ranked = (result: RankedPage) => result.hits.map((hit) => [hit.id, hit.score, hit.matchedOn]);

  it.each(TEXTS)('samples the rows of every word as if common: %s', async (text) => {
    const complete = await page(text);
    expect(complete.hits.length).toBeGreaterThan(0);
    expect(ranked(await page(text, { commonWordRows: 0 }))).toEqual(ranked(complete));
  });

  it.each(TEXTS)('skips the other branches only when they could not change the page: %s', async (text) => {
    for (const limit of [1, 5]) {
      expect(ranked(await page(text, undefined, limit))).toEqual(ranked(await page(text, { gate: false }, limit)));
    }
  });

  it('reads a rare word of any slot whole, however the rarest slot is sampled (Mahmoud Darwich)', async () => {
    // One entry per word of the sampled slot: MAHMOUD's reads ABBAS's MHMUD row (first by id), not DARWISH's.
    const sampled = await page('Mahmoud Darwich', { scannedWordRows: 1 }, 3);
    expect(sampled.hits[0]?.id).toBe(PERSONS.darwish.id);
  });

  it('says when counting stopped early', async () => {
    const skipped = await page('Trautwein Ottilie', undefined, 1);
    const complete = await page('Trautwein Ottilie', { gate: false }, 1);
    expect(skipped.totalCountCapped).toBe(true);
    expect(complete.totalCountCapped).toBe(false);
    expect(skipped.totalCount).toBeLessThanOrEqual(complete.totalCount);
  });
});

/** One Latin-script holder of a block's many namesakes: the n-th of its ids, its names and year of birth. */
interface Holder {
  n: number;
  givenNames: string;
  familyName: string;
  dobYear?: number;
  /** A name recorded in Arabic script, with its Latin spelling. */
  arabic?: { givenNamesLatin: string; familyNameLatin: string };
}

/**
 * Writes a block's holders (ids `<prefix>-0000-4000-8000-<n>`, in the order given) before the block and removes them
 * after it; returns their id by n.
 */
function holdersOfBlock(prefix: string, holders: Holder[]): (n: number) => string {
  const personId = (n: number) => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
  beforeAll(async () => {
    for (const { n, givenNames, familyName, dobYear, arabic } of holders) {
      const row = personRow({
        id: personId(n),
        nationalReference: `P-${(arabic?.familyNameLatin ?? familyName).toUpperCase()}-${n}`,
        familyName,
        givenNames,
        familyNameLatin: arabic?.familyNameLatin ?? familyName,
        givenNamesLatin: arabic?.givenNamesLatin ?? givenNames,
        script: arabic ? 'ARABIC' : 'LATIN',
        sex: 'FEMALE',
        dobYear,
      });
      await dataSource.getRepository(PersonEntity).insert(row);
      await dataSource.getRepository(PersonNameEntity).insert(personNameRows(row));
    }
  });
  afterAll(async () => {
    await dataSource.query(`DELETE FROM persons.person WHERE id::text LIKE $1`, [`${prefix}-%`]);
  });
  return personId;
}

/**
 * 150 holders of one name born in 1950, then one born in 1987, written in that order and with ids in that order, so
 * that a branch's bounded read of every year takes the 1950-born first. Returns the id of the one born in 1987.
 */
function bornIn1950AndOneIn1987(prefix: string, familyName: string, givenNames: string): string {
  const holders = [
    ...Array.from({ length: 150 }, (_, i) => ({ n: i + 1, givenNames, familyName, dobYear: 1950 })),
    { n: 999_999, givenNames, familyName, dobYear: 1987 },
  ];
  return holdersOfBlock(prefix, holders)(999_999);
}

// More holders of one name than a branch reads (BRANCH_ROWS), so that every branch's first rows are the 1950-born.
describe('searchPersons: a name held by more persons than a branch reads', () => {
  const bornIn1987 = bornIn1950AndOneIn1987('9e45c000', 'Quenneville', 'Orlaith');
  const viewer = { userId: 'namesakes', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer' as const] };
  const search = (text: string, limit = 5, offset = 0) =>
    searchPersons(dataSource, { viewer, text, jurisdictions: [], page: { limit, offset } });

  it('finds the one born in the searched year first (the name keys by year of birth)', async () => {
    for (const text of ['Orlaith Quenneville 1987', 'Quenneville Orlaith 1987']) {
      const page = await search(text);
      expect(page.hits[0]).toMatchObject({ id: bornIn1987 });
    }
  });

  it('reads a lone word by its name word rows, the first holders by person, and counts them as a bounded read', async () => {
    // 151 holders of QUENNEVILLE, more than BRANCH_ROWS: the first BRANCH_ROWS by person are read, each a hit.
    const page = await search('Quenneville');
    expect(page.hits).toHaveLength(5);
    for (const hit of page.hits) {
      expect(hit.id.startsWith('9e45c000-')).toBe(true);
      expect(Number(hit.id.slice(-12))).toBeLessThanOrEqual(BRANCH_ROWS);
      expect(hit.matchedOn).toContainEqual(expect.objectContaining({ field: 'name', kind: 'PARTIAL' }));
    }
    expect(page).toMatchObject({ totalCount: BRANCH_ROWS, totalCountCapped: true });
  });

  it('cuts pages of equal scores as slices of one longer page (the tie-breakers read up to the page end)', async () => {
    const long = await search('Quenneville', 21);
    expect(new Set(long.hits.map((hit) => hit.score)).size).toBe(1);
    for (const offset of [0, 7, 14]) {
      const page = await search('Quenneville', 7, offset);
      expect(page.hits).toEqual(long.hits.slice(offset, offset + 7));
      expect(page.totalCount).toBe(long.totalCount);
    }
  });

  it('finds the one born in the searched year first from a lone word and a year too', async () => {
    const page = await search('Quenneville 1987');
    expect(page.hits[0]).toMatchObject({ id: bornIn1987 });
  });
});

// More sound-alikes of a name than the phonetic and typo branches read (SCANNED_WORD_ROWS, set low here).
describe('searchPersons: more sound-alikes than a branch reads', () => {
  const bornIn1987 = bornIn1950AndOneIn1987('9e45d000', 'Kenneville', 'Ysolde');
  const viewer = { userId: 'sound-alikes', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer' as const] };
  // Every branch reads 11 entries per word of its rarest slot: the first 1950-born holders.
  const search = (text: string, limit: number, gate?: boolean) =>
    searchPersons(dataSource, {
      viewer,
      text,
      jurisdictions: [],
      page: { limit, offset: 0 },
      tuning: { scannedWordRows: 10, unheldScannedWordRows: 10, gate },
    });
  const birthYears = async (personId: string) =>
    (
      await dataSource.query<{ birth_year: number | null }[]>(
        'SELECT DISTINCT birth_year FROM persons.name_word_row WHERE person_id = $1',
        [personId],
      )
    ).map((row) => row.birth_year);

  it('finds the one born in the searched year first (the name words by year of birth)', async () => {
    for (const text of ['Ysolde Kwenneville 1987', 'Kwenneville Ysolde 1987']) {
      const page = await search(text, 5);
      expect(page.hits[0]).toMatchObject({ id: bornIn1987 });
      expect(page.hits[0].matchedOn.map((match) => match.kind)).toContain('EXACT');
      // Fewer born then than the page holds: the read of every year fills it with those born in other years.
      expect(page.hits).toHaveLength(5);
      expect(page.hits.slice(1).every((hit) => hit.id !== bornIn1987 && hit.score < page.hits[0].score / 1.5)).toBe(
        true,
      );
    }
    // Read as before, every year at once, or without a year: the first holders only, and the one born in 1987 is not
    // among them.
    const everyYear = await searchPersons(dataSource, {
      viewer,
      text: 'Ysolde Kwenneville 1987',
      jurisdictions: [],
      page: { limit: 5, offset: 0 },
      tuning: { scannedWordRows: 10, unheldScannedWordRows: 10, yearsFirst: false },
    });
    for (const page of [everyYear, await search('Ysolde Kwenneville', 5)]) {
      expect(page.hits).toHaveLength(5);
      expect(page.hits.map((hit) => hit.id)).not.toContain(bornIn1987);
    }
  });

  it('skips the read of every year when those born then fill the page above any born in another year', async () => {
    for (const limit of [1, 5]) {
      const ranked = (page: RankedPage) => page.hits.map((hit) => [hit.id, hit.score]);
      const gated = await search('Ysolde Kwenneville 1987', limit);
      expect(ranked(gated)).toEqual(ranked(await search('Ysolde Kwenneville 1987', limit, false)));
      // One born in 1987 fills a page of one: counting stopped there.
      expect(gated.totalCountCapped).toBe(limit === 1);
    }
  });

  it('keeps each name word’s year of birth as the person’s changes', async () => {
    expect(await birthYears(bornIn1987)).toEqual([1987]);
    await dataSource.query('UPDATE persons.person SET dob_year = 1988 WHERE id = $1', [bornIn1987]);
    expect(await birthYears(bornIn1987)).toEqual([1988]);
    expect((await search('Ysolde Kwenneville 1988', 1)).hits[0]).toMatchObject({ id: bornIn1987 });
    await dataSource.query(
      'UPDATE persons.person SET dob_year = NULL, dob_month = NULL, dob_day = NULL WHERE id = $1',
      [bornIn1987],
    );
    expect(await birthYears(bornIn1987)).toEqual([null]);
    // A year unknown fits any searched: read with those born then.
    expect((await search('Ysolde Kwenneville 1961', 1)).hits[0]).toMatchObject({ id: bornIn1987 });
  });
});

// A typo in a name whose words are all common: the phonetic branch samples the rarest slot, and the person may lie
// beyond the sample (at 10M, Татьяна Вера Маакрова). 150 holders of each word, ids before the person's; sampling is
// set low (10 entries), as 2,000 are at 10M.
describe('searchPersons: a typo in a name of common words', () => {
  const many = (from: number, givenNames: string, familyName: string) =>
    Array.from({ length: 150 }, (_, i) => ({ n: from + i, givenNames, familyName }));
  // Eithne Brakenridge, whose words sound like EITHNE BRACKENRIDGE's and BRACKENRUDGE's.
  const target = holdersOfBlock('9e45e000', [
    ...many(1, 'Eithne', 'Tolland'),
    ...many(151, 'Orsolya', 'Brackenridge'),
    ...many(301, 'Orsolya', 'Brakenridge'),
    { n: 999_999, givenNames: 'Eithne', familyName: 'Brakenridge' },
  ])(999_999);
  const viewer = { userId: 'typo-common', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer' as const] };
  const ids = async (text: string, unheldScannedWordRows: number, scannedWordRows = 10) =>
    (
      await searchPersons(dataSource, {
        viewer,
        text,
        jurisdictions: [],
        page: { limit: 5, offset: 0 },
        tuning: { scannedWordRows, unheldScannedWordRows },
      })
    ).hits.map((hit) => hit.id);

  it('samples wider where a searched word is in no stored name, and finds the person', async () => {
    // BRACKENRUDGE is in no stored name: the wider sample reads every holder of EITHNE, the rarest slot.
    expect((await ids('Eithne Brackenrudge', 1000))[0]).toBe(target);
    // The narrow sample reads the first 11 holders by id, none of them the person.
    expect(await ids('Eithne Brackenrudge', 10)).not.toContain(target);
  });

  it('keeps the narrow sample where every searched word is in a stored name, or none is', async () => {
    // EITHNE and BRACKENRIDGE are stored words: the wider sample is not taken, and the person stays beyond the narrow.
    expect(await ids('Eithne Brackenridge', 1000)).not.toContain(target);
    expect(await ids('Eithne Brackenridge', 100_000)).toEqual(await ids('Eithne Brackenridge', 10));
    // Neither EITHNHE nor BRACKENRUDGE is: letters no name holds, not a typo in a known name.
    expect(await ids('Eithnhe Brackenrudge', 1000)).not.toContain(target);
  });

  it('keeps the narrow sample for a word in no stored name that is two letters or more from every stored one', async () => {
    // BRAIKINRIDGE sounds like BRAKENRIDGE (the person is among its sound-alikes' holders) but is no typo of it: a
    // name no one bears, read as the narrow sample reads.
    expect(await ids('Eithne Braykinrydge', 1000, 1000)).toContain(target);
    expect(await ids('Eithne Braykinrydge', 1000)).not.toContain(target);
  });

  describe('in Arabic script, whose words written without short vowels are often three letters', () => {
    // Huda Sayed (هدى سيد: HDA SID), whose given name is rarer than her family name.
    const arabic = (from: number, count: number, givenNames: string, familyName: string, latin: [string, string]) =>
      Array.from({ length: count }, (_, i) => ({
        n: from + i,
        givenNames,
        familyName,
        arabic: { givenNamesLatin: latin[0], familyNameLatin: latin[1] },
      }));
    const huda = holdersOfBlock('9e45e100', [
      ...arabic(1, 150, 'هدى', 'نوري', ['Huda', 'Nouri']),
      ...arabic(151, 300, 'سلمى', 'سيد', ['Salma', 'Sayed']),
      ...arabic(999_999, 1, 'هدى', 'سيد', ['Huda', 'Sayed']),
    ])(999_999);

    it('samples wider for a three-letter word a letter from a stored one, and finds the person', async () => {
      // سدي (SDI, two letters swapped) is in no stored name and a letter from SID: a typo of a three-letter word.
      expect((await ids('هدى سدي', 1000))[0]).toBe(huda);
      expect(await ids('هدى سدي', 10)).not.toContain(huda);
    });
  });
});
