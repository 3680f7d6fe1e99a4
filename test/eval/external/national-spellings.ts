// Writes test/eval/external/persons-national-spellings.json from the hand-typed table national-spellings-data.ts. It
// only assembles: every query is a spelling typed in the table (given and family name in one of a few orders, the
// family name alone, or with the year of birth), a negative case is another person's spelling from the same table,
// and a table case joins two of a romanization table's own examples. Nothing here transliterates or calls the
// project's code. `npx tsx test/eval/external/national-spellings.ts` rewrites the file; `--check` only compares.
import path from 'node:path';
import {
  COLUMNS,
  COLUMN_SOURCES,
  NEGATIVE_KINDS,
  NEGATIVE_PAIRS,
  PEOPLE,
  UA_NATIONAL,
  UA_NATIONAL_EXAMPLES,
  UA_NATIONAL_NAMES,
  UA_NATIONAL_PEOPLE,
  type Column,
  type Person,
} from './national-spellings-data';
import { PERSONS_FILE, type ExternalCase, type ExternalFile, type PersonTarget, type Script } from './load';
import { writeOrCheck } from './typos';

const SCRIPT: Record<Person['lang'], Script> = {
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  be: 'Cyrillic',
  bg: 'Cyrillic',
  sr: 'Cyrillic',
  el: 'Greek',
  ar: 'Arabic',
};
const LANGUAGE_NAME: Record<Person['lang'], string> = {
  ru: 'Russian',
  uk: 'Ukrainian',
  be: 'Belarusian',
  bg: 'Bulgarian',
  sr: 'Serbian',
  el: 'Greek',
  ar: 'Arabic',
};

/** One spelling of a cell: `family` and `given` when the cell was 'Family, Given', else only `whole`. */
export interface Spelling {
  column: Column;
  whole: string;
  family?: string;
  given?: string;
  note?: string;
  doubtful: boolean;
}

export function parseCell(column: Column, cell: string): Spelling {
  let text = cell.trim();
  const doubtful = text.endsWith(' ?');
  if (doubtful) text = text.slice(0, -2).trim();
  const [name, ...notes] = text.split(' # ');
  const note = notes.join(' # ').trim() || undefined;
  const comma = name.indexOf(',');
  if (comma < 0) return { column, whole: name.trim(), note, doubtful };
  const family = name.slice(0, comma).trim();
  const given = name.slice(comma + 1).trim();
  return { column, whole: `${given} ${family}`, family, given, note, doubtful };
}

export function spellingsOf(person: Person): Spelling[] {
  return COLUMNS.flatMap((column) => {
    const cell = person[column];
    if (cell === undefined) return [];
    return (Array.isArray(cell) ? cell : [cell]).map((text) => parseCell(column, text));
  });
}

const original = (person: Person) => `${person.given} ${person.family}`;
const key = (query: string) => query.normalize('NFC').toLowerCase();
const year = (person: Person) => (person.born ? Number(person.born.slice(0, 4)) : undefined);

function target(person: Person): PersonTarget {
  const latin = person.latin?.split(',').map((part) => part.trim());
  return {
    id: person.id,
    entity: 'person',
    script: SCRIPT[person.lang],
    language: person.lang,
    familyName: person.family,
    givenNames: person.given,
    ...(person.born ? { dateOfBirth: person.born } : {}),
    role: person.decoy ? 'decoy' : 'subject',
    sex: person.sex === 'M' ? 'MALE' : 'FEMALE',
    ...(person.aliases ? { aliases: person.aliases } : {}),
    ...(latin ? { familyNameLatin: latin[0], givenNamesLatin: latin[1] } : {}),
    source: `public biography (${person.who}): name in the original ${LANGUAGE_NAME[person.lang]} script${person.born ? ' and Gregorian date of birth' : ''} as generally published (e.g. the Wikipedia biographies)`,
    ...(latin
      ? { note: 'familyNameLatin / givenNamesLatin: the Latin name the person’s own state or club writes.' }
      : {}),
  };
}

type Form = 'given family' | 'family given' | 'family name alone' | 'family given year';

/** The query forms made from one spelling: always the natural order, the others in turn over the table. */
function formsOf(spelling: Spelling, turn: number, person: Person, sharedFamily: boolean): [Form, string][] {
  if (!spelling.family || !spelling.given) return [['given family', spelling.whole]];
  const forms: [Form, string][] = [['given family', `${spelling.given} ${spelling.family}`]];
  if (turn % 3 === 0) forms.push(['family given', `${spelling.family} ${spelling.given}`]);
  if (turn % 4 === 1 && !sharedFamily) forms.push(['family name alone', spelling.family]);
  const born = year(person);
  if (turn % 4 === 3 && born !== undefined && born >= 1900)
    forms.push(['family given year', `${spelling.family} ${spelling.given} ${born}`]);
  return forms;
}

function pressSource(spelling: Spelling, query: string, person: Person): string {
  return `usual spelling in the ${COLUMN_SOURCES[spelling.column].press}: '${query}' for ${original(person)} (${person.who})`;
}

export function buildPersonSet(): ExternalFile<PersonTarget> {
  const byId = new Map(PEOPLE.map((person) => [person.id, person]));
  const familyCount = new Map<string, number>();
  for (const person of PEOPLE) familyCount.set(person.family, (familyCount.get(person.family) ?? 0) + 1);
  const targets: PersonTarget[] = PEOPLE.map(target);
  const cases: ExternalCase[] = [];
  /** Positive queries per target (lowercase), to find a spelling given twice and to keep negatives apart. */
  const positive = new Map<string, Map<string, ExternalCase>>();
  const alsoIn = new Map<ExternalCase, Set<string>>();

  PEOPLE.forEach((person, index) => {
    const seen = new Map<string, ExternalCase>();
    positive.set(person.id, seen);
    const perColumn = new Map<Column, number>();
    spellingsOf(person).forEach((spelling, k) => {
      const forms = formsOf(spelling, index + k, person, (familyCount.get(person.family) ?? 0) > 1);
      for (const [form, query] of forms) {
        const earlier = seen.get(key(query));
        if (earlier) {
          if (!earlier.source.includes(COLUMN_SOURCES[spelling.column].press))
            alsoIn.set(earlier, (alsoIn.get(earlier) ?? new Set()).add(COLUMN_SOURCES[spelling.column].press));
          continue;
        }
        const n = (perColumn.get(spelling.column) ?? 0) + 1;
        perColumn.set(spelling.column, n);
        const notes = [
          form === 'given family' ? undefined : `query form: ${form}`,
          spelling.note,
          spelling.doubtful ? 'spelling believed right but not certain (see README)' : undefined,
        ].filter(Boolean);
        const item: ExternalCase = {
          id: `${person.id}/${spelling.column}-${n}`,
          rule: `person.national.${COLUMN_SOURCES[spelling.column].rule}`,
          source: pressSource(spelling, spelling.whole, person),
          query,
          target: person.id,
          ...(notes.length ? { note: notes.join('; ') } : {}),
        };
        seen.set(key(query), item);
        cases.push(item);
      }
    });
  });
  for (const [item, presses] of alsoIn) {
    const also = `the same spelling in the ${[...presses].join('; ')}`;
    item.note = item.note ? `${item.note}; ${also}` : also;
  }

  // Table cases: names joined from the Ukrainian national transliteration's own examples.
  const example = new Map(UA_NATIONAL_EXAMPLES);
  const tableCase = (id: string, family: string, given: string, i: number, isReal: boolean) => {
    const [familyLatin, givenLatin] = [example.get(family), example.get(given)];
    if (!familyLatin || !givenLatin) throw new Error(`${family} ${given}: not both among the table's examples`);
    const source = `${UA_NATIONAL}: '${family} – ${familyLatin}', '${given} – ${givenLatin}'`;
    const queries: [string, string][] = [
      ['given family', `${givenLatin} ${familyLatin}`],
      ['family given', `${familyLatin} ${givenLatin}`],
    ];
    if (i % 2 === 0 && !isReal) queries.push(['family name alone', familyLatin]);
    queries.forEach(([form, query], n) => {
      if (positive.get(id)?.has(key(query))) return;
      cases.push({
        id: `${id}/ua-national-${n + 1}`,
        rule: 'person.table.ua-national',
        source,
        query,
        target: id,
        ...(form === 'given family' ? {} : { note: `query form: ${form}` }),
      });
    });
  };
  UA_NATIONAL_NAMES.forEach(([family, given], i) => {
    const id = `ua-table-${example.get(family)!.toLowerCase()}-${example.get(given)!.toLowerCase()}`;
    targets.push({
      id,
      entity: 'person',
      script: 'Cyrillic',
      language: 'uk',
      familyName: family,
      givenNames: given,
      role: 'table-example',
      source: `${UA_NATIONAL}: family and given name both among its examples; not a real person`,
    });
    tableCase(id, family, given, i, false);
  });
  for (const id of UA_NATIONAL_PEOPLE) {
    const person = byId.get(id);
    if (!person) throw new Error(`${id} is not in PEOPLE`);
    tableCase(id, person.family, person.given, 0, true);
  }

  // Negative cases: the other person's spellings (given family; for other-year, family given year of birth).
  for (const [a, b, kind] of NEGATIVE_PAIRS)
    for (const [targetId, namesId] of [
      [a, b],
      [b, a],
    ]) {
      const [wrong, named] = [byId.get(targetId), byId.get(namesId)];
      if (!wrong || !named) throw new Error(`negative pair ${a} / ${b}: not in PEOPLE`);
      const done = new Set<string>();
      let n = 0;
      for (const spelling of spellingsOf(named)) {
        if (!spelling.family || !spelling.given) continue;
        const query =
          kind === 'other-year'
            ? `${spelling.family} ${spelling.given} ${year(named)}`
            : `${spelling.given} ${spelling.family}`;
        if (done.has(key(query)) || positive.get(targetId)?.has(key(query))) continue;
        done.add(key(query));
        n++;
        cases.push({
          id: `${targetId}/not-${namesId}-${n}`,
          rule: `person.negative.${kind}`,
          source: `negative: '${spelling.whole}' is the usual spelling in the ${COLUMN_SOURCES[spelling.column].press} of ${original(named)} (${named.who}), another real person in this file, not of ${original(wrong)} (${wrong.who})`,
          query,
          target: targetId,
          expect: 'absent',
          names: namesId,
          note: `${NEGATIVE_KINDS[kind]}${spelling.doubtful ? '; spelling believed right but not certain (see README)' : ''}`,
        });
      }
    }

  return {
    description:
      'Well-known people whose names are written in Cyrillic, Greek or Arabic script, searched for by the Latin spellings their names have in other languages’ press (German, French, Polish, Czech, Spanish, Italian, Dutch, Swedish, English, ...), by the worked examples of the Ukrainian national transliteration table, and negative cases where a similar name of another real person must not bring this one first. Every case names its source.',
    caveat:
      'The spellings were typed by hand from knowledge of each language’s press usage and Wikipedia article titles, not copied from those sources at writing time and not produced by any transliteration code; a spelling marked in its note as not certain is listed in test/eval/external/README.md. Dates of birth before 1900 cannot be stored by the API (it takes dates from 1900): a runner leaves them out.',
    generatedBy:
      'test/eval/external/national-spellings.ts from the hand-typed table test/eval/external/national-spellings-data.ts',
    targets,
    cases,
  };
}

export const PERSONS_PATH = path.join(__dirname, PERSONS_FILE);

if (require.main === module) void writeOrCheck(buildPersonSet(), PERSONS_PATH);
