import { Client } from 'pg';
import { namesNoOneBears } from '../bench/inputs';

// The benchmark's names no one bears (bench/inputs.ts), drawn from the suite's database: a family name that no stored
// name holds and that is not one letter from a word one does, so that the person search reads it as a name no one
// bears and not as a typo of a stored one.

/** Whether two words are at most one edit apart: a letter left out, added or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    const [i, j] = differ;
    return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

describe('npm run bench: names no one bears', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('splices family names that no stored name holds and that are no typo of a stored word', async () => {
    // Halves that splice into a stored word (SHEV + CHENKO) and into one a letter from a stored word (LINDQ + QVIST),
    // beside family names that splice into words no one bears.
    const families = ['Shevchenko', 'Shevchenko', 'Lindqvist', 'Lindqvist', 'Tanaka', 'Okonkwo', 'Nakamura', 'Adeyemi'];
    const travellers = families.map((family, i) => ({ given: ['Anna', 'Lars', 'Maria'][i % 3], family }));
    const { rows: stored } = await client.query<{ word: string }>('SELECT word FROM persons.name_word');
    expect(stored.map((s) => s.word)).toEqual(expect.arrayContaining(['SHEVCHENKO', 'LINDQVIST']));

    const names = await namesNoOneBears(client, travellers, 100);

    const words = names.map((name) => name.split(' ')[1].toUpperCase());
    expect(words).toEqual(expect.arrayContaining(['SHEVCQVIST', 'LINDQAKA', 'TANNKWO']));
    expect(words).not.toContain('SHEVCHENKO');
    expect(words).not.toContain('LINDQQVIST');
    for (const word of words) expect(stored.filter((s) => oneEditApart(s.word, word))).toEqual([]);
    expect(new Set(words).size).toBe(words.length);
    for (const name of names) expect(['Anna', 'Lars', 'Maria']).toContain(name.split(' ')[0]);
    expect(await namesNoOneBears(client, travellers, 3)).toEqual(names.slice(0, 3));
  });
});
