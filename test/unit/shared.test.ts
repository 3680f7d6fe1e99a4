import { encodeCursor, parsePage, toConnection } from '../../shared/pagination';
import { parseCountry, parseId, parseJurisdictions, parsePartialDate } from '../../shared/validation';
import { inKeyOrder, groupedInKeyOrder } from '../../shared/loaders';
import { AuditTrail } from '../../shared/audit';
import { recognizePersonText } from '../../subgraphs/persons/src/search/recognize';

describe('pagination', () => {
  it('turns first/after into limit/offset and back into cursors', () => {
    expect(parsePage(undefined, undefined)).toEqual({ limit: 20, offset: 0 });
    expect(parsePage(10, encodeCursor(9))).toEqual({ limit: 10, offset: 10 });
    const audit = new AuditTrail();
    const connection = toConnection(
      audit,
      [{ id: 'a' }, { id: 'b' }],
      { totalCount: 5, totalCountCapped: false },
      { limit: 2, offset: 2 },
    );
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect([...audit.recordIds]).toEqual(['a', 'b']);
  });

  it.each([0, -1, 101, 1.5])('refuses first = %p', (first) => {
    expect(() => parsePage(first, undefined)).toThrow(/first must be between 1 and 100/);
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => parsePage(10, 'garbage')).toThrow(/not a cursor/);
  });
});

describe('validation', () => {
  it('accepts UUIDs in any case and refuses anything else', () => {
    expect(parseId('0A9B1C2D-0000-4000-8000-000000000001')).toBe('0a9b1c2d-0000-4000-8000-000000000001');
    expect(() => parseId("1' OR '1'='1")).toThrow(/must be a UUID/);
  });

  it('knows the member jurisdictions and the ISO country codes', () => {
    expect(parseJurisdictions(['se', 'DE'])).toEqual(['SE', 'DE']);
    expect(() => parseJurisdictions(['XX'])).toThrow(/unknown jurisdiction code 'XX'/);
    expect(parseCountry('br', 'c')).toBe('BR');
    expect(() => parseCountry('QQ', 'c')).toThrow(/not an ISO 3166-1 alpha-2/);
  });

  it('reads full and partial dates and refuses impossible ones', () => {
    expect(parsePartialDate('1974', 'd')).toEqual({ year: 1974 });
    expect(parsePartialDate('1974-03', 'd')).toEqual({ year: 1974, month: 3 });
    expect(parsePartialDate('1974-03-21', 'd')).toEqual({ year: 1974, month: 3, day: 21 });
    expect(() => parsePartialDate('1974-02-30', 'd')).toThrow(/not a calendar date/);
    // JavaScript would read 0083 as 1983: a check must not hit a person born in 1983 for it.
    expect(() => parsePartialDate('0083', 'd')).toThrow(/from 1800/);
    expect(() => parsePartialDate('0000-01-01', 'd')).toThrow(/from 1800/);
    expect(() => parsePartialDate('21/03/74', 'd')).toThrow(/YYYY/);
  });
});

describe('loader helpers', () => {
  it('return rows in key order with null or an empty list for unknown keys', () => {
    const rows = [
      { id: 'b', owner: 'x' },
      { id: 'a', owner: 'x' },
      { id: 'c', owner: 'y' },
    ];
    expect(inKeyOrder(['a', 'z', 'b'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
    expect(groupedInKeyOrder(['y', 'q', 'x'], rows, (row) => row.owner)).toEqual([[rows[2]], [], [rows[0], rows[1]]]);
  });
});

describe('person text recognizer', () => {
  it('splits a name from a date of birth and leaves identifiers to the other subgraphs', () => {
    expect(recognizePersonText('Anna Eriksson 1974')).toEqual({ name: 'ANNA ERIKSSON', dateOfBirth: { year: 1974 } });
    expect(recognizePersonText('Müller, Jürgen 21.03.1974 X1234567')).toEqual({
      name: 'MULLER JURGEN',
      dateOfBirth: { year: 1974, month: 3, day: 21 },
    });
    expect(recognizePersonText('Παπαδόπουλος')).toEqual({ name: expect.stringMatching(/^PAPADOPO/) });
  });
});
