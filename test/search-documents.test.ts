import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { graphql } from './client';
import { ERIKSSON } from './fixtures';
import { normalizeDocumentNumber } from '../subgraphs/documents/src/search/normalize';

// Documents of this file: numbers start with DQ7, which no other test searches for (one is letters only).
const DOCS = {
  printed: { id: 'd0c5ea7c-0000-4000-8000-000000000001', number: 'DQ7-100 234', country: 'SE' },
  // The same number with I for 1: found by the number above only as an O/0–I/1 confusion.
  iForOne: { id: 'd0c5ea7c-0000-4000-8000-000000000002', number: 'DQ7I00234', country: 'SE' },
  oAndI: { id: 'd0c5ea7c-0000-4000-8000-000000000003', number: 'DQ7O5I80', country: 'SE' },
  passport: { id: 'd0c5ea7c-0000-4000-8000-000000000004', number: 'DQ7P12345', country: 'SE', holder: ERIKSSON.person },
  // Same number, other issuing state: an MRZ of the Swedish passport must not find it.
  finnishTwin: { id: 'd0c5ea7c-0000-4000-8000-000000000005', number: 'DQ7P12345', country: 'FI' },
  germanCard: { id: 'd0c5ea7c-0000-4000-8000-000000000006', number: 'DQ7C54321', country: 'DE' },
  belgianCard: { id: 'd0c5ea7c-0000-4000-8000-000000000007', number: 'DQ7 123 456 789', country: 'BE' },
  dutchPassport: { id: 'd0c5ea7c-0000-4000-8000-000000000008', number: 'DQ7U98765', country: 'NL' },
  // Recorded with a letter O where the MRZ has the digit 0.
  recordedWithO: { id: 'd0c5ea7c-0000-4000-8000-000000000009', number: 'DQ7PO0077', country: 'SE' },
  // German numbers are drawn from digits and consonants: some hold no digit at all.
  lettersOnly: { id: 'd0c5ea7c-0000-4000-8000-000000000010', number: 'CFGHJKLMN', country: 'DE' },
  // Typed with one typo in the tests of typos; nothing else here is one edit from it.
  typoTarget: { id: 'd0c5ea7c-0000-4000-8000-000000000011', number: 'DQ7T-48215', country: 'SE' },
  // Two numbers of a series of blanks: each is the other with one character changed.
  seriesFirst: { id: 'd0c5ea7c-0000-4000-8000-000000000012', number: 'DQ7S00051', country: 'SE' },
  seriesNext: { id: 'd0c5ea7c-0000-4000-8000-000000000013', number: 'DQ7S00052', country: 'SE' },
  // As short as a number is read: a typed number one typo from it must have six characters.
  short: { id: 'd0c5ea7c-0000-4000-8000-000000000015', number: 'DQ7K5', country: 'SE' },
  // The typo of typoTarget below, recorded by Germany for itself alone: Swedish officers may not see it.
  hiddenTypo: {
    id: 'd0c5ea7c-0000-4000-8000-000000000014',
    number: 'DQ7T48295',
    country: 'DE',
    sharing: 'OWNER_ONLY',
  },
} as const;

const SEARCH = `query($text: String!, $jurisdictions: [String!]) {
  searchDocuments(text: $text, jurisdictions: $jurisdictions, first: 20) {
    totalCount
    edges { score matchedOn { field kind value note } node { id number issuingCountry holder { id familyNameLatin } } }
  }
}`;
const UNIFIED_SEARCH = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');

async function search(text: string, jurisdictions?: string[]) {
  const { data, errors } = await graphql(SEARCH, { text, jurisdictions });
  expect(errors).toBeUndefined();
  return data.searchDocuments as { totalCount: number; edges: any[] };
}

// ICAO Doc 9303 check digit: weights 7, 3, 1; digits as themselves, A = 10 … Z = 35, filler = 0; sum modulo 10.
function checkDigit(field: string): string {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const char = field[i];
    const value = char === '<' ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += value * [7, 3, 1][i % 3];
  }
  return String(sum % 10);
}

const fill = (value: string, length: number) => value.padEnd(length, '<');
const BIRTH = '740321';
const EXPIRY = '300101';

/** A passport MRZ (TD3, 2 × 44) of Anna Eriksson with all check digits right. */
function td3(state: string, number: string): string[] {
  const numberPart = fill(number, 9) + checkDigit(fill(number, 9));
  const birth = BIRTH + checkDigit(BIRTH);
  const expiry = EXPIRY + checkDigit(EXPIRY);
  const personal = fill('', 15);
  const composite = checkDigit(numberPart + birth + expiry + personal);
  return [
    fill(`P<${fill(state, 3)}ERIKSSON<<ANNA`, 44),
    `${numberPart}${fill(state, 3)}${birth}F${expiry}${personal}${composite}`,
  ];
}

/** An identity-card MRZ (TD1, 3 × 30); a number over nine characters continues in the optional data. */
function td1(state: string, number: string): string[] {
  const upper =
    number.length > 9
      ? `${number.slice(0, 9)}<${fill(number.slice(9) + checkDigit(`${number.slice(0, 9)}<${number.slice(9)}`), 15)}`
      : `${fill(number, 9)}${checkDigit(fill(number, 9))}${fill('', 15)}`;
  const middle = `${BIRTH}${checkDigit(BIRTH)}F${EXPIRY}${checkDigit(EXPIRY)}${fill(state, 3)}${fill('', 11)}`;
  const composite = checkDigit(upper + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29));
  return [`ID${fill(state, 3)}${upper}`, middle + composite, fill('ERIKSSON<<ANNA', 30)];
}

let db: Client;

beforeAll(async () => {
  db = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await db.connect();
  for (const [key, doc] of Object.entries(DOCS)) {
    await db.query(
      `INSERT INTO documents.document (id, owner_jurisdiction, owner_agency_code, owner_agency_name, national_reference,
         number, number_normalized, type, issuing_country, status, holder_id, sharing)
       VALUES ($1, $2, $3, 'POL', $4, $5, $6, 'PASSPORT', $7, 'STOLEN_FROM_HOLDER', $8, $9)`,
      [
        doc.id,
        doc.country,
        `${doc.country}-POL`,
        `DQ7-${key}`,
        doc.number,
        normalizeDocumentNumber(doc.number),
        doc.country,
        'holder' in doc ? doc.holder : null,
        'sharing' in doc ? doc.sharing : 'ALL_JURISDICTIONS',
      ],
    );
  }
});

afterAll(async () => {
  await db.query('DELETE FROM documents.document WHERE id = ANY($1)', [Object.values(DOCS).map((doc) => doc.id)]);
  await db.end();
});

describe('searchDocuments: document numbers', () => {
  it('finds a number typed as printed: EXACT, 1.0', async () => {
    const { edges } = await search('DQ7-100 234');
    expect(edges[0]).toMatchObject({
      score: 1,
      matchedOn: [{ field: 'number', kind: 'EXACT', value: 'DQ7-100 234', note: null }],
      node: { id: DOCS.printed.id },
    });
  });

  it.each(['dq7100234', 'DQ7 100 234', 'dq7-100-234', 'Anna Eriksson DQ7 100234'])(
    'compares %p without spaces, dashes and case: NORMALIZED, 1.0',
    async (text) => {
      const { edges } = await search(text);
      expect(edges[0]).toMatchObject({
        score: 1,
        matchedOn: [{ field: 'number', kind: 'NORMALIZED', value: 'DQ7-100 234' }],
        node: { id: DOCS.printed.id },
      });
    },
  );

  it('tolerates O/0 and I/1 confusion with a lower score, FUZZY, ranked below the exact hit', async () => {
    const { edges } = await search('DQ7100234');
    expect(edges.map((edge) => edge.node.id)).toEqual([DOCS.printed.id, DOCS.iForOne.id]);
    // The exact hit is not also reported as a confusion.
    expect(edges[0].matchedOn).toEqual([{ field: 'number', kind: 'NORMALIZED', value: 'DQ7-100 234', note: null }]);
    expect(edges[1]).toMatchObject({
      score: 0.9,
      matchedOn: [{ field: 'number', kind: 'FUZZY', value: 'DQ7I00234', note: 'O/0 or I/1 read differently' }],
    });
  });

  it.each(['DQ705180', 'dq7 o5i8o'])('finds DQ7O5I80 from %p only as a confusion', async (text) => {
    const { edges } = await search(text);
    expect(edges).toEqual([
      {
        score: 0.9,
        matchedOn: [{ field: 'number', kind: 'FUZZY', value: 'DQ7O5I80', note: 'O/0 or I/1 read differently' }],
        node: expect.objectContaining({ id: DOCS.oAndI.id }),
      },
    ]);
  });

  it('never ranks a weak match above an exact one', async () => {
    const { edges } = await search('DQ705180 DQ7-100 234');
    // Equal scores: the most recently written first (oAndI was inserted after iForOne).
    expect(edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [DOCS.printed.id, 1],
      [DOCS.oAndI.id, 0.9],
      [DOCS.iForOne.id, 0.9],
    ]);
  });
});

describe('searchDocuments: equal scores', () => {
  const order = async () =>
    (await search('DQ7P12345')).edges
      .map((edge: { node: { id: string } }) => edge.node.id)
      .filter((id: string) => id === DOCS.passport.id || id === DOCS.finnishTwin.id);
  const touched = (id: string, at: string) =>
    db.query('UPDATE documents.document SET updated_at = $2 WHERE id = $1', [id, at]);

  it('come most recently updated first, then by owner and reference, never by the random id', async () => {
    await touched(DOCS.passport.id, '2026-05-01T00:00:00Z');
    await touched(DOCS.finnishTwin.id, '2026-05-01T00:00:00Z');
    // Equal dates: FI before SE (the ids would put the Swedish one first).
    expect(await order()).toEqual([DOCS.finnishTwin.id, DOCS.passport.id]);
    await touched(DOCS.passport.id, '2026-06-01T00:00:00Z');
    expect(await order()).toEqual([DOCS.passport.id, DOCS.finnishTwin.id]);
  });
});

describe('searchDocuments: a number typed with one typo', () => {
  const fuzzy = (note: string) => ({
    score: 0.75,
    matchedOn: [{ field: 'number', kind: 'FUZZY', value: 'DQ7T-48215', note }],
    node: expect.objectContaining({ id: DOCS.typoTarget.id }),
  });

  it.each([
    ['one character wrong', 'DQ7T48295', 'one character differs: position 8, typed 9, recorded 1'],
    ['one character missing', 'DQ7T4825', 'a character missing: position 8, recorded 1'],
    ['one character extra', 'DQ7T448215', 'an extra character: position 6, typed 4'],
    ['two neighbours swapped', 'dq7t 84215', 'neighbours swapped at 5–6: typed 84, recorded 48'],
  ])('finds it with %s: FUZZY, 0.75, the note says where', async (_typo, text, note) => {
    expect((await search(text)).edges).toEqual([fuzzy(note)]);
  });

  it('scores a typo below the exact number and below an O/0–I/1 confusion', async () => {
    const { edges } = await search('DQ7T48295 DQ705180 DQ7-100 234');
    expect(edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].kind])).toEqual([
      [DOCS.printed.id, 1, 'EXACT'],
      [DOCS.oAndI.id, 0.9, 'FUZZY'],
      [DOCS.iForOne.id, 0.9, 'FUZZY'],
      [DOCS.typoTarget.id, 0.75, 'FUZZY'],
    ]);
  });

  it('reads a number with a typo only when no record holds it as typed: the exact hit first, its neighbours not', async () => {
    // DQ7S00052 is DQ7S00051 with one character changed, and the other way round.
    expect((await search('DQ7S00051')).edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [DOCS.seriesFirst.id, 1],
    ]);
    // Typed beside the exact number of another document, the typo ranks after it.
    const { edges } = await search('DQ7T48295 DQ7S00052');
    expect(edges.map((edge) => [edge.node.id, edge.score])).toEqual([
      [DOCS.seriesNext.id, 1],
      [DOCS.typoTarget.id, 0.75],
    ]);
    // A number of the series no record holds: both neighbours, each with its note.
    const series = await search('DQ7S00053');
    expect(series.edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].note])).toEqual([
      [DOCS.seriesNext.id, 0.75, 'one character differs: position 9, typed 3, recorded 2'],
      [DOCS.seriesFirst.id, 0.75, 'one character differs: position 9, typed 3, recorded 1'],
    ]);
  });

  it('does not let a record the officer may not see hide the typo hits, nor show itself', async () => {
    // DQ7T48295 is the German owner-only record's number: for a Swedish officer, a typo of DQ7T-48215.
    expect((await search('DQ7T48295')).edges.map((edge) => edge.node.id)).toEqual([DOCS.typoTarget.id]);
  });

  it('keeps to the requested jurisdictions and leaves numbers under six characters alone', async () => {
    expect((await search('DQ7T48295', ['FI'])).totalCount).toBe(0);
    expect((await search('DQ7T48295', ['SE'])).totalCount).toBe(1);
    // DQ7K6 is five characters long: too short to read with a typo; DQ7K55 is not.
    expect((await search('DQ7K6')).totalCount).toBe(0);
    expect((await search('DQ7K55')).edges).toEqual([
      expect.objectContaining({
        score: 0.75,
        matchedOn: [
          { field: 'number', kind: 'FUZZY', value: 'DQ7K5', note: 'an extra character: position 6, typed 5' },
        ],
      }),
    ]);
  });

  it('gives no hit to the checks: checkDocument and checkDocuments stay exact', async () => {
    const CHECKS = `query($number: String!, $items: [DocumentCheckInput!]!) {
      checkDocument(number: $number, issuingCountry: "SE") { hit matches { reference } }
      checkDocuments(items: $items) { hit matches { reference } }
    }`;
    const typos = ['DQ7T48295', 'DQ7T4825', 'DQ7T448215', 'DQ7T84215'];
    for (const number of typos) {
      const { data, errors } = await graphql(CHECKS, { number, items: [{ number, issuingCountry: 'SE' }] });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        checkDocument: { hit: false, matches: [] },
        checkDocuments: [{ hit: false, matches: [] }],
      });
    }
    // The number itself is a hit, in both.
    const { data } = await graphql(CHECKS, {
      number: 'DQ7T48215',
      items: [{ number: 'DQ7T48215', issuingCountry: 'SE' }],
    });
    expect(data.checkDocument).toEqual({ hit: true, matches: [{ reference: 'DQ7-typoTarget' }] });
    expect(data.checkDocuments).toEqual([data.checkDocument]);
  });
});

describe('searchDocuments: machine-readable zones', () => {
  it('finds a passport and, through the link, its holder from a pasted TD3 MRZ: number and country, 1.0', async () => {
    const { totalCount, edges } = await search(td3('SWE', 'DQ7P12345').join('\n'));
    // The Finnish document with the same number is another state's document.
    expect(totalCount).toBe(1);
    expect(edges[0]).toEqual({
      score: 1,
      matchedOn: [{ field: 'mrz', kind: 'EXACT', value: 'DQ7P12345', note: null }],
      node: {
        id: DOCS.passport.id,
        number: 'DQ7P12345',
        issuingCountry: 'SE',
        holder: { id: ERIKSSON.person, familyNameLatin: 'ERIKSSON' },
      },
    });
    // Typed as a number, both states' documents are found.
    expect((await search('DQ7P12345')).totalCount).toBe(2);
  });

  it('leads from an MRZ pasted into UnifiedSearch to the document and its holder', async () => {
    const { data, errors } = await graphql(UNIFIED_SEARCH, { text: td3('SWE', 'DQ7P12345').join(' ') });
    expect(errors).toBeUndefined();
    expect(data.documents.edges).toEqual([
      expect.objectContaining({
        score: 1,
        matchedOn: [{ field: 'mrz', kind: 'EXACT', value: 'DQ7P12345' }],
        node: expect.objectContaining({
          id: DOCS.passport.id,
          holder: expect.objectContaining({ id: ERIKSSON.person }),
        }),
      }),
    ]);
  });

  it.each([
    ['on separate lines', '\n'],
    ['separated by a space', ' '],
    ['run together', ''],
  ])('reads the MRZ with its lines %s', async (_how, separator) => {
    const { edges } = await search(td3('SWE', 'DQ7P12345').join(separator));
    expect(edges.map((edge) => [edge.node.id, edge.score])).toEqual([[DOCS.passport.id, 1]]);
  });

  it('reads a TD1 identity-card MRZ (German state code D): 1.0', async () => {
    const { edges } = await search(td1('D', 'DQ7C54321').join('\n'));
    expect(edges).toEqual([
      expect.objectContaining({
        score: 1,
        matchedOn: [{ field: 'mrz', kind: 'EXACT', value: 'DQ7C54321', note: null }],
        node: expect.objectContaining({ id: DOCS.germanCard.id }),
      }),
    ]);
  });

  it('reads a TD1 number continued in the optional data: NORMALIZED against the printed number, 1.0', async () => {
    const { edges } = await search(td1('BEL', 'DQ7123456789').join('\n'));
    expect(edges).toEqual([
      expect.objectContaining({
        score: 1,
        matchedOn: [{ field: 'mrz', kind: 'NORMALIZED', value: 'DQ7 123 456 789', note: null }],
        node: expect.objectContaining({ id: DOCS.belgianCard.id }),
      }),
    ]);
  });

  it('finds the document despite a wrong check digit, at a lower score, and says which digit is wrong', async () => {
    const [line1, line2] = td3('SWE', 'DQ7P12345');
    const found = line2[9];
    const misread = `${line2.slice(0, 9)}${(Number(found) + 1) % 10}${line2.slice(10)}`;
    const { edges } = await search(`${line1}\n${misread}`);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ score: 0.9, node: { id: DOCS.passport.id } });
    expect(edges[0].matchedOn).toEqual([
      {
        field: 'mrz',
        kind: 'EXACT',
        value: 'DQ7P12345',
        note: expect.stringContaining(
          `MRZ check digit of the document number is wrong (expected ${found}, found ${(Number(found) + 1) % 10})`,
        ),
      },
    ]);
    expect(edges[0].matchedOn[0].note).toContain('MRZ composite check digit is wrong');
  });

  it('reads a number whose check digit fails with the OCR confusion (S for 5) that its check digit confirms', async () => {
    const [line1, line2] = td3('SWE', 'DQ7P12345');
    const misread = `${line2.slice(0, 8)}S${line2.slice(9)}`;
    const { edges } = await search(`${line1}\n${misread}`);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ score: 0.85, node: { id: DOCS.passport.id } });
    expect(edges[0].matchedOn).toEqual([
      {
        field: 'mrz',
        kind: 'FUZZY',
        value: 'DQ7P12345',
        note: expect.stringContaining('MRZ document number read with 5 for S at position 9, as its check digit says'),
      },
    ]);
    expect(edges[0].matchedOn[0].note).toContain('MRZ check digit of the document number is wrong');
  });

  it('matches an issuing state that is no country (the ICAO specimen UTO) on the number alone, still 1.0', async () => {
    const { edges } = await search(td3('UTO', 'DQ7U98765').join('\n'));
    expect(edges).toEqual([
      expect.objectContaining({
        score: 1,
        matchedOn: [
          {
            field: 'mrz',
            kind: 'EXACT',
            value: 'DQ7U98765',
            note: 'issuing state UTO has no ISO 3166-1 country code: matched on the number alone',
          },
        ],
        node: expect.objectContaining({ id: DOCS.dutchPassport.id }),
      }),
    ]);
  });

  it('finds a record whose number differs from the MRZ only in O/0: FUZZY, below an exact MRZ match', async () => {
    const { edges } = await search(td3('SWE', 'DQ7P00077').join('\n'));
    expect(edges).toEqual([
      expect.objectContaining({
        score: 0.9,
        matchedOn: [{ field: 'mrz', kind: 'FUZZY', value: 'DQ7PO0077', note: 'O/0 or I/1 read differently' }],
        node: expect.objectContaining({ id: DOCS.recordedWithO.id }),
      }),
    ]);
  });

  it('searches an MRZ and a typed number side by side, the exact hits first', async () => {
    const { edges } = await search(`${td3('SWE', 'DQ7P12345').join('\n')}\nDQ705180`);
    expect(edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].field])).toEqual([
      [DOCS.passport.id, 1, 'mrz'],
      [DOCS.oAndI.id, 0.9, 'number'],
    ]);
  });

  it('reads two MRZs in one text, each with its own country and check digits', async () => {
    const wrongCheckDigit = td1('D', 'DQ7C54321');
    wrongCheckDigit[0] = wrongCheckDigit[0].slice(0, 14) + '0' + wrongCheckDigit[0].slice(15);
    const { edges } = await search(`${td3('SWE', 'DQ7P12345').join('\n')}\n${wrongCheckDigit.join('\n')}`);
    expect(edges.map((edge) => [edge.node.id, edge.score, edge.matchedOn[0].note])).toEqual([
      [DOCS.passport.id, 1, null],
      [DOCS.germanCard.id, 0.9, expect.stringContaining('check digit of the document number')],
    ]);
  });

  it('keeps to the requested jurisdictions', async () => {
    expect((await search(td3('SWE', 'DQ7P12345').join('\n'), ['FI'])).totalCount).toBe(0);
  });
});

describe('searchDocuments: text that holds no document number', () => {
  it.each(['Anna Eriksson', 'Anna Eriksson 1974', 'Ștefan Roșu 1983', 'cocaine', 'Олександр Шевченко'])(
    'gives %p no document hits',
    async (text) => {
      expect(await search(text)).toEqual({ totalCount: 0, edges: [] });
    },
  );

  it('still finds a number of letters only, alone or beside a name', async () => {
    for (const text of ['cfghjklmn', 'Anna Eriksson CFGHJKLMN']) {
      const { edges } = await search(text);
      expect(edges.map((edge) => [edge.node.id, edge.score])).toEqual([[DOCS.lettersOnly.id, 1]]);
    }
  });
});
