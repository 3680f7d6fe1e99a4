import { Client } from 'pg';
import { namesNoOneBears } from '../bench/inputs';
import { queryForms } from '../subgraphs/persons/src/search/variants';

// The benchmark's names no one bears (bench/inputs.ts), drawn from the suite's database: a family name that no stored
// name holds as the person search reads it (its key word), not merely as it is spelt.

describe('npm run bench: names no one bears', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('splices family names whose key word no stored name holds', async () => {
    // Halves that splice into a stored word (SHEV + CHENKO) and into one whose key word is stored (LINDQ + QVIST reads
    // as LINDQVIST), beside family names that splice into words no one bears.
    const families = ['Shevchenko', 'Shevchenko', 'Lindqvist', 'Lindqvist', 'Tanaka', 'Okonkwo', 'Nakamura', 'Adeyemi'];
    const travellers = families.map((family, i) => ({ given: ['Anna', 'Lars', 'Maria'][i % 3], family }));
    const { rows } = await client.query<{ word: string }>('SELECT word FROM persons.name_word');
    const stored = new Set(rows.map((row) => row.word));
    expect([...stored]).toEqual(expect.arrayContaining(['SHEVCHENKO', 'LINDQVIST']));

    const names = await namesNoOneBears(client, travellers, 100);

    const words = names.map((name) => name.split(' ')[1].toUpperCase());
    expect(words).not.toContain('SHEVCHENKO');
    expect(words).not.toContain('LINDQQVIST');
    expect(words).toEqual(expect.arrayContaining(['SHEVCQVIST', 'LINDQAKA', 'TANNKWO']));
    for (const word of words) expect(stored).not.toContain(queryForms(word)[0].keyWords[0]);
    expect(new Set(words).size).toBe(words.length);
    for (const name of names) expect(['Anna', 'Lars', 'Maria']).toContain(name.split(' ')[0]);
    expect(await namesNoOneBears(client, travellers, 3)).toEqual(names.slice(0, 3));
  });
});
