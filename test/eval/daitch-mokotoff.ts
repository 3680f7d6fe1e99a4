// `npx tsx test/eval/daitch-mokotoff.ts`: how far Daitch–Mokotoff codes (PostgreSQL 16+ fuzzystrmatch) would carry
// the external evaluation's person cases, the measure behind choosing national romanization tables instead (README,
// "National spellings"). A positive case can only be found by such a key when a word of the query shares a code with
// the target's family name in ICAO letters; a negative case (another person with a similar name) is a collision when
// it does. Runs on DATABASE_URL, else the project's embedded PostgreSQL 18; with a seeded database it also counts
// the dictionary words (`persons.name_word`) that share a code with each query word.
import { Client } from 'pg';
import { withDatabase } from '../../scripts/database-env';
import { foldLatinWord, latinForms, nameWords } from '../../subgraphs/persons/src/search/transliterate';
import { PERSONS_FILE, readExternalFile, type PersonTarget } from './external/load';

/** A name's words in ICAO letters, the words of every Latin form of it. */
const icaoWords = (name: string) =>
  [...new Set(latinForms(name).flatMap((form) => form.text.split(' ')))].filter((word) => word.length > 1);

void withDatabase(async ({ url }) => {
  const { targets, cases } = readExternalFile<PersonTarget>(PERSONS_FILE);
  const families = new Map(targets.map((target) => [target.id, icaoWords(target.familyName)]));
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
    const words = new Set<string>();
    const queryWords = (query: string) =>
      nameWords(query)
        .map((word) => foldLatinWord(word.toUpperCase()))
        .filter((word) => word.length > 1);
    for (const item of cases) {
      for (const word of [...queryWords(item.query), ...(families.get(item.target) ?? [])]) words.add(word);
    }
    const { rows } = await db.query<{ word: string; codes: string[] }>(
      `SELECT word, coalesce(daitch_mokotoff(word), '{}') AS codes FROM unnest($1::text[]) AS word`,
      [[...words]],
    );
    const codes = new Map(rows.map((row) => [row.word, row.codes]));
    const shares = (query: string, family: string[]) => {
      const typed = new Set(queryWords(query).flatMap((word) => codes.get(word) ?? []));
      return family.some((word) => (codes.get(word) ?? []).some((code) => typed.has(code)));
    };
    const byRule = new Map<string, { cases: number; shared: number }>();
    for (const item of cases) {
      const family = families.get(item.target);
      if (!family) continue;
      const group = item.expect === 'absent' ? 'negative (a collision)' : item.rule;
      const counts = byRule.get(group) ?? { cases: 0, shared: 0 };
      counts.cases += 1;
      if (shares(item.query, family)) counts.shared += 1;
      byRule.set(group, counts);
    }
    const positive = [...byRule].filter(([rule]) => !rule.startsWith('negative'));
    const all = positive.reduce((sum, [, c]) => ({ cases: sum.cases + c.cases, shared: sum.shared + c.shared }), {
      cases: 0,
      shared: 0,
    });
    console.log('| cases | count | the family name shares a Daitch–Mokotoff code with a query word |');
    console.log('|---|---:|---:|');
    for (const [rule, c] of [...byRule].sort())
      console.log(`| ${rule} | ${c.cases} | ${(c.shared / c.cases).toFixed(3)} |`);
    console.log(`| **all positive** | ${all.cases} | ${(all.shared / all.cases).toFixed(3)} |`);
    const dictionary = await db.query<{ exists: boolean }>(
      `SELECT to_regclass('persons.name_word') IS NOT NULL AS exists`,
    );
    if (dictionary.rows[0].exists) {
      const { rows: spread } = await db.query<{ words: string; p50: number; max: number; mean: number }>(
        `SELECT count(*) AS words, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS p50, max(n) AS max,
                round(avg(n), 1) AS mean
           FROM (SELECT q.word, count(d.word) AS n
                   FROM unnest($1::text[]) AS q (word)
                   LEFT JOIN persons.name_word d ON daitch_mokotoff(d.word) && daitch_mokotoff(q.word)
                  GROUP BY q.word) s`,
        [[...new Set(cases.flatMap((item) => queryWords(item.query)))]],
      );
      console.log(
        `dictionary words sharing a code with a query word (${spread[0].words} words): p50 ${spread[0].p50}, mean ` +
          `${spread[0].mean}, max ${spread[0].max}`,
      );
    }
  } finally {
    await db.end();
  }
});
