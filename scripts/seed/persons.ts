import { searchNameOf } from '../../subgraphs/persons/src/search/normalize';
import { personNameRows } from '../../subgraphs/persons/src/search/variants';
import type { SeedContext } from './context';
import type { CopyJob, RowBuffer } from './copy';
import { PROVENANCE_COLUMNS, provenance, provenanceValues } from './provenance';
import {
  DAY_MS,
  SEED_EPOCH,
  Weighted,
  addYears,
  chance,
  dayBetween,
  int,
  isoDate,
  pick,
  recordRandom,
  type Random,
} from './random';
import {
  NATIONALITIES,
  OWNERS,
  cityIn,
  jurisdiction,
  readReferenceJson,
  type Country,
  type Name,
  type NameList,
  type Script,
} from './reference';
import { cyrillicPopularLatin, type CyrillicLanguage } from './transliterate';

export type Sex = 'MALE' | 'FEMALE' | 'UNKNOWN';
export type AlertKind =
  'WANTED_FOR_ARREST' | 'MISSING' | 'WITNESS_SOUGHT' | 'DISCREET_CHECK' | 'INQUIRY_CHECK' | 'UNKNOWN_WANTED';

/** A generated person: everything the person row, its alerts and the documents it holds need. */
export interface Person {
  index: number;
  id: string;
  nationality: Country;
  names: NameList;
  sex: Sex;
  familyName: string;
  givenNames: string | null;
  familyNameLatin: string;
  givenNamesLatin: string | null;
  script: Script;
  nameAtBirth: string | null;
  aliases: string[];
  dobYear: number | null;
  dobMonth: number | null;
  dobDay: number | null;
  placeOfBirth: string | null;
  countryOfBirth: string | null;
  nationalities: string[];
  warningMarkers: string[];
  ownerJurisdiction: string;
  alertKinds: AlertKind[];
  /** The rest of the person's random stream, for the provenance block. */
  random: Random;
}

interface AlertKindData {
  weight: number;
  actions: string[];
  offences: string[];
}
const ALERT_DATA = readReferenceJson<{ kinds: Record<AlertKind, AlertKindData> }>('alerts.json').kinds;
const ALERT_KINDS = new Weighted(
  Object.entries(ALERT_DATA).map(([kind, data]) => [kind as AlertKind, data.weight] as const),
);

const MARKERS = new Weighted([
  ['VIOLENT', 35],
  ['ARMED', 30],
  ['ESCAPE_RISK', 15],
  ['TERRORISM', 6],
  ['SUICIDE_RISK', 9],
  ['PUBLIC_HEALTH_RISK', 5],
] as const);

// Women keep their family name on marriage in these name cultures, so no name at birth is recorded.
const KEEPS_NAME_ON_MARRIAGE = new Set(['es', 'el', 'ar-maghreb', 'ar-mashriq']);
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'bg', 'sr']);
const SEED_YEAR = new Date(SEED_EPOCH).getUTCFullYear();

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Another Latin spelling of a name: a listed variant (Arabic) or the popular transliteration (Cyrillic). */
function otherSpelling(random: Random, name: Name, list: NameList): string {
  if (name.variants.length) return pick(random, name.variants);
  if (CYRILLIC_LANGUAGES.has(list.key)) return cyrillicPopularLatin(name.native, list.key as CyrillicLanguage);
  return name.latin;
}

/** Whether person `index` has alerts, from the first draw of its stream, without generating the whole person. */
export function hasAlerts(context: SeedContext, index: number): boolean {
  return recordRandom(context.seed, 'person', index)() < ALERT_SHARE;
}

/** Share of persons with an alert. */
const ALERT_SHARE = 0.2;

/**
 * Person `index` of the seed, drawn from its own random stream: the same seed and index always give the same
 * person, so documents and vehicles can recompute their holder instead of keeping persons in memory.
 */
export function generatePerson(context: SeedContext, index: number): Person {
  const random = recordRandom(context.seed, 'person', index);

  const alertRoll = random(); // the first draw: `hasAlerts` reads it alone
  const alertKinds: AlertKind[] = [];
  if (alertRoll < ALERT_SHARE) alertKinds.push(ALERT_KINDS.draw(random));
  if (alertRoll < 0.025) {
    const second = ALERT_KINDS.draw(random);
    if (!alertKinds.includes(second)) alertKinds.push(second);
  }
  const missing = alertKinds.includes('MISSING');

  const nationality = NATIONALITIES.draw(random);
  const names = nationality.languages.draw(random);
  // Sex is unknown for a few records, and often for unknown wanted persons (identified by biometrics only).
  let sex: Sex = random() < 0.5 ? 'MALE' : 'FEMALE';
  if (random() < (alertKinds.includes('UNKNOWN_WANTED') ? 0.3 : 0.005)) sex = 'UNKNOWN';
  const female = sex === 'FEMALE' || (sex === 'UNKNOWN' && random() < 0.5);

  const givenList = female ? names.female : names.male;
  const given: Name[] = [pick(random, givenList)];
  // Arabic names often carry the father's name; elsewhere a second given name is common.
  const secondGiven =
    names.script === 'ARABIC'
      ? chance(random, 0.3) && pick(random, names.male)
      : chance(random, 0.18) && pick(random, givenList);
  if (secondGiven && secondGiven !== given[0]) given.push(secondGiven);

  const familyIndex = int(random, 0, names.family.length - 1);
  const familyForm = (i: number) => (female ? names.familyFemale[i] : names.family[i]);
  const family: Name[] = [familyForm(familyIndex)];
  if (names.doubleFamily && chance(random, names.doubleFamily)) {
    const second = int(random, 0, names.family.length - 1);
    if (second !== familyIndex) family.push(familyForm(second));
  }

  const age =
    missing && chance(random, 0.4)
      ? int(random, 8, 17)
      : chance(random, 0.88)
        ? int(random, 18, 65)
        : int(random, 66, 88);
  const dobYear = SEED_YEAR - age - (random() < 0.5 ? 1 : 0);
  const precision = random();
  const dobMonth = precision < 0.04 ? null : int(random, 1, 12);
  const dobDay = dobMonth === null || precision < 0.13 ? null : int(random, 1, daysInMonth(dobYear, dobMonth));

  const bornAbroad = chance(random, 0.1);
  const countryOfBirth = chance(random, 0.05) ? null : bornAbroad ? NATIONALITIES.draw(random).code : nationality.code;
  const placeOfBirth = countryOfBirth && chance(random, 0.9) ? cityIn(random, countryOfBirth) : null;
  const nationalities = [nationality.code];
  if (chance(random, 0.05)) {
    const second = NATIONALITIES.draw(random).code;
    if (second !== nationality.code) nationalities.push(second);
  }

  let nameAtBirth: string | null = null;
  if (female && age >= 24 && !KEEPS_NAME_ON_MARRIAGE.has(names.key) && chance(random, 0.35)) {
    const maiden = int(random, 0, names.family.length - 1);
    if (maiden !== familyIndex) nameAtBirth = names.familyFemale[maiden].native;
  }

  // Aliases: another spelling of the same name (Arabic and Cyrillic names) or another identity altogether.
  const aliases: string[] = [];
  if (chance(random, alertKinds.length ? 0.3 : 0.08)) {
    const ownName = `${given[0].latin} ${family[0].latin}`;
    const count = chance(random, 0.25) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      let alias = chance(random, 0.5)
        ? `${otherSpelling(random, given[0], names)} ${otherSpelling(random, family[0], names)}`
        : ownName;
      if (alias === ownName)
        alias = `${pick(random, givenList).latin} ${familyForm(int(random, 0, names.family.length - 1)).latin}`;
      if (alias !== ownName && !aliases.includes(alias)) aliases.push(alias);
    }
  }

  const markerChance = missing ? 0.05 : alertKinds.length ? 0.3 : 0.02;
  const warningMarkers: string[] = [];
  if (chance(random, markerChance)) {
    warningMarkers.push(missing ? 'SUICIDE_RISK' : MARKERS.draw(random));
    if (!missing && chance(random, 0.3)) {
      const second = MARKERS.draw(random);
      if (!warningMarkers.includes(second)) warningMarkers.push(second);
    }
  }

  const ownerJurisdiction =
    nationality.jurisdiction && chance(random, 0.6) ? nationality.code : OWNERS.draw(random).code;

  const join = (parts: Name[], key: 'native' | 'latin') => parts.map((part) => part[key]).join(' ');
  return {
    index,
    id: context.personIds.id(index),
    nationality,
    names,
    sex,
    familyName: join(family, 'native'),
    givenNames: join(given, 'native'),
    familyNameLatin: join(family, 'latin'),
    givenNamesLatin: join(given, 'latin'),
    script: names.script,
    nameAtBirth,
    aliases,
    dobYear,
    dobMonth,
    dobDay,
    placeOfBirth,
    countryOfBirth,
    nationalities,
    warningMarkers,
    ownerJurisdiction,
    alertKinds,
    random,
  };
}

export const PERSON_COLUMNS = [
  ...PROVENANCE_COLUMNS,
  'family_name',
  'given_names',
  'family_name_latin',
  'given_names_latin',
  'script',
  'name_at_birth',
  'aliases',
  'sex',
  'dob_year',
  'dob_month',
  'dob_day',
  'place_of_birth',
  'country_of_birth',
  'nationalities',
  'warning_markers',
  'search_name',
] as const;

function addPerson(context: SeedContext, index: number, rows: RowBuffer): void {
  const person = generatePerson(context, index);
  const recorded = dayBetween(person.random, Date.UTC(2008, 0, 1), SEED_EPOCH - 30 * DAY_MS);
  const block = provenance(person.random, {
    owner: jurisdiction(person.ownerJurisdiction),
    series: 'person',
    index,
    eventMs: recorded,
  });
  rows.add([
    ...provenanceValues(person.id, block),
    person.familyName,
    person.givenNames,
    person.familyNameLatin,
    person.givenNamesLatin,
    person.script,
    person.nameAtBirth,
    person.aliases,
    person.sex,
    person.dobYear,
    person.dobMonth,
    person.dobDay,
    person.placeOfBirth,
    person.countryOfBirth,
    person.nationalities,
    person.warningMarkers,
    searchNameOf(person),
  ]);
}

export function personJob(context: SeedContext): CopyJob {
  return {
    table: 'persons.person',
    columns: PERSON_COLUMNS,
    steps: context.counts.persons,
    produce: (index, rows) => addPerson(context, index, rows),
  };
}

export const PERSON_NAME_COLUMNS = ['person_id', 'ordinal', 'kind', 'value', 'scheme', 'folded', 'name_key'] as const;

/** Every searchable spelling of person `index`'s names, as `personNameRows` (the same for writes) gives them. */
function addPersonNames(context: SeedContext, index: number, rows: RowBuffer): void {
  for (const row of personNameRows(generatePerson(context, index))) {
    rows.add([row.personId, row.ordinal, row.kind, row.value, row.scheme, row.folded, row.nameKey]);
  }
}

export function personNameJob(context: SeedContext): CopyJob {
  return {
    table: 'persons.person_name',
    columns: PERSON_NAME_COLUMNS,
    steps: context.counts.persons,
    produce: (index, rows) => addPersonNames(context, index, rows),
  };
}

export const ALERT_COLUMNS = [
  'id',
  'person_id',
  'kind',
  'action_on_hit',
  'offence',
  'issuing_jurisdiction',
  'valid_from',
  'valid_until',
] as const;

/** The alerts of person `index` (none for four persons in five), from the alert stream of that person. */
function addAlerts(context: SeedContext, index: number, rows: RowBuffer): void {
  // Four persons in five have none: skip generating them.
  if (!hasAlerts(context, index)) return;
  const person = generatePerson(context, index);
  const random = recordRandom(context.seed, 'alert', index);
  person.alertKinds.forEach((kind, k) => {
    const data = ALERT_DATA[kind];
    const validFrom = dayBetween(random, Date.UTC(2012, 0, 1), SEED_EPOCH - DAY_MS);
    const validUntil = chance(random, 0.7) ? addYears(validFrom, int(random, 1, 5)) - DAY_MS : null;
    const offence =
      data.offences.length && chance(random, kind === 'WITNESS_SOUGHT' ? 0.6 : 0.95)
        ? pick(random, data.offences)
        : null;
    const issuer = chance(random, 0.85) ? person.ownerJurisdiction : OWNERS.draw(random).code;
    rows.add([
      context.alertIds.id(index * 2 + k),
      person.id,
      kind,
      pick(random, data.actions),
      offence,
      issuer,
      isoDate(validFrom),
      validUntil === null ? null : isoDate(validUntil),
    ]);
  });
}

export function alertJob(context: SeedContext): CopyJob {
  return {
    table: 'persons.alert',
    columns: ALERT_COLUMNS,
    steps: context.counts.persons,
    produce: (index, rows) => addAlerts(context, index, rows),
  };
}
