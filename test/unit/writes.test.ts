import { InputReader } from '../../shared/input';
import { parseProvenance, sameValue } from '../../shared/writes';
import { DOCUMENT_KIND } from '../../subgraphs/documents/src/writes';
import type { DocumentEntity } from '../../subgraphs/documents/src/entities';
import { VEHICLE_KIND } from '../../subgraphs/vehicles/src/writes';

const MRZ = 'P<D<<MUELLER<<JONAS<<<<<<<<<<<<<<<<<<<<<<<<<\nC4J7R2K915D<<8506140M3103094<<<<<<<<<<<<<<<0';
const noManager = { manager: undefined as never };

function refusal(work: () => unknown): { message: string; argument: unknown } {
  try {
    work();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { message, argument: extensions.argument };
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('InputReader', () => {
  it('reads raw JSON values as GraphQL would have typed them, naming the field of every refusal', () => {
    const input = InputReader.of(
      {
        text: '  Bonn ',
        empty: ' ',
        n: 3,
        ids: ['0A9B1C2D-0000-4000-8000-000000000001', '0a9b1c2d-0000-4000-8000-000000000001'],
      },
      'record',
    );
    expect(input.string('text')).toBe('Bonn');
    expect(input.string('empty')).toBeNull();
    expect(input.string('missing')).toBeNull();
    expect(input.ids('ids', { max: 5 })).toEqual(['0a9b1c2d-0000-4000-8000-000000000001']);
    expect(refusal(() => input.string('n'))).toEqual({ message: 'record.n must be a string', argument: 'record.n' });
    expect(refusal(() => input.string('missing', { required: true })).argument).toBe('record.missing');
    expect(refusal(() => input.onlyFields(['text'], 'a test record')).argument).toBe('record.empty');
  });

  it('checks countries, jurisdictions, calendar dates and instants', () => {
    const input = InputReader.of(
      { country: 'se', list: ['fi', 'NO'], bad: ['ZZ'], date: '2024-02-30', at: '2030-01-31', when: 'tomorrow' },
      'input',
    );
    expect(input.country('country')).toBe('SE');
    expect(input.countries('list', { jurisdictionsOnly: true })).toEqual(['FI', 'NO']);
    expect(refusal(() => input.countries('bad')).message).toContain('input.bad[0] must be an ISO 3166-1');
    expect(refusal(() => input.date('date')).message).toBe("input.date is not a calendar date: '2024-02-30'");
    expect(input.dateTime('at')).toEqual(new Date('2030-01-31T00:00:00Z'));
    expect(refusal(() => input.dateTime('when')).argument).toBe('input.when');
  });
});

describe('provenance input', () => {
  it('defaults to H0 shared with all, reliability X, accuracy 4', () => {
    expect(parseProvenance(InputReader.of({ nationalReference: 'DE-1' }, 'input'), 'DE')).toEqual({
      nationalReference: 'DE-1',
      handlingCode: 'H0',
      sharing: 'ALL_JURISDICTIONS',
      sharedWith: [],
      reliability: 'X',
      accuracy: 4,
      reviewAt: null,
      expiresAt: null,
    });
  });

  it.each([
    [{ handling: { sharing: 'LISTED_JURISDICTIONS' } }, 'input.handling.sharedWith'],
    [{ handling: { sharing: 'OWNER_ONLY', sharedWith: ['FR'] } }, 'input.handling.sharedWith'],
    [{ handling: { sharing: 'LISTED_JURISDICTIONS', sharedWith: ['DE'] } }, 'input.handling.sharedWith'],
    [{ handling: { code: 'H5' } }, 'input.handling.code'],
    [{ nationalReference: '-leading dash' }, 'input.nationalReference'],
    [{ expiresAt: '2001-01-01T00:00:00Z' }, 'input.expiresAt'],
  ])('refuses %j', (override, argument) => {
    const input = InputReader.of({ nationalReference: 'DE-1', ...override }, 'input');
    expect(refusal(() => parseProvenance(input, 'DE')).argument).toBe(argument);
  });
});

describe('record kinds', () => {
  const document = {
    number: 'C4J7R2K91',
    type: 'PASSPORT',
    issuingCountry: 'DE',
    issueDate: '2021-03-10',
    expiryDate: '2031-03-09',
    status: 'LOST',
  };

  it('store an MRZ one line per line, and parse what toInput gives back unchanged', () => {
    const { columns } = DOCUMENT_KIND.parse(
      InputReader.of({ ...document, mrz: MRZ.replace('\n', ' ').toLowerCase() }, 'input'),
      noManager,
    ) as { columns: Partial<DocumentEntity> };
    expect(columns).toMatchObject({ mrz: MRZ, numberNormalized: 'C4J7R2K91', holderId: null, lossPlace: null });
    const again = DOCUMENT_KIND.parse(
      InputReader.of(DOCUMENT_KIND.toInput(columns as DocumentEntity, {}), 'input'),
      noManager,
    ) as { columns: Partial<DocumentEntity> };
    expect(sameValue(again.columns, columns)).toBe(true);
  });

  it.each([
    [{ mrz: MRZ.replace('C4J7R2K915', 'C4J7R2K916') }, /check digit of the document number is wrong/],
    [{ mrz: MRZ, number: 'C4J7R2K92' }, /holds document number C4J7R2K91, not C4J7R2K92/],
    [{ mrz: MRZ, issuingCountry: 'AT' }, /names issuing state D \(DE\), not AT/],
  ])('refuse an MRZ that does not fit the document (%#)', (override, message) => {
    const refused = refusal(() =>
      DOCUMENT_KIND.parse(InputReader.of({ ...document, ...override }, 'input'), noManager),
    );
    expect(refused.argument).toBe('input.mrz');
    expect(refused.message).toMatch(message);
  });

  it('refuse vehicles without an identifier, plates without a country and VINs holding I, O or Q', () => {
    const vehicle = { type: 'CAR', make: 'Audi', status: 'STOLEN' };
    const parse = (input: object) => () =>
      VEHICLE_KIND.parse(InputReader.of({ ...vehicle, ...input }, 'input'), noManager);
    expect(refusal(parse({})).argument).toBe('input.vin');
    expect(refusal(parse({ registrationPlate: 'B-MW 1' })).argument).toBe('input.registrationCountry');
    expect(refusal(parse({ vin: 'WAUZZZ4G0KN00000O' })).argument).toBe('input.vin');
    // Hull and serial numbers, and VINs of other lengths, are the owner's to record.
    expect(parse({ vin: 'BF60-1004-77' })()).toMatchObject({ columns: { vinNormalized: 'BF60100477' } });
  });
});

describe('sameValue', () => {
  it('compares stored and validated values', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00.000Z'))).toBe(true);
    expect(sameValue(['FI', 'SE'], ['SE', 'FI'])).toBe(false);
    expect(sameValue(2.5, 2.5)).toBe(true);
    expect(sameValue('', null)).toBe(false);
  });
});
