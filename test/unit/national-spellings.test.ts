import {
  MAX_NATIONAL_SPELLINGS,
  belarusianReading,
  maghrebSpellings,
  nationalSpellings,
  nationalWordReadings,
} from '../../subgraphs/persons/src/search/national-spellings';
import { greekReadings, renamedGivenNames } from '../../subgraphs/persons/src/search/given-name-equivalents';

const readings = (text: string) => nationalSpellings(text).map((spelling) => spelling.text);
const schemeOf = (text: string, reading: string) =>
  nationalSpellings(text).find((spelling) => spelling.text === reading)?.scheme;

describe('nationalSpellings: a Latin name read back to ICAO 9303 letters', () => {
  it.each([
    ['Schewtschenko', 'SHEVCHENKO', 'German'],
    ['Chevtchenko', 'SHEVCHENKO', 'French'],
    ['Szewczenko', 'SHEVCHENKO', 'Polish'],
    ['Ševčenko', 'SHEVCHENKO', 'Czech'],
    ['Sjevtsjenko', 'SHEVCHENKO', 'Dutch'],
    ['Chruschtschow', 'KHRUSHCHEV', 'German'],
    ['Khrouchtchev', 'KHRUSHCHEV', 'French'],
    ['Jruschov', 'KHRUSHCHEV', 'Spanish'],
    ['Chrusjtjov', 'KHRUSHCHEV', 'Scandinavian'],
    ['Jelzin', 'ELTSIN', 'German'],
    ['Eltsine', 'ELTSIN', 'French'],
    ['Tchaïkovski', 'CHAIKOVSKI', 'French'],
    ['Czajkowski', 'CHAIKOVSKI', 'Polish'],
    ['Vlagyimir Putyin', 'VLADIMIR PUTIN', 'Hungarian'],
    ['Brezsnyev', 'BREZHNEV', 'Hungarian'],
    ['Hruscsov', 'KHRUSHCHEV', 'Hungarian'],
    ['Csajkovszkij', 'CHAIKOVSKII', 'Hungarian'],
    ['Hruštšov', 'KHRUSHCHEV', 'Finnish'],
    ['Gorbatšov', 'GORBACHEV', 'Finnish'],
    ['Juštšenko', 'IUSHCHENKO', 'Finnish'],
    ['Hrușciov', 'KHRUSHCHEV', 'Romanian'],
    ['Hruşciov', 'KHRUSHCHEV', 'Romanian'],
    ['Ceaikovski', 'CHAIKOVSKI', 'Romanian'],
    ['Elțîn', 'ELTSIN', 'Romanian'],
    ['Šarapovová', 'SHARAPOVA', 'Czech'],
    ['Tymošenková', 'TYMOSHENKO', 'Czech'],
    ['Navalná', 'NAVALNAIA', 'Czech'],
    ['Cichanouská', 'TSIKHANOUSKAIA', 'Czech'],
    ['Siergiej Korolow', 'SERGEI KOROLEV', 'Polish'],
    ['Joszif Brodszkij', 'IOSIF BRODSKII', 'Hungarian'],
  ])('%s → %s (%s)', (text, reading, convention) => {
    expect(readings(text)).toContain(reading);
    expect(schemeOf(text, reading)).toContain(convention);
  });

  it('offers the second choice of an ambiguous letter after the first (German S: С, then З)', () => {
    const found = readings('Sachartschenko');
    expect(found.indexOf('SAKHARCHENKO')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('ZAKHARCHENKO')).toBeGreaterThan(found.indexOf('SAKHARCHENKO'));
  });

  it('reads O as Ё only after the letters the convention says, never at the start of a word (Olga: no ELGA)', () => {
    expect(readings('Olga Wasiljewa')).not.toContain('ELGA VASILEVA');
    expect(readings('Siergiej Korolow')).toContain('SERGEI KOROLEV');
  });

  it('skips a convention that never writes a letter of the name (no German reading of Chevtchenko: V)', () => {
    expect(nationalSpellings('Chevtchenko').map((spelling) => spelling.scheme)).not.toContain(
      'German spelling (Duden)',
    );
  });

  it('returns nothing that reads as typed, and at most MAX_NATIONAL_SPELLINGS', () => {
    expect(readings('Putin')).not.toContain('PUTIN');
    for (const text of ['Anna Eriksson', 'Julija Tymoschenko', 'Chroesjtsjov Nikita Sergejewitsch'])
      expect(readings(text).length).toBeLessThanOrEqual(MAX_NATIONAL_SPELLINGS);
  });
});

describe('nationalWordReadings: one word read by every convention that may have written it', () => {
  it('keeps every combination of second choices, the costliest included (Krusciov → KHRUSHCHEV)', () => {
    const readings = nationalWordReadings('Krusciov');
    expect(readings).toEqual(expect.arrayContaining(['KRUSHOV', 'KHRUSHCHEV']));
    expect(readings.indexOf('KRUSHOV')).toBeLessThan(readings.indexOf('KHRUSHCHEV'));
  });

  it('reads nothing into a word no convention marks as its own, and never the word as typed', () => {
    for (const word of ['Nikita', 'Anna', 'Smith']) expect(nationalWordReadings(word)).toEqual([]);
    expect(nationalWordReadings('Gorbaciov')).not.toContain('GORBACIOV');
    expect(nationalWordReadings('Gorbaciov')).toContain('GORBACHEV');
  });
});

describe('maghrebSpellings', () => {
  it('reads the French spelling of Arabic names: final -E, DJ, CH, Ben/Bin/Ibn', () => {
    expect(maghrebSpellings('Abderrahmane').map((s) => s.text)).toEqual(['ABDERRAHMAN']);
    expect(maghrebSpellings('Djamel Cherif').map((s) => s.text)).toEqual(['JAMEL SHERIF']);
    expect(maghrebSpellings('Mohamed Ben Salmane').map((s) => s.text)).toEqual([
      'MOHAMED BEN SALMAN',
      'MOHAMED BIN SALMAN',
      'MOHAMED IBN SALMAN',
    ]);
    expect(maghrebSpellings('Anna Eriksson')).toEqual([]);
  });
});

describe('belarusianReading', () => {
  it('writes a Russian name the way its Belarusian form transliterates: TI → TSI, DE → DZE, OV → OU, -ENKO → -ENKA', () => {
    expect(belarusianReading('ALEKSANDR LUKASHENKO')).toBe('ALEKSANDR LUKASHENKA');
    expect(belarusianReading('SVETLANA TIKHANOVSKAYA')).toBe('SVETLANA TSIKHANOUSKAYA');
    expect(belarusianReading('DENIS VASILEVSKII')).toBe('DZENIS VASILEUSKII');
    expect(belarusianReading('ANNA KARPOVA')).toBeNull();
  });
});

describe('greekReadings', () => {
  it('reads a translated Greek given name back to ELOT 743, C as K, and a dropped final S put back', () => {
    expect(greekReadings('George Seferis').map((r) => r.text)).toEqual(['GIORGOS SEFERIS']);
    expect(greekReadings('Giovanni Capodistria').map((r) => r.text)).toEqual([
      'IOANNIS KAPODISTRIA',
      'IOANNIS KAPODISTRIAS',
    ]);
    expect(greekReadings('Costantino Caramanlis')[0]).toEqual({
      text: 'KONSTANTINOS KARAMANLIS',
      scheme: 'the Greek form of a given name (COSTANTINO → KONSTANTINOS)',
    });
    expect(greekReadings('Anna Eriksson')).toEqual([]);
  });
});

describe('renamedGivenNames', () => {
  it('puts the Russian form back for a translated given name, keeping the other words as typed', () => {
    expect(renamedGivenNames('Nicolas Gogol')).toEqual({
      text: 'NIKOLAI GOGOL',
      typed: 'NIKOLAI Gogol',
      scheme: 'the Russian form of a given name (Nicolas → NIKOLAI)',
    });
    expect(renamedGivenNames('Léon Tolstoï')?.typed).toBe('LEV Tolstoï');
    expect(renamedGivenNames('Józef Piłsudski')?.text).toBe('IOSIF PILSUDSKI');
  });

  it('leaves names with no translated given name alone (Ivan, Maria, Carlos)', () => {
    expect(renamedGivenNames('Ivan Petrov')).toBeNull();
    expect(renamedGivenNames('Maria Lopez')).toBeNull();
    expect(renamedGivenNames('Carlos Ferreira')).toBeNull();
  });
});

describe('the words read by a convention, kept between searches', () => {
  it('reads a word the same the second time, whatever the first caller did with its answer', () => {
    const first = nationalSpellings('Alexander Schewtschenko');
    const words = nationalWordReadings('Krusciov');
    expect(first.map((spelling) => spelling.text)).toContain('ALEXANDER SHEVCHENKO');
    expect(words).toContain('KHRUSHCHEV');
    first.length = 0;
    words.length = 0;
    // Another name holding one of the same words, read by the same conventions: the kept reading, unchanged.
    expect(readings('Schewtschenko')).toContain('SHEVCHENKO');
    expect(nationalSpellings('Alexander Schewtschenko').map((spelling) => spelling.text)).toContain(
      'ALEXANDER SHEVCHENKO',
    );
    expect(nationalWordReadings('Krusciov')).toContain('KHRUSHCHEV');
  });
});
