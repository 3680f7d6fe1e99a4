// Loader and validator of the external evaluation set (test/eval/external/*.json): queries whose spellings and
// identifiers come from outside the project's generator and matcher (issue 13, item 4). Run it directly for the
// counts per rule and per source: `npx tsx test/eval/external/load.ts`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const EXTERNAL_DIR = __dirname;
export const PERSONS_FILE = 'persons-national-spellings.json';
export const IDENTIFIERS_FILE = 'identifiers-typos.json';

export type Script = 'Cyrillic' | 'Greek' | 'Arabic';

export interface PersonTarget {
  id: string;
  entity: 'person';
  script: Script;
  /** ISO 639-1 code of the language the name is written in. */
  language: string;
  familyName: string;
  givenNames: string;
  /** ISO date, only where publicly known. */
  dateOfBirth?: string;
  /**
   * `subject`: a well-known person whose name the press spells in many ways; `decoy`: a different real person with a
   * similar name, there for the negative cases; `table-example`: a name put together from a romanization table's own
   * worked examples (not a real person).
   */
  role: 'subject' | 'decoy' | 'table-example';
  /** Where known; a runner stores it as the record's sex. */
  sex?: 'MALE' | 'FEMALE';
  /** Other whole names in the original script (a familiar form of the given name, a full dynastic name). */
  aliases?: string[];
  /**
   * The Latin name the person's own state or club writes, for Arabic names (the API asks for Arabic names in Latin
   * beside the original script, its own transcription writing no short vowels). A runner may store it as
   * familyNameLatin / givenNamesLatin, or leave it out to measure the transcription alone.
   */
  familyNameLatin?: string;
  givenNamesLatin?: string;
  source: string;
  note?: string;
}

export interface DocumentTarget {
  id: string;
  entity: 'document';
  number: string;
  /** ISO 3166-1 alpha-2 where the state has one; ICAO's specimen state Utopia has only its MRZ code UTO. */
  issuingCountry: string;
  type: 'PASSPORT' | 'IDENTITY_CARD' | 'VISA';
  /** The MRZ as published, one string per line. */
  mrz?: string[];
  holder?: { familyName: string; givenNames: string; dateOfBirth: string };
  source: string;
  note?: string;
}

export interface VehicleTarget {
  id: string;
  entity: 'vehicle';
  vin?: string;
  plate?: string;
  registrationCountry?: string;
  type: 'CAR' | 'TRUCK' | 'MOTORCYCLE';
  make?: string;
  source: string;
  note?: string;
}

export type ExternalTarget = PersonTarget | DocumentTarget | VehicleTarget;

export interface ExternalCase {
  id: string;
  /** `person.national.<lang>`, `person.table.<table>`, `person.negative.<kind>`, `document.typo.<model>`, ... */
  rule: string;
  /** Where the query comes from: a published table, an article title, a specimen, a typo model. */
  source: string;
  query: string;
  /** Id of a target in the same file. */
  target: string;
  /** `absent`: the target must NOT be the first hit (precision case). Default: the target is a correct answer. */
  expect?: 'present' | 'absent';
  /** For an absent case: the target the query really names, when it is in the file. */
  names?: string;
  note?: string;
}

export interface ExternalFile<T extends ExternalTarget = ExternalTarget> {
  description: string;
  caveat?: string;
  generatedBy?: string;
  targets: T[];
  cases: ExternalCase[];
}

export interface ExternalSet {
  persons: ExternalFile<PersonTarget>;
  identifiers: ExternalFile<DocumentTarget | VehicleTarget>;
}

export function readExternalFile<T extends ExternalTarget>(name: string, dir = EXTERNAL_DIR): ExternalFile<T> {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ExternalFile<T>;
}

export function loadExternalSet(dir = EXTERNAL_DIR): ExternalSet {
  return {
    persons: readExternalFile<PersonTarget>(PERSONS_FILE, dir),
    identifiers: readExternalFile<DocumentTarget | VehicleTarget>(IDENTIFIERS_FILE, dir),
  };
}

const RULE =
  /^(person\.(national\.[a-z]{2}|table\.[a-z0-9-]+|negative\.[a-z-]+)|document\.typo\.[a-z-]+|vehicle\.(typo\.[a-z-]+|partial-vin))$/;
const LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'el', 'ar']);
const SCRIPT_OF: Record<Script, RegExp> = {
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Arabic: /\p{Script=Arabic}/u,
};
const NAME_SCRIPTS = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{M}' -]+$/u;
const LATIN_NAME = /^[\p{Script=Latin}\p{M}'’ -]+$/u;
/** A person query: Latin letters (it is written for a name stored in another script), a year of birth at most. */
const PERSON_QUERY = /^[\p{Script=Latin}\p{M}'’ -]+( (19|20)\d\d)?$/u;
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const MRZ_LINE = /^[A-Z0-9<]+$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() === value && !!value;

function validateTarget(target: ExternalTarget, where: string): string[] {
  const errors: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) errors.push(`${where}: ${what}`);
  };
  need(isText(target.id), 'has no id');
  need(isText(target.source), 'names no source');
  if (target.entity === 'person') {
    need(['subject', 'decoy', 'table-example'].includes(target.role), `role '${target.role}' is unknown`);
    need(target.script in SCRIPT_OF, `script '${target.script}' is unknown`);
    need(LANGUAGES.has(target.language), `language '${target.language}' is not one of ${[...LANGUAGES].join(', ')}`);
    for (const field of ['familyName', 'givenNames'] as const) {
      const value = target[field];
      need(isText(value) && NAME_SCRIPTS.test(value), `${field} '${value}' is not written in its original script`);
      need(isText(value) && SCRIPT_OF[target.script]?.test(value), `${field} '${value}' is not in ${target.script}`);
    }
    if (target.sex !== undefined) need(['MALE', 'FEMALE'].includes(target.sex), `sex '${target.sex}' is unknown`);
    for (const alias of target.aliases ?? [])
      need(
        isText(alias) && NAME_SCRIPTS.test(alias) && SCRIPT_OF[target.script]?.test(alias),
        `alias '${alias}' is not written in ${target.script}`,
      );
    if ((target.familyNameLatin === undefined) !== (target.givenNamesLatin === undefined))
      errors.push(`${where}: familyNameLatin and givenNamesLatin go together`);
    for (const field of ['familyNameLatin', 'givenNamesLatin'] as const) {
      const value = target[field];
      if (value !== undefined)
        need(isText(value) && LATIN_NAME.test(value), `${field} '${value}' is not in Latin letters`);
    }
    if (target.dateOfBirth !== undefined) {
      const date = target.dateOfBirth;
      need(
        /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
        `dateOfBirth '${date}' is not an ISO date`,
      );
    }
  } else if (target.entity === 'document') {
    need(isText(target.number) && /^[A-Z0-9]+$/.test(target.number), `number '${target.number}' is not A-Z0-9`);
    need(/^([A-Z]{2}|UTO)$/.test(target.issuingCountry), `issuingCountry '${target.issuingCountry}' is not a code`);
    need(['PASSPORT', 'IDENTITY_CARD', 'VISA'].includes(target.type), `type '${target.type}' is unknown`);
    for (const line of target.mrz ?? []) need(MRZ_LINE.test(line), `MRZ line '${line}' has a character not A-Z0-9<`);
    if (target.mrz) {
      const lengths = target.mrz.map((line) => line.length).join('x');
      need(['30x30x30', '36x36', '44x44'].includes(lengths), `MRZ lines are ${lengths} characters (not TD1/TD2/TD3)`);
    }
  } else if (target.entity === 'vehicle') {
    need(!!target.vin || !!target.plate, 'has neither vin nor plate');
    if (target.vin) need(VIN.test(target.vin), `vin '${target.vin}' is not 17 characters without I, O, Q`);
    if (target.plate) need(/^[A-Z]{2}$/.test(target.registrationCountry ?? ''), 'plate has no registrationCountry');
  } else {
    errors.push(`${where}: entity '${(target as { entity: string }).entity}' is unknown`);
  }
  return errors;
}

/** Every problem of one file: unnamed sources, unknown targets, duplicate ids or queries, malformed rules. */
export function validateFile(file: ExternalFile, name: string): string[] {
  const errors: string[] = [];
  if (!isText(file.description)) errors.push(`${name}: has no description`);
  const targets = new Map<string, ExternalTarget>();
  file.targets.forEach((target, i) => {
    const where = `${name} target ${target.id ?? `#${i}`}`;
    if (targets.has(target.id)) errors.push(`${where}: id is not unique`);
    targets.set(target.id, target);
    errors.push(...validateTarget(target, where));
  });
  const caseIds = new Set<string>();
  const pairs = new Set<string>();
  for (const [i, item] of file.cases.entries()) {
    const where = `${name} case ${item.id ?? `#${i}`}`;
    if (!isText(item.id)) errors.push(`${where}: has no id`);
    else if (caseIds.has(item.id) || targets.has(item.id)) errors.push(`${where}: id is not unique`);
    caseIds.add(item.id);
    if (!isText(item.source)) errors.push(`${where}: names no source`);
    if (!isText(item.query)) errors.push(`${where}: has no query`);
    if (!RULE.test(item.rule ?? '')) errors.push(`${where}: rule '${item.rule}' is malformed`);
    const target = targets.get(item.target);
    if (!target) errors.push(`${where}: target '${item.target}' does not exist`);
    if (item.expect !== undefined && item.expect !== 'present' && item.expect !== 'absent')
      errors.push(`${where}: expect '${item.expect}' is neither present nor absent`);
    const absent = item.expect === 'absent';
    if (absent !== item.rule?.startsWith('person.negative.'))
      errors.push(`${where}: negative rules and expect 'absent' go together`);
    if (item.names !== undefined) {
      if (!absent) errors.push(`${where}: 'names' is only for absent cases`);
      if (!targets.has(item.names)) errors.push(`${where}: names '${item.names}', which does not exist`);
      if (item.names === item.target) errors.push(`${where}: names its own target`);
    }
    if (target && !item.rule?.startsWith(`${target.entity}.`))
      errors.push(`${where}: rule '${item.rule}' does not fit a ${target.entity} target`);
    if (target?.entity === 'person' && isText(item.query) && !PERSON_QUERY.test(item.query))
      errors.push(`${where}: query '${item.query}' is not a Latin-letter name (with a year of birth at most)`);
    if (target?.entity === 'person' && item.rule?.startsWith('person.table.') && target.role === 'decoy')
      errors.push(`${where}: a table rule on a decoy`);
    const pair = `${item.expect ?? 'present'}|${item.target}|${item.query?.toLowerCase()}`;
    if (pairs.has(pair)) errors.push(`${where}: the same query for the same target is already a case`);
    pairs.add(pair);
  }
  return errors;
}

/** The least the external set holds (issue 13, item 4). */
export const MINIMUM = { cases: 800, personCases: 600, absentCases: 100, realPeople: 70 };

/** Totals below MINIMUM, as problems. */
export function checkTotals(set: ExternalSet): string[] {
  const errors: string[] = [];
  const cases = set.persons.cases.length + set.identifiers.cases.length;
  const absent = set.persons.cases.filter((item) => item.expect === 'absent').length;
  const people = set.persons.targets.filter((target) => target.role !== 'table-example').length;
  if (cases < MINIMUM.cases) errors.push(`${cases} external cases in all, fewer than ${MINIMUM.cases}`);
  if (set.persons.cases.length < MINIMUM.personCases)
    errors.push(`${PERSONS_FILE}: ${set.persons.cases.length} cases, fewer than ${MINIMUM.personCases}`);
  if (absent < MINIMUM.absentCases)
    errors.push(`${PERSONS_FILE}: ${absent} negative cases, fewer than ${MINIMUM.absentCases}`);
  if (people < MINIMUM.realPeople)
    errors.push(`${PERSONS_FILE}: ${people} real people, fewer than ${MINIMUM.realPeople}`);
  return errors;
}

/** Problems across both files (ids must be unique over the whole set, every target must be used, the totals). */
export function validateSet(set: ExternalSet): string[] {
  const errors = [
    ...validateFile(set.persons, PERSONS_FILE),
    ...validateFile(set.identifiers, IDENTIFIERS_FILE),
    ...checkTotals(set),
  ];
  const ids = new Set<string>();
  for (const file of [set.persons, set.identifiers])
    for (const item of [...file.targets, ...file.cases]) {
      if (ids.has(item.id)) errors.push(`id '${item.id}' is used in both files`);
      ids.add(item.id);
    }
  for (const [name, file] of [
    [PERSONS_FILE, set.persons],
    [IDENTIFIERS_FILE, set.identifiers],
  ] as const) {
    const used = new Set(file.cases.flatMap((item) => [item.target, item.names ?? item.target]));
    for (const target of file.targets)
      if (!used.has(target.id)) errors.push(`${name}: target ${target.id} has no case`);
  }
  return errors;
}

/** A short name of a case's source for counting: the Wikipedia edition, the table, the specimen or the typo model. */
export function sourceFamily(source: string): string {
  const wiki = /^([a-z]{2})\.wikipedia\.org/.exec(source);
  if (wiki) return `${wiki[1]}.wikipedia.org article title`;
  const press = /^usual spelling in the ([A-Za-z/ -]+?) press/.exec(source);
  if (press) return `${press[1]} press usage`;
  const known: [RegExp, string][] = [
    [/^Ukrainian national transliteration/, 'Ukrainian national transliteration (CMU resolution 55, 2010)'],
    [/^Bulgarian Streamlined System/, 'Bulgarian Streamlined System (Transliteration Act 2009)'],
    [/^BGN\/PCGN/, 'BGN/PCGN 1947 Russian'],
    [/^DIN 1460/, 'DIN 1460 Russian'],
    [/^ISO 9:1995/, 'ISO 9:1995'],
    [/^ELOT 743/, 'ELOT 743 (ISO 843)'],
    [/^ICAO Doc 9303 Part 3, section 6/, 'ICAO Doc 9303 Part 3 transliteration'],
    [/^Serbian Cyrillic–Latin/, 'Serbian Cyrillic–Latin correspondence'],
    [/^negative: /, 'negative (another real person or table name in this file)'],
  ];
  for (const [pattern, family] of known) if (pattern.test(source)) return family;
  const typo = /typo model: ([a-z-]+)/.exec(source);
  if (typo) return `typo model ${typo[1]} over a published identifier`;
  if (/partial VIN/.test(source)) return 'partial VIN of a published VIN';
  return source;
}

export interface Counts {
  cases: number;
  positive: number;
  absent: number;
  targets: number;
  byRule: Record<string, number>;
  bySource: Record<string, number>;
  /** Persons only: cases per language of the target's name (ru, uk, be, bg, sr, el, ar). */
  byTargetLanguage: Record<string, number>;
}

export function countFile(file: ExternalFile): Counts {
  const byRule: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  const byTargetLanguage: Record<string, number> = {};
  const targets = new Map(file.targets.map((target) => [target.id, target]));
  for (const item of file.cases) {
    byRule[item.rule] = (byRule[item.rule] ?? 0) + 1;
    const family = sourceFamily(item.source);
    bySource[family] = (bySource[family] ?? 0) + 1;
    const target = targets.get(item.target);
    if (target?.entity === 'person') byTargetLanguage[target.language] = (byTargetLanguage[target.language] ?? 0) + 1;
  }
  const absent = file.cases.filter((item) => item.expect === 'absent').length;
  const sorted = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  return {
    cases: file.cases.length,
    positive: file.cases.length - absent,
    absent,
    targets: file.targets.length,
    byRule: sorted(byRule),
    bySource: sorted(bySource),
    byTargetLanguage: sorted(byTargetLanguage),
  };
}

if (require.main === module) {
  const set = loadExternalSet();
  const errors = validateSet(set);
  for (const [name, file] of [
    [PERSONS_FILE, set.persons],
    [IDENTIFIERS_FILE, set.identifiers],
  ] as const) {
    const counts = countFile(file);
    console.log(
      `\n${name}: ${counts.cases} cases (${counts.positive} positive, ${counts.absent} absent), ${counts.targets} targets`,
    );
    console.log('  per rule:');
    for (const [rule, n] of Object.entries(counts.byRule)) console.log(`    ${String(n).padStart(4)}  ${rule}`);
    console.log('  per source:');
    for (const [source, n] of Object.entries(counts.bySource)) console.log(`    ${String(n).padStart(4)}  ${source}`);
    if (Object.keys(counts.byTargetLanguage).length) {
      console.log('  per language of the name searched for:');
      for (const [language, n] of Object.entries(counts.byTargetLanguage))
        console.log(`    ${String(n).padStart(4)}  ${language}`);
    }
  }
  const total = set.persons.cases.length + set.identifiers.cases.length;
  console.log(`\n${total} external cases in all (at least ${MINIMUM.cases})`);
  console.log(errors.length ? `\n${errors.length} problems:\n${errors.join('\n')}` : '\nno problems');
  process.exitCode = errors.length ? 1 : 0;
}
