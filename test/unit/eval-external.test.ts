import { asksFamilyNameAlone, familyKey } from '../eval/external-run';
import {
  IDENTIFIERS_FILE,
  MINIMUM,
  PERSONS_FILE,
  countFile,
  loadExternalSet,
  sourceFamily,
  validateFile,
  validateSet,
  type ExternalFile,
  type PersonTarget,
} from '../eval/external/load';
import { buildPersonSet } from '../eval/external/national-spellings';
import { PEOPLE } from '../eval/external/national-spellings-data';
import { buildIdentifierSet } from '../eval/external/typos';

const set = loadExternalSet();
const files = [
  [PERSONS_FILE, set.persons],
  [IDENTIFIERS_FILE, set.identifiers],
] as const;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the external evaluation set (test/eval/external)', () => {
  it('has no problem the validator finds', () => {
    expect(validateSet(set)).toEqual([]);
  });

  it('names a source and an existing target for every case, with ids unique over both files', () => {
    const ids = new Set<string>();
    for (const [name, file] of files) {
      const targets = new Set(file.targets.map((target) => target.id));
      for (const item of file.cases) {
        expect({ name, id: item.id, source: item.source.trim().length > 0 }).toEqual({
          name,
          id: item.id,
          source: true,
        });
        expect(targets.has(item.target)).toBe(true);
        if (item.names) expect(targets.has(item.names)).toBe(true);
      }
      for (const item of [...file.targets, ...file.cases]) {
        expect(ids.has(item.id)).toBe(false);
        ids.add(item.id);
      }
    }
  });

  it(`holds at least ${MINIMUM.cases} cases in all, ${MINIMUM.personCases} of persons, ${MINIMUM.absentCases} negative`, () => {
    const absent = set.persons.cases.filter((item) => item.expect === 'absent');
    expect(set.persons.cases.length + set.identifiers.cases.length).toBeGreaterThanOrEqual(MINIMUM.cases);
    expect(set.persons.cases.length).toBeGreaterThanOrEqual(MINIMUM.personCases);
    expect(absent.length).toBeGreaterThanOrEqual(MINIMUM.absentCases);
    expect(set.persons.targets.filter((target) => target.role !== 'table-example').length).toBeGreaterThanOrEqual(
      MINIMUM.realPeople,
    );
    // Every negative case names the other real person its query spells, and is a negative rule.
    for (const item of absent) {
      expect(item.rule).toMatch(/^person\.negative\./);
      expect(item.names).toBeDefined();
      expect(item.source).toMatch(/^negative: /);
    }
  });

  it('covers the three scripts and every language of the brief', () => {
    const counts = countFile(set.persons);
    expect(Object.keys(counts.byTargetLanguage).sort()).toEqual(['ar', 'be', 'bg', 'el', 'ru', 'sr', 'uk']);
    for (const language of ['en', 'de', 'fr', 'pl', 'cs', 'es', 'it', 'nl', 'sv'])
      expect(counts.byRule[`person.national.${language}`]).toBeGreaterThanOrEqual(20);
    expect(counts.byRule['person.table.ua-national']).toBeGreaterThan(0);
  });

  it('prints the counts per rule and per source', () => {
    const lines: string[] = [];
    for (const [name, file] of files) {
      const counts = countFile(file);
      lines.push(`${name}: ${counts.cases} cases (${counts.absent} absent), ${counts.targets} targets`);
      for (const [rule, n] of Object.entries(counts.byRule)) lines.push(`  rule   ${String(n).padStart(4)}  ${rule}`);
      for (const [source, n] of Object.entries(counts.bySource))
        lines.push(`  source ${String(n).padStart(4)}  ${source}`);
      expect(Object.values(counts.byRule).reduce((a, b) => a + b, 0)).toBe(counts.cases);
      expect(Object.values(counts.bySource).reduce((a, b) => a + b, 0)).toBe(counts.cases);
    }
    console.log(lines.join('\n'));
  });

  it('holds exactly what its builders write (the persons from the hand-typed table)', () => {
    expect(set.persons).toEqual(buildPersonSet());
    expect(set.identifiers).toEqual(buildIdentifierSet());
  });

  it('makes every national query from the spelling its source quotes, and nothing else', () => {
    for (const item of set.persons.cases) {
      if (!item.rule.startsWith('person.national.')) continue;
      const quoted = /^usual spelling in the [^:]+: '(.+)' for /.exec(item.source)?.[1];
      expect({ id: item.id, quoted: !!quoted }).toEqual({ id: item.id, quoted: true });
      const words = new Set(quoted!.split(' '));
      for (const word of item.query.replace(/ (19|20)\d\d$/, '').split(' '))
        expect([item.id, words.has(word)]).toEqual([item.id, true]);
    }
  });

  it('keeps the table in its original scripts, with dates only where written', () => {
    const targets = new Map(set.persons.targets.map((target) => [target.id, target]));
    for (const person of PEOPLE) {
      const target = targets.get(person.id) as PersonTarget;
      expect(target).toMatchObject({ familyName: person.family, givenNames: person.given });
      expect(target.dateOfBirth).toBe(person.born);
    }
    expect(
      sourceFamily("usual spelling in the German press (dpa; Duden transcription): 'Nikita Chruschtschow' for …"),
    ).toBe('German press usage');
  });

  it('reports a missing source, an unknown target, a duplicate id and a positive case that is negative', () => {
    const broken = copy(set.persons) as ExternalFile;
    const [first, second, third] = broken.cases.filter((item) => item.expect !== 'absent');
    first.source = '';
    second.target = 'nobody';
    third.id = first.id;
    const negative = broken.cases.find((item) => item.expect === 'absent')!;
    delete negative.expect;
    const errors = validateFile(broken, PERSONS_FILE).join('\n');
    expect(errors).toMatch(`case ${first.id}: names no source`);
    expect(errors).toMatch(`case ${second.id}: target 'nobody' does not exist`);
    expect(errors).toMatch(`case ${first.id}: id is not unique`);
    expect(errors).toMatch(`case ${negative.id}: negative rules and expect 'absent' go together`);
    expect(errors).toMatch(`case ${negative.id}: 'names' is only for absent cases`);
  });

  it('reports a person query in another script and a target name not in its own script', () => {
    const broken = copy(set.persons) as ExternalFile<PersonTarget>;
    const item = broken.cases.find((one) => one.rule === 'person.national.de')!;
    item.query = 'Никита Хрущёв';
    broken.targets[0].familyName = 'Khrushchev';
    const errors = validateFile(broken, PERSONS_FILE).join('\n');
    expect(errors).toMatch(`query 'Никита Хрущёв' is not a Latin-letter name`);
    expect(errors).toMatch(`familyName 'Khrushchev' is not in Cyrillic`);
  });

  it('reports totals under the minimum', () => {
    const small = { persons: { ...set.persons, cases: set.persons.cases.slice(0, 10) }, identifiers: set.identifiers };
    const errors = validateSet(small).join('\n');
    expect(errors).toMatch(`fewer than ${MINIMUM.cases}`);
    expect(errors).toMatch(`negative cases, fewer than ${MINIMUM.absentCases}`);
  });
});

describe('the correct answers of a query that names the family name alone (eval:external)', () => {
  it('counts a record with the same family name, in its script or by Latin key, and keeps particles apart', () => {
    expect(familyKey('Коваленко')).toBe(familyKey('KOVALENKO', 'KOVALENKO'));
    expect(familyKey('بن علي', 'Ben Ali')).not.toBe(familyKey('علي', 'Ali'));
    expect(familyKey('Радев')).not.toBe(familyKey('Радевич'));
  });

  it('knows such a case by the query form its builder notes', () => {
    const base = { id: 'x', rule: 'person.national.en', source: 's', query: 'Yeltsin', target: 't' };
    expect(asksFamilyNameAlone({ ...base, note: 'query form: family name alone' })).toBe(true);
    expect(asksFamilyNameAlone({ ...base, note: 'query form: given family' })).toBe(false);
    expect(asksFamilyNameAlone(base)).toBe(false);
  });
});
