import { normalizePlate, normalizeVin } from '../../subgraphs/vehicles/src/search/normalize';
import {
  MAX_RUN_WORDS,
  isPlateCandidate,
  partialVinEnding,
  partialVinScore,
  recognizeVehicleText,
  vinCandidates,
  type VehicleSignal,
} from '../../subgraphs/vehicles/src/search/recognize';
import {
  VIN_PATTERN,
  checkVinCheckDigit,
  isNorthAmericanVin,
  readVinLetters,
  vinCheckDigit,
} from '../../subgraphs/vehicles/src/search/vin';

function signal<K extends VehicleSignal['kind']>(signals: VehicleSignal[], kind: K) {
  return signals.find((found): found is Extract<VehicleSignal, { kind: K }> => found.kind === kind);
}

describe('VIN validation', () => {
  it('computes the check digit of the classic valid North American VIN (X for 10)', () => {
    expect(VIN_PATTERN.test('1M8GDM9AXKP042788')).toBe(true);
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(checkVinCheckDigit('1M8GDM9AXKP042788')).toEqual({ valid: true, expected: 'X', found: 'X' });
    expect(checkVinCheckDigit('1HGCM82633A004352')).toEqual({ valid: true, expected: '3', found: '3' });
  });

  it('reports a check digit that does not compute', () => {
    expect(checkVinCheckDigit('1M8GDM9A3KP042788')).toEqual({ valid: false, expected: 'X', found: '3' });
    // European makers need not use position 9 as a check digit: Volkswagen puts Z there.
    expect(checkVinCheckDigit('WVWZZZ1JZXW000001')).toEqual({ valid: false, expected: '0', found: 'Z' });
  });

  it('refuses values that are not VINs: wrong length, I, O or Q', () => {
    expect(vinCheckDigit('1M8GDM9AXKP04278')).toBeUndefined();
    expect(vinCheckDigit('1M8GDM9AXKPO42788')).toBeUndefined();
    expect(VIN_PATTERN.test('WVWZZZ1JZXWQ00001')).toBe(false);
    expect(VIN_PATTERN.test('IM8GDM9AXKP042788')).toBe(false);
  });

  it('knows North American VINs by the first character of the world manufacturer identifier', () => {
    expect(['1M8', '2T1', '3VW', '4T1', '5YJ'].every(isNorthAmericanVin)).toBe(true);
    expect(['WVW', 'YV1', 'VF1', 'JHM', 'SAL', '9BW'].some(isNorthAmericanVin)).toBe(false);
  });

  it('normalizes a typed VIN to upper-case letters and digits', () => {
    expect(normalizeVin(' wvw-zzz 1jz.xw 000001 ')).toBe('WVWZZZ1JZXW000001');
  });
});

describe('VIN candidates and their scores', () => {
  it('a valid VIN scores 1.0 with nothing to say', () => {
    expect(vinCandidates('1M8GDM9AXKP042788')).toEqual([
      { vin: '1M8GDM9AXKP042788', score: 1, kind: 'NORMALIZED', note: null },
    ]);
  });

  it('a European VIN whose check digit does not compute still scores 1.0, with a note', () => {
    expect(vinCandidates('WVWZZZ1JZXW000001')).toEqual([
      {
        vin: 'WVWZZZ1JZXW000001',
        score: 1,
        kind: 'NORMALIZED',
        note: 'check digit does not compute (expected 0, found Z): not compulsory outside North America',
      },
    ]);
  });

  it('a North American VIN whose check digit does not compute scores lower, with a note', () => {
    const [candidate] = vinCandidates('1M8GDM9A3KP042788');
    expect(candidate.score).toBe(0.85);
    expect(candidate.note).toMatch(/^check digit does not compute \(expected X, found 3\): compulsory for North/);
  });

  it('reads I, O and Q as 1, 0, 0: FUZZY, lower score, and still tries the value as typed', () => {
    expect(readVinLetters('IM8GDM9AXKPO42788')).toBe('1M8GDM9AXKP042788');
    expect(readVinLetters('WVWZZZ1JZXWQQOOO1')).toBe('WVWZZZ1JZXW000001');
    expect(vinCandidates('IM8GDM9AXKPO42788')).toEqual([
      { vin: 'IM8GDM9AXKPO42788', score: 1, kind: 'NORMALIZED', note: null },
      { vin: '1M8GDM9AXKP042788', score: 0.9, kind: 'FUZZY', note: 'I/O/Q read as 1/0/0' },
    ]);
  });

  it('a VIN read from I/O/Q whose North American check digit fails takes both penalties and both notes', () => {
    const [, read] = vinCandidates('1M8GDM9A3KPO42788');
    expect(read.score).toBeCloseTo(0.9 * 0.85);
    expect(read.note).toMatch(/^I\/O\/Q read as 1\/0\/0; check digit does not compute \(expected X, found 3\)/);
  });
});

describe('partial VIN recognition', () => {
  it('takes a word of 5 to 16 VIN characters ending in 4 digits as the end of a VIN', () => {
    expect(partialVinEnding('KP042788')).toBe('KP042788');
    expect(partialVinEnding('042788')).toBe('042788');
    expect(partialVinEnding('kp-042788')).toBe('KP042788');
    expect(partialVinEnding('42788')).toBe('42788');
    expect(partialVinEnding('0427888')).toBe('0427888');
    expect(partialVinEnding('M8GDM9AXKP042788')).toBe('M8GDM9AXKP042788');
  });

  it('leaves names, years, other lengths and I, O, Q alone', () => {
    const words = ['Eriksson', 'Lindqvist', 'Anna', '1974', 'cocaine', 'KP04278A', 'OP042788', '1M8GDM9AXKP042788'];
    for (const word of words) expect(partialVinEnding(word)).toBeUndefined();
  });

  it('gives "Anna Eriksson 1974" no vehicle signal at all', () => {
    expect(recognizeVehicleText('Anna Eriksson 1974')).toEqual([]);
  });

  it('reads endings of every length into one signal', () => {
    expect(signal(recognizeVehicleText('KP042788 042788 42788'), 'PARTIAL_VIN')?.endings).toEqual([
      'KP042788',
      '042788',
      '42788',
    ]);
  });

  it('scores an ending by its length: the last 6 and 8 as before, longer ones higher, all below a whole VIN', () => {
    expect([5, 6, 7, 8, 9, 12, 16].map(partialVinScore)).toEqual([0.65, 0.7, 0.75, 0.8, 0.81, 0.84, 0.88]);
  });
});

describe('identifiers read with a typo', () => {
  it('reads runs of 16 to 18 characters as VINs with a typo, with I, O and Q also read as 1, 0, 0', () => {
    expect(signal(recognizeVehicleText('1M8GDM9AXKP04278'), 'VIN_TYPO')?.typed).toEqual(['1M8GDM9AXKP04278']);
    expect(signal(recognizeVehicleText('1M8GDM9AXKPO427888'), 'VIN_TYPO')?.typed).toEqual([
      '1M8GDM9AXKPO427888',
      '1M8GDM9AXKP0427888',
    ]);
  });

  it('does not read a name beside a date, nor a run with several I, O or Q, as a VIN with a typo', () => {
    for (const text of ['Anna Berg 19740321', 'Anna Eriksson 1974', '19740321 Anna Berg', 'WVWZZZ1JZXWOOOOO1']) {
      expect(signal(recognizeVehicleText(text), 'VIN_TYPO')).toBeUndefined();
    }
  });

  it('reads plates of six characters or more with a typo, shorter ones not', () => {
    expect(signal(recognizeVehicleText('ABC 1234'), 'PLATE_TYPO')?.typed).toEqual(['ABC1234']);
    expect(signal(recognizeVehicleText('AB 123'), 'PLATE_TYPO')).toBeUndefined();
  });

  it('reads at most 8 identifiers with a typo, whole VINs first', () => {
    const vins = Array.from({ length: 10 }, (_, i) => `WVWZZZ1JZXW00${String(i).padStart(4, '0')}`);
    const typed = signal(recognizeVehicleText(['WVWZZZ1JZXW00001', ...vins].join(' ')), 'VIN_TYPO')!.typed;
    expect(typed).toEqual(vins.slice(0, 8));
  });
});

describe('VIN recognition in free text', () => {
  it('finds a VIN typed in groups, remembering how it was typed', () => {
    const vin = signal(recognizeVehicleText('stolen WVW ZZZ 1JZ XW 000001 yesterday'), 'VIN');
    // Other 17-character runs are looked up too: a VIN never matches them, and no recorded VIN is lost.
    expect(vin?.candidates.map((candidate) => candidate.vin)).toContain('WVWZZZ1JZXW000001');
    expect(vin?.typed).toContain('WVW ZZZ 1JZ XW 000001');
  });

  it('does not join more than 6 words into a VIN', () => {
    expect(signal(recognizeVehicleText('1 M 8 G D M 9 A X K P 0 4 2 7 8 8'), 'VIN')).toBeUndefined();
  });
});

describe('plates', () => {
  it('are compared without spaces, dashes, case or diacritics, Greek and Cyrillic letters read as Latin', () => {
    expect(normalizePlate('b-mw 1234')).toBe('BMW1234');
    expect(normalizePlate('MÜ-AB 12')).toBe('MUAB12');
    expect(normalizePlate('ΙΚΑ-1234')).toBe('IKA1234');
    expect(normalizePlate('АВ 1234 СК')).toBe('AB1234CK');
  });

  it('hold a digit, and letters too unless they are the whole text', () => {
    expect(isPlateCandidate('ABC123', false)).toBe(true);
    expect(isPlateCandidate('ERIKSSON', false)).toBe(false);
    expect(isPlateCandidate('ERIKSSON', true)).toBe(false);
    expect(isPlateCandidate('1974', false)).toBe(false);
    expect(isPlateCandidate('635862', true)).toBe(true);
    expect(isPlateCandidate('A1', true)).toBe(true);
    expect(isPlateCandidate('1', true)).toBe(false);
    expect(isPlateCandidate('ABCDEF123456', true)).toBe(false);
  });

  it('are not read across a word of four letters or more, unless it is the whole text', () => {
    expect(isPlateCandidate('ROSU1983', false, true)).toBe(false);
    expect(isPlateCandidate('ABCD123', true, true)).toBe(true);
    expect(signal(recognizeVehicleText('ABCD 123'), 'PLATE')?.normalized).toEqual(['ABCD123']);
    expect(signal(recognizeVehicleText('Seen ABC 123 today'), 'PLATE')?.normalized).toEqual(['ABC123']);
  });

  it('are read from runs of at most 3 words', () => {
    const plates = signal(recognizeVehicleText('Seen: B MW 1234 at noon'), 'PLATE');
    expect(plates?.normalized).toEqual(expect.arrayContaining(['BMW1234', 'MW1234']));
    expect(plates?.typed).toContain('B MW 1234');
    expect(MAX_RUN_WORDS.PLATE).toBe(3);
    expect(signal(recognizeVehicleText('A B C 1'), 'PLATE')?.normalized).not.toContain('ABC1');
  });

  it('cannot make a long text produce thousands of candidates', () => {
    const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const words = Array.from({ length: 250 }, (_, index) => alphabet[(index * 7) % alphabet.length]);
    const count = recognizeVehicleText(words.join(' ')).reduce(
      (sum, found) =>
        sum +
        (found.kind === 'VIN'
          ? found.candidates
          : found.kind === 'PLATE'
            ? found.normalized
            : found.kind === 'PARTIAL_VIN'
              ? found.endings
              : found.typed
        ).length,
      0,
    );
    // At most one plate per run of 2 or 3 words; every run of up to 10 words was a candidate before. Typos: 8 a kind.
    expect(count).toBeLessThanOrEqual(2 * words.length + 16);
  });
});

describe('texts that hold no vehicle identifier', () => {
  it.each([
    'Anna Eriksson',
    'Eriksson',
    'Anna Maria Eriksson',
    'Anna Eriksson 1974',
    'Ștefan Roșu 1983',
    'Stefan Rosu 1983',
    'Иван Петров',
    'Олександр Шевченко 1988',
    'Ελένη Παπαδοπούλου',
    'ΝΙΚΟΣ',
    'محمد عبد الله',
    'cocaine',
    'Kokain',
    'кокаин',
    'resina de cannabis',
    'crystal meth',
  ])('give no signal, so no SQL: %p', (text) => {
    expect(recognizeVehicleText(text)).toEqual([]);
  });
});
