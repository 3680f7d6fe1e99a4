import { countryOfIcaoCode } from '../../shared/icao-codes';
import { findMrz, mrzCheckDigit } from '../../shared/mrz';
import { confusableDocumentNumber, normalizeDocumentNumber } from '../../subgraphs/documents/src/search/normalize';
import { recognizeDocumentText } from '../../subgraphs/documents/src/search/recognize';

// ICAO Doc 9303 specimens (issuing state UTO, "Utopia"), all check digits valid.
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
// TD1 with a 12-character number: nine in the number field, a filler, the rest and its check digit in optional data.
const TD1 = ['I<UTOD23145890<7349<<<<<<<<<<<', '3407127M9507122UTO<<<<<<<<<<<2', 'STEVENSON<<PETER<JOHN<<<<<<<<<'];
// A Swedish passport and a German identity card (ICAO code `D`), check digits computed for these test values.
const SWEDISH_TD3 = ['P<SWEERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<', 'DQ7P123454SWE7403219F3001019<<<<<<<<<<<<<<<8'];
const GERMAN_TD1 = [
  'IDD<<DQ7C543217<<<<<<<<<<<<<<<',
  '7403219F3001019D<<<<<<<<<<<<<2',
  'ERIKSSON<<ANNA<<<<<<<<<<<<<<<<',
];

describe('document numbers', () => {
  it('are compared without spaces, dashes and case', () => {
    expect(normalizeDocumentNumber('x-1234 567')).toBe('X1234567');
    expect(normalizeDocumentNumber('BE 123-4567890-12')).toBe('BE123456789012');
  });

  it('read O as 0 and I as 1 in their confusable form, like the generated column', () => {
    expect(confusableDocumentNumber('DQ7O5I80')).toBe('DQ705180');
    expect(confusableDocumentNumber('X1234567')).toBe('X1234567');
  });
});

describe('ICAO issuing-state codes', () => {
  it.each([
    ['SWE', 'SE'],
    ['D', 'DE'],
    ['D<<', 'DE'],
    ['GBD', 'GB'],
    ['RKS', 'XK'],
    ['BEL', 'BE'],
  ])('%s is %s', (code, country) => {
    expect(countryOfIcaoCode(code)).toBe(country);
  });

  it.each(['UTO', 'XXA', 'UNO', 'EUE', 'constructor', ''])('%p names no country', (code) => {
    expect(countryOfIcaoCode(code)).toBeNull();
  });
});

describe('MRZ in free text', () => {
  it.each([
    ['lines on their own lines', TD3.join('\n')],
    ['lines separated by a space', TD3.join(' ')],
    ['lines run together', TD3.join('')],
    ['lower case, with CRLF', TD3.join('\r\n').toLowerCase()],
  ])('reads a TD3 with %s', (_how, text) => {
    expect(findMrz(text)).toEqual({
      reading: {
        format: 'TD3',
        documentCode: 'P',
        number: 'L898902C3',
        issuingState: 'UTO',
        // The specimen state is no country, and that is no check-digit failure.
        issuingCountry: null,
        failedCheckDigits: [],
        // The holder, for the persons search: ICAO's specimen Anna Maria Eriksson, born 12 August 1974.
        holder: { familyName: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: { year: 1974, month: 8, day: 12 } },
        numberRepairs: [],
      },
      rest: '',
    });
  });

  it('reads TD2 and TD1, a TD1 number continued in the optional data included', () => {
    expect(findMrz(TD2.join('\n'))?.reading).toMatchObject({
      format: 'TD2',
      number: 'D23145890',
      failedCheckDigits: [],
    });
    expect(findMrz(TD1.join('\n'))?.reading).toMatchObject({
      format: 'TD1',
      documentCode: 'I',
      number: 'D23145890734',
      failedCheckDigits: [],
    });
  });

  it('maps the issuing state to the ISO country the records hold', () => {
    expect(findMrz(SWEDISH_TD3.join('\n'))?.reading).toMatchObject({
      number: 'DQ7P12345',
      issuingState: 'SWE',
      issuingCountry: 'SE',
      failedCheckDigits: [],
    });
    expect(findMrz(GERMAN_TD1.join(''))?.reading).toMatchObject({
      format: 'TD1',
      documentCode: 'ID',
      number: 'DQ7C54321',
      issuingState: 'D',
      issuingCountry: 'DE',
      failedCheckDigits: [],
    });
  });

  it('finds the MRZ among other words and hands the rest on', () => {
    expect(findMrz(`Anna ${TD3[0]} ${TD3[1]} X1234567`)).toMatchObject({
      reading: { number: 'L898902C3' },
      rest: 'Anna X1234567',
    });
  });

  it('names each failed check digit with the digit expected and the digit found', () => {
    const misread = TD3[1].replace('L898902C36', 'L898902C37');
    expect(findMrz(`${TD3[0]}\n${misread}`)?.reading).toMatchObject({
      number: 'L898902C3',
      failedCheckDigits: [
        {
          field: 'documentNumberCheckDigit',
          note: 'MRZ check digit of the document number is wrong (expected 6, found 7)',
        },
        { field: 'compositeCheckDigit', note: 'MRZ composite check digit is wrong (expected 7, found 0)' },
      ],
    });
    const wrongBirth = SWEDISH_TD3[1].replace('7403219', '7403213');
    expect(findMrz(`${SWEDISH_TD3[0]}\n${wrongBirth}`)?.reading.failedCheckDigits.map((f) => f.note)).toEqual([
      'MRZ check digit of the date of birth is wrong (expected 9, found 3)',
      'MRZ composite check digit is wrong (expected 0, found 8)',
    ]);
  });

  it('reads a number whose check digit fails with each OCR confusion the check digit confirms (Z for 2)', () => {
    const misread = TD3[1].replace('L898902C36', 'L89890ZC36');
    expect(findMrz(`${TD3[0]}\n${misread}`)?.reading).toMatchObject({
      number: 'L89890ZC3',
      numberRepairs: expect.arrayContaining([
        {
          number: 'L898902C3',
          note: 'MRZ document number read with 2 for Z at position 7, as its check digit says',
        },
      ]),
    });
    // O/0 and I/1 are matched by the confusable column, and a number whose check digit holds is not repaired.
    expect(findMrz(`${TD3[0]}\n${TD3[1].replace('L898902C36', 'L8989O2C36')}`)?.reading.numberRepairs).toEqual([]);
    expect(findMrz(TD3.join('\n'))?.reading.numberRepairs).toEqual([]);
    // Every repair it offers satisfies the check digit printed after the number.
    for (const repair of findMrz(`${TD3[0]}\n${misread}`)!.reading.numberRepairs)
      expect(mrzCheckDigit(repair.number.padEnd(9, '<'))).toBe(6);
  });

  it('does not hold a visa to the personal number and composite check digits it does not have', () => {
    const visa = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'];
    expect(findMrz(visa.join('\n'))?.reading).toMatchObject({
      documentCode: 'V',
      number: 'L8988901C',
      failedCheckDigits: [],
    });
  });

  it.each([
    ['a plain number', 'X1234567'],
    ['one MRZ line only', TD3[1]],
    ['a line cut short', `${TD3[0]}\n${TD3[1].slice(0, 43)}`],
    ['the right length but no document code', `${'X'.repeat(43)}<\n${'B'.repeat(44)}`],
  ])('is not fooled by %s', (_what, text) => {
    expect(findMrz(text)).toBeNull();
  });
});

describe('document text recognizer', () => {
  it('reads an MRZ as an MRZ only: its lines give no number candidates', () => {
    expect(recognizeDocumentText(TD3.join('\n'))).toEqual([
      { kind: 'MRZ', mrz: expect.objectContaining({ number: 'L898902C3' }) },
    ]);
  });

  it('reads numbers beside an MRZ', () => {
    const signals = recognizeDocumentText(`${SWEDISH_TD3.join('\n')}\nX1234567`);
    expect(signals.map((signal) => signal.kind)).toEqual(['MRZ', 'NUMBER', 'CONFUSABLE_NUMBER', 'NUMBER_TYPO']);
    expect(signals[1]).toMatchObject({ kind: 'NUMBER', normalized: ['X1234567'] });
    expect(signals[3]).toEqual({ kind: 'NUMBER_TYPO', typed: ['X1234567'] });
  });

  it('reads a number typed in groups among other words', () => {
    const [number] = recognizeDocumentText('Anna Eriksson X 1234 567');
    expect(number).toMatchObject({ kind: 'NUMBER', typed: expect.arrayContaining(['X 1234 567']) });
    expect(number.kind === 'NUMBER' && number.normalized).toContain('X1234567');
  });

  it('reads O/0 and I/1 variants of candidates that hold a digit, not of words', () => {
    const signals = recognizeDocumentText('Eriksson dq7 o5i8o');
    const confusable = signals.find((signal) => signal.kind === 'CONFUSABLE_NUMBER');
    expect(confusable).toMatchObject({ confusable: expect.arrayContaining(['DQ705180']) });
    expect(confusable?.kind === 'CONFUSABLE_NUMBER' && confusable.confusable).not.toContain('ER1KSS0N');
  });

  it('finds nothing to search in text without a possible number', () => {
    expect(recognizeDocumentText('Anna')).toEqual([]);
    expect(recognizeDocumentText('   ')).toEqual([]);
  });

  it.each([
    'Anna Eriksson',
    'Eriksson',
    'Anna Eriksson 1974',
    'Ștefan Roșu 1983',
    'Stefan Rosu 1983',
    'Andersson',
    'Олександр Шевченко',
    'Ελένη Παπαδοπούλου',
    'محمد عبد الله',
    'cocaine',
    'кокаин',
    'resina de cannabis',
    'Benzoylmethylecgonine',
  ])('reads no number in names, years and substance words, so sends no SQL: %p', (text) => {
    expect(recognizeDocumentText(text)).toEqual([]);
  });

  it('reads a number of 9 letters without I, O and Q, as German and French ones can be, and no confusion of it', () => {
    expect(recognizeDocumentText('CFGHJKLMN')).toEqual([
      { kind: 'NUMBER', normalized: ['CFGHJKLMN'], typed: ['CFGHJKLMN'] },
    ]);
    expect(recognizeDocumentText('Anna Eriksson cfghjklmn')).toEqual([
      { kind: 'NUMBER', normalized: ['CFGHJKLMN'], typed: ['cfghjklmn'] },
    ]);
  });

  it('reads groups of a printed number, not a name beside a number', () => {
    const [number] = recognizeDocumentText('Eriksson AB 123456');
    expect(number).toMatchObject({ kind: 'NUMBER', typed: ['AB 123456', '123456'] });
  });
});
