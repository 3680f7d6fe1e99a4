import { nameKey, spellingSkeleton } from '../../subgraphs/persons/src/search/name-key';
import { foldName } from '../../subgraphs/persons/src/search/normalize';
import { readPersonText } from '../../subgraphs/persons/src/search/recognize';
import { cyrillicLanguagesOf, latinForms } from '../../subgraphs/persons/src/search/transliterate';
import { personNameRows, queryForms, type PersonNames } from '../../subgraphs/persons/src/search/variants';

const spellings = (text: string) => latinForms(text).map((form) => form.text);
const sameKey = (...names: string[]) => new Set(names.map((name) => nameKey(foldName(name)))).size === 1;

describe('ICAO 9303 Latin folding', () => {
  it('gives both ICAO spellings of Ä, Ö, Ü, Å and Ø, the two-letter one first', () => {
    expect(spellings('Müller')).toEqual(['MUELLER', 'MULLER']);
    expect(spellings('Jäger')).toEqual(['JAEGER', 'JAGER']);
    expect(spellings('Söderström')).toEqual(['SOEDERSTROEM', 'SODERSTROM']);
    expect(spellings('Åberg')).toEqual(['AABERG', 'ABERG']);
    expect(spellings('Søren Kierkegaard')).toEqual(['SOEREN KIERKEGAARD', 'SOREN KIERKEGAARD']);
  });

  it('writes the letters without a one-letter form as ICAO does (ß SS, Æ AE, Þ TH, Ð D, Ł L, Đ D or DJ)', () => {
    expect(spellings('Weiß')).toEqual(['WEISS']);
    expect(spellings('Ærø')).toEqual(['AEROE', 'AERO']);
    expect(spellings('Þórður')).toEqual(['THORDUR']);
    expect(spellings('Łukasz Wałęsa')).toEqual(['LUKASZ WALESA']);
    expect(spellings('Đorđe')).toEqual(['DORDE', 'DJORDJE']);
  });

  it('drops every other diacritic, case and punctuation; apostrophes join, hyphens split', () => {
    expect(spellings('José García-Núñez')).toEqual(['JOSE GARCIA NUNEZ']);
    expect(spellings("O'Neill")).toEqual(['ONEILL']);
    expect(spellings('  şükrü   ÇELİK ')).toEqual(['SUEKRUE CELIK', 'SUKRU CELIK']);
    expect(foldName('Müller, Jürgen')).toBe('MULLER JURGEN');
  });
});

describe('Cyrillic transliteration', () => {
  it('uses the common ICAO 9303 table for Russian (Ц TS, Ж ZH, Х KH, Й I, Ю IU, Я IA, Щ SHCH)', () => {
    const russian = spellings('Цветкова Жанна Юрьевна Щукина Хрусталёва Майя');
    expect(russian[0]).toBe('TSVETKOVA ZHANNA IUREVNA SHCHUKINA KHRUSTALEVA MAIIA');
  });

  it('applies the Ukrainian differences (Г is H, И is Y) and keeps the Russian reading as a variant', () => {
    expect(cyrillicLanguagesOf('Григорій')).toEqual(['uk', 'ru']);
    expect(spellings('Григорій Гнатюк')).toEqual(
      expect.arrayContaining(['HRYHORII HNATIUK', 'GRIGORII GNATIUK', 'HRYHORIY HNATYUK']),
    );
  });

  it('applies the Bulgarian differences (Щ is SHT, Ъ is A)', () => {
    expect(spellings('Тъпчилещов')).toEqual(expect.arrayContaining(['TAPCHILESHTOV', 'TIEPCHILESHCHOV']));
  });

  it('writes Serbian in the Serbian Latin alphabet, Đ as D and as DJ, and by the ICAO table', () => {
    expect(cyrillicLanguagesOf('Ђорђевић')).toEqual(['sr', 'ru']);
    expect(spellings('Ђорђевић Јован')).toEqual(expect.arrayContaining(['DORDEVIC JOVAN', 'DJORDJEVIC JOVAN']));
    expect(spellings('Живковић')).toEqual(expect.arrayContaining(['ZIVKOVIC', 'ZHIVKOVIC']));
  });

  it('adds the everyday spellings (Юрий → YURIY, Фёдор → FYODOR, Яна → YANA)', () => {
    expect(spellings('Юрий')).toEqual(expect.arrayContaining(['IURII', 'YURIY']));
    expect(spellings('Фёдор Артём')).toEqual(['FEDOR ARTEM', 'FYODOR ARTYOM']);
    expect(spellings('Яна')).toEqual(expect.arrayContaining(['IANA', 'YANA']));
  });
});

describe('Greek transliteration (ELOT 743 and the common spellings)', () => {
  it('follows ELOT 743 with its digraphs (ΟΥ OU, ΜΠ B/MP, ΝΤ D/NT, ΓΓ NG, ΑΥ/ΕΥ AV or AF)', () => {
    expect(spellings('Παπαδοπούλου Ελένη')[0]).toBe('PAPADOPOULOU ELENI');
    expect(spellings('Μπακογιάννης')[0]).toBe('BAKOGIANNIS');
    expect(spellings('Λάμπρος Αντώνης')[0]).toBe('LAMPROS ANTONIS');
    expect(spellings('Ντίνος')[0]).toBe('DINOS');
    expect(spellings('Ευάγγελος Ελευθέριος Βασίλειος')[0]).toBe('EVANGELOS ELEFTHERIOS VASILEIOS');
  });

  it('adds the common spellings (Χ as H or KH, Υ as I, ΜΠ as MB)', () => {
    expect(spellings('Χρήστος Σπυρίδων')).toEqual(['CHRISTOS SPYRIDON', 'HRISTOS SPIRIDON', 'KHRISTOS SPYRIDON']);
    expect(spellings('Χαράλαμπος')).toEqual(expect.arrayContaining(['HARALAMBOS']));
  });
});

describe('Arabic transcription', () => {
  it('writes consonants and long vowels, the article as its own word', () => {
    expect(spellings('محمد')).toEqual(['MHMD']);
    expect(spellings('عبد الرحمن')).toEqual(['ABD AL RHMN']);
    expect(spellings('يوسف وليد')).toEqual(['YUSF WLID']);
  });
});

describe('name keys: one key for the spellings of one name', () => {
  it.each([
    ['Mohammed', 'Muhammad', 'Mohamed', 'Mohamad', 'Mohammad'],
    ['Ahmed', 'Ahmad'],
    ['Youssef', 'Yusuf', 'Yousef'],
    ['Hussein', 'Husain', 'Hussain', 'Houcine'],
    ['Abdel Rahman', 'Abdulrahman', 'Abdelrahman'],
    ['Abden-Nasser', 'Abdennasser', 'Abdel Nasser'],
    ['Noureddine', 'Nour Eddine', 'Nureddin'],
    ['Al-Masri', 'El Masry'],
    ['Aleksandr', 'Alexander', 'Oleksandr', 'Aleksander', 'Aleksandar'],
    ['Sergey', 'Sergei', 'Serhiy', 'Serhii'],
    ['Yuriy', 'Yuri', 'Iurii', 'Jurij'],
    ['Dmitriy', 'Dmitry', 'Dmytro'],
    ['Nikolay', 'Nikolai', 'Mykola'],
    ['Natalya', 'Natalia', 'Nataliia'],
    ['Christos', 'Hristos', 'Khristos'],
  ])('%s', (...names) => {
    expect(sameKey(...names)).toBe(true);
  });

  it('keeps different names apart and ignores word order', () => {
    expect(sameKey('Anna', 'Hanna')).toBe(false);
    expect(sameKey('Ivan', 'Jan')).toBe(false);
    expect(nameKey('ERIKSSON ANNA')).toBe(nameKey('ANNA ERIKSSON'));
  });

  it('levels transliteration differences in the spelling skeleton', () => {
    expect(spellingSkeleton('ALEXANDER')).toBe('ALEKSANDER');
    expect(spellingSkeleton('FYODOR')).toBe('FEDOR');
    expect(spellingSkeleton('YELENA')).toBe('ELENA');
    expect(spellingSkeleton('IVANOFF')).toBe('IVANOV');
    expect(spellingSkeleton('MOHAMMED')).toBe('MOHAMED');
  });
});

const person = (names: Partial<PersonNames>): PersonNames => ({
  id: '9e450000-0000-4000-8000-000000000001',
  familyName: 'X',
  givenNames: null,
  familyNameLatin: 'X',
  givenNamesLatin: null,
  nameAtBirth: null,
  aliases: [],
  ...names,
});

describe('personNameRows', () => {
  it('stores the Latin name in both ICAO spellings, once each, numbered from 0', () => {
    const rows = personNameRows(
      person({ familyName: 'Müller', givenNames: 'Jürgen', familyNameLatin: 'Müller', givenNamesLatin: 'Jürgen' }),
    );
    expect(rows.map((row) => [row.ordinal, row.kind, row.folded, row.value])).toEqual([
      [0, 'PRIMARY', 'MUELLER JUERGEN', 'Müller, Jürgen'],
      [1, 'VARIANT', 'MULLER JURGEN', 'Müller, Jürgen'],
    ]);
    expect(rows[0].nameKey).toBe(nameKey('MUELLER JUERGEN'));
  });

  it('stores the original script in its transliterations, the name at birth and the aliases', () => {
    const rows = personNameRows(
      person({
        familyName: 'Шевченко',
        givenNames: 'Тетяна',
        familyNameLatin: 'Shevchenko',
        givenNamesLatin: 'Tetiana',
        nameAtBirth: 'Коваленко',
        aliases: ['Tatyana Shevchenko'],
      }),
    );
    const byKind = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.folded);
    expect(byKind('PRIMARY')).toEqual(['SHEVCHENKO TETIANA']);
    expect(byKind('VARIANT')).toEqual(expect.arrayContaining(['SHEVCHENKO TETYANA', 'SEVCENKO TETIANA']));
    expect(byKind('BIRTH_NAME')).toEqual(expect.arrayContaining(['KOVALENKO TETIANA']));
    expect(byKind('ALIAS')).toEqual(['TATYANA SHEVCHENKO']);
    expect(new Set(rows.map((row) => row.folded)).size).toBe(rows.length);
    expect(rows.map((row) => row.ordinal)).toEqual(rows.map((_, i) => i));
  });
});

describe('query forms and the person text reader', () => {
  it('spells a typed name every way its script allows, saying which forms are transliterations', () => {
    expect(queryForms('Müller').map((form) => [form.folded, form.transliterated])).toEqual([
      ['MUELLER', false],
      ['MULLER', true],
    ]);
    expect(queryForms('Шевченко')[0]).toMatchObject({ folded: 'SHEVCHENKO', transliterated: true, script: 'CYRILLIC' });
  });

  it('reads the name as typed and a date of birth in any of the usual forms', () => {
    expect(readPersonText('Anna Eriksson 1974')).toEqual({ nameText: 'Anna Eriksson', dateOfBirth: { year: 1974 } });
    expect(readPersonText('Шевченко, Тетяна 21.03.1974 X1234567')).toEqual({
      nameText: 'Шевченко Тетяна',
      dateOfBirth: { year: 1974, month: 3, day: 21 },
    });
    expect(readPersonText('1974-03').dateOfBirth).toEqual({ year: 1974, month: 3 });
    expect(readPersonText('Anna 31.02.1974')).toEqual({ nameText: 'Anna' });
  });
});

describe('person text: machine-readable zones', () => {
  it("reads an MRZ as its holder's name and full date of birth, whatever else the text holds", () => {
    const td3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10';
    expect(readPersonText(td3)).toEqual({
      nameText: 'ERIKSSON ANNA MARIA',
      dateOfBirth: { year: 1974, month: 8, day: 12 },
    });
  });

  it('reads a copied first MRZ line without its document code and issuing state', () => {
    expect(readPersonText('P<POLWROBEL<<MARTA')).toEqual({ nameText: 'WROBEL MARTA' });
    expect(readPersonText('IDD<<MUELLER<<JAN')).toEqual({ nameText: 'MUELLER JAN' });
    // A name written with MRZ fillers but no known state in front keeps all its words.
    expect(readPersonText('PAPADOPOULOS<<NIKOS')).toEqual({ nameText: 'PAPADOPOULOS NIKOS' });
  });

  it('reads at most twelve name words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `Name${String.fromCharCode(65 + i)}`.replace(/\d/g, ''));
    expect(readPersonText(words.join(' ')).nameText?.split(' ')).toHaveLength(12);
  });
});
