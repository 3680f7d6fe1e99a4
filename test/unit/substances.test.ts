import { Client } from 'pg';
import { CATALOGUE_NAMES, SUBSTANCE_CATALOGUE } from '../../subgraphs/substances/src/catalogue';
import { recognizeSeizureText } from '../../subgraphs/substances/src/search/recognize';
import { matchSubstances, type SubstanceMatch } from '../../subgraphs/substances/src/search/substance-match';
import { SIMILARITY_THRESHOLD, similarity, trigramsOf } from '../../subgraphs/substances/src/search/trigram';
import { typos } from '../eval/names';

// A Swedish passport's MRZ, check digits computed (as in documents.test.ts).
const SWEDISH_TD3 = 'P<SWEERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nDQ7P123454SWE7403219F3001019<<<<<<<<<<<<<<<8';

// The kinds of text a unified search sends every subgraph, beside the catalogue's own names and their typos.
const TYPICAL_TEXTS = [
  'Anna Eriksson',
  'Anna Eriksson 1974',
  'Ștefan Roșu 1983',
  'Олександр Шевченко',
  'Ελένη Παπαδοπούλου',
  'محمد عبد الله',
  'YV1SW61R021234567',
  'WVW ZZZ 1JZ XW 000001',
  'X1234567',
  'ABC 123',
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
  'P<POLWROBEL<<MARTA',
  SWEDISH_TD3,
  'Anna Eriksson X1234567 YV1SW61R021234567 cocaine',
  'resina de cannabis',
  'cocaine hydrochloride 2 kg',
  'heroine',
  'metamfetamin kristall',
  'crystal meth',
  'Charlie Brown',
  'snow white',
  'Schnee Koks',
  'кокаин гидрохлорид',
  'speed pills',
  'MDMA tabletter',
  '2C-B',
  '50-36-2',
  'ecstasy',
  'hash',
  'weed and skunk',
];

const TEXTS = [
  ...TYPICAL_TEXTS,
  ...CATALOGUE_NAMES.map((name) => name.name),
  // Typos of every third Latin name: the FUZZY branch's cases.
  ...CATALOGUE_NAMES.filter((name, i) => i % 3 === 0 && /^[a-z ]+$/i.test(name.name)).flatMap((name) =>
    typos(name.name).slice(0, 4),
  ),
];

let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
});

afterAll(() => client.end());

describe('seizure text recognizer', () => {
  it('weighs each term by how much of the text it covers, so a whole phrase beats one of its words', () => {
    const { terms, coverage } = recognizeSeizureText('resina de cannabis');
    const weight = Object.fromEntries(terms.map((term, i) => [term, coverage[i]]));
    expect(weight['RESINA DE CANNABIS']).toBe(1);
    expect(weight.CANNABIS).toBeLessThan(weight['RESINA DE CANNABIS']);
    expect(weight.DE).toBeUndefined();
  });

  it('keeps CAS numbers with a valid check digit and ignores tokens without letters', () => {
    expect(recognizeSeizureText('50-36-2 50-36-3 1974 cocaine')).toEqual({
      casNumbers: ['50-36-2'],
      terms: ['COCAINE'],
      coverage: [1],
    });
  });
});

describe('trigram similarity, as pg_trgm computes it', () => {
  it('extracts the trigrams of padded, lower-cased words', () => {
    expect([...trigramsOf('2C B')].sort()).toEqual(['  2', '  b', ' 2c', ' b ', '2c ']);
  });

  it('gives what PostgreSQL gives for every term of typical texts against every catalogue name', async () => {
    const terms = [...new Set(TYPICAL_TEXTS.flatMap((text) => recognizeSeizureText(text).terms))];
    const pairs = terms.flatMap((term) => CATALOGUE_NAMES.map((name) => [term, name.normalized] as const));
    expect(pairs.length).toBeGreaterThan(10_000);
    const { rows } = await client.query<{ similarity: number; similar: boolean }>(
      `SELECT similarity(a, b)::float8 AS similarity, a % b AS similar
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS pair(a, b, position) ORDER BY position`,
      [pairs.map(([a]) => a), pairs.map(([, b]) => b)],
    );
    const ours = pairs.map(([a, b]) => ({
      similarity: similarity(a, b),
      similar: similarity(a, b) >= SIMILARITY_THRESHOLD,
    }));
    expect(ours).toEqual(rows);
    // Not a vacuous comparison: the pairs span both sides of the threshold.
    expect(rows.filter((row) => row.similar).length).toBeGreaterThan(50);
  });
});

/**
 * The catalogue match as SQL did it before it moved into memory (on `substances.substance_name`, loaded from the
 * same catalogue by the fixtures), for many texts at once: the reference the in-memory match must equal, score for
 * score. Returns each text's matches by substance id.
 */
async function matchedInSql(texts: string[]): Promise<SubstanceMatch[][]> {
  const queries = texts.map((text) => recognizeSeizureText(text));
  const column = <T>(values: (query: (typeof queries)[number]) => T[]) =>
    queries.flatMap((query, textIndex) => values(query).map((value) => [textIndex, value] as const));
  const terms = column((query) => query.terms.map((term, i) => [term, query.coverage[i]] as const));
  const casNumbers = column((query) => query.casNumbers);
  const { rows } = await client.query<{ text: number } & SubstanceMatch>(
    `WITH t AS (SELECT * FROM unnest($3::int[], $4::varchar[], $5::float8[]) AS t(text, term, coverage)),
     reasons (text, substance_id, score, field, kind, value) AS (
       SELECT cas.text, c.id, 1.0::float8, 'substance.casNumber', 'EXACT', c.cas_number
         FROM unnest($1::int[], $2::varchar[]) AS cas(text, number)
         JOIN substances.substance c ON c.cas_number = cas.number
       UNION ALL
       SELECT t.text, n.substance_id,
              ((CASE n.kind WHEN 'NAME' THEN 1.0 WHEN 'SYNONYM' THEN 0.95 ELSE 0.85 END) * t.coverage)::float8,
              CASE n.kind WHEN 'NAME' THEN 'substance.name' ELSE 'substance.names' END,
              CASE n.kind WHEN 'NAME' THEN 'EXACT' ELSE 'SYNONYM' END, n.name
         FROM t JOIN substances.substance_name n ON n.normalized = t.term
       UNION ALL
       SELECT t.text, n.substance_id,
              (similarity(n.normalized, t.term) * 0.9
                * (CASE n.kind WHEN 'NAME' THEN 1.0 WHEN 'SYNONYM' THEN 0.95 ELSE 0.85 END) * t.coverage)::float8,
              CASE n.kind WHEN 'NAME' THEN 'substance.name' ELSE 'substance.names' END, 'FUZZY', n.name
         FROM t JOIN substances.substance_name n ON n.normalized % t.term)
     SELECT DISTINCT ON (text, substance_id) text, substance_id AS "substanceId", score, field, kind, value
       FROM reasons ORDER BY text, substance_id, score DESC, kind = 'EXACT' DESC, value`,
    [
      casNumbers.map(([text]) => text),
      casNumbers.map(([, number]) => number),
      terms.map(([text]) => text),
      terms.map(([, [term]]) => term),
      terms.map(([, [, coverage]]) => coverage),
    ],
  );
  return texts.map((_text, textIndex) =>
    rows.filter((row) => row.text === textIndex).map(({ text: _, ...match }) => match),
  );
}

const bySubstance = (matches: SubstanceMatch[]) =>
  [...matches].sort((a, b) => (a.substanceId < b.substanceId ? -1 : 1));

describe('catalogue match in memory', () => {
  it('holds each name of a substance in a language once, as the table it stands in for', () => {
    const keys = CATALOGUE_NAMES.map((name) => `${name.substance_id} ${name.language} ${name.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(CATALOGUE_NAMES.map((name) => name.substance_id)).size).toBe(SUBSTANCE_CATALOGUE.length);
  });

  it(`matches exactly as the SQL did: substances, scores, fields, kinds and values (${TEXTS.length} texts)`, async () => {
    const expected = await matchedInSql(TEXTS);
    const ours = TEXTS.map((text) => bySubstance(matchSubstances(recognizeSeizureText(text))));
    expect(ours).toEqual(expected);
    // Not a vacuous comparison: most texts match, through every kind of reason.
    expect(expected.filter((matches) => matches.length).length).toBeGreaterThan(CATALOGUE_NAMES.length);
    expect(new Set(expected.flat().map((match) => match.kind))).toEqual(new Set(['EXACT', 'SYNONYM', 'FUZZY']));
  });

  it.each(['Anna Eriksson', 'YV1SW61R021234567', SWEDISH_TD3, 'Олександр Шевченко'])(
    'finds nothing in %p: the search then sends no SQL',
    (text) => {
      expect(matchSubstances(recognizeSeizureText(text))).toEqual([]);
    },
  );

  it('scores a misspelt name FUZZY below the name, and a street name below the common name', () => {
    const [typo] = matchSubstances(recognizeSeizureText('cocaiine'));
    expect(typo).toMatchObject({ kind: 'FUZZY', field: 'substance.name' });
    expect(typo.score).toBeLessThan(0.9);
    const [street] = matchSubstances(recognizeSeizureText('Schnee'));
    expect(street).toMatchObject({ kind: 'SYNONYM', field: 'substance.names', value: 'Schnee', score: 0.85 });
  });
});
