import { nameKey, nameKeyWordSources } from './name-key';
import { greekReadings, renamedGivenNames } from './given-name-equivalents';
import {
  BELARUSIAN_SCHEME,
  MAX_BELARUSIAN_READINGS,
  MAX_NATIONAL_SPELLINGS,
  belarusianReading,
  maghrebSpellings,
  nationalSpellings,
  nationalWordReadings,
  type NationalSpelling,
} from './national-spellings';
import { latinForms, scriptOfName, type NameScript } from './transliterate';

/**
 * What a row of `persons.person_name` holds: the Latin name as recorded (PRIMARY), the original-script name in its
 * standard transliteration (ORIGINAL), other spellings of either (VARIANT), an alias, or the name at birth.
 */
export type PersonNameKind = 'PRIMARY' | 'ORIGINAL' | 'VARIANT' | 'ALIAS' | 'BIRTH_NAME';

/** The names of a person, as the person record holds them. */
export interface PersonNames {
  id: string;
  familyName: string;
  givenNames: string | null;
  familyNameLatin: string;
  givenNamesLatin: string | null;
  nameAtBirth: string | null;
  aliases: readonly string[];
}

/** One searchable spelling of one of a person's names: a row of `persons.person_name`. */
export interface PersonNameRow {
  personId: string;
  /** Position among the person's rows (0, 1, ...): with `personId`, the row's key. */
  ordinal: number;
  kind: PersonNameKind;
  /** The name as recorded, shown to the officer as what matched (`ERIKSSON, ANNA`, `Шевченко, Олександр`, an alias). */
  value: string;
  /** How `folded` was written from `value` (ICAO 9303, ELOT 743, common Russian spelling, ...). */
  scheme: string;
  /** Upper-case A-Z words separated by single spaces, in the recorded order (family name first). */
  folded: string;
  /** The order-free key of `folded` (see `nameKey`): equal keys are the same name in another spelling. */
  nameKey: string;
}

/** At most this many rows per person: a name with many spellings and aliases must not flood the table. */
export const MAX_NAME_ROWS = 24;

function joinName(family: string | null, given: string | null): string {
  return [family?.trim(), given?.trim()].filter(Boolean).join(', ');
}

/**
 * The rows of `persons.person_name` for a person: every Latin spelling of the recorded Latin name, of the name in
 * its original script, of each alias and of the name at birth (with the given names), each spelling once, the
 * person's own names before aliases. The seed, the test fixtures and writes all store a person's names through this.
 */
export function personNameRows(person: PersonNames): PersonNameRow[] {
  const rows: PersonNameRow[] = [];
  const seen = new Set<string>();
  const add = (kind: PersonNameKind, value: string, text: string) => {
    latinForms(text).forEach((form, i) => {
      if (seen.has(form.text) || rows.length >= MAX_NAME_ROWS) return;
      seen.add(form.text);
      const rowKind = (kind === 'PRIMARY' || kind === 'ORIGINAL') && i > 0 ? 'VARIANT' : kind;
      rows.push({
        personId: person.id,
        ordinal: rows.length,
        kind: rowKind,
        value,
        scheme: form.scheme,
        folded: form.text,
        nameKey: nameKey(form.text),
      });
    });
  };
  add(
    'PRIMARY',
    joinName(person.familyNameLatin, person.givenNamesLatin),
    `${person.familyNameLatin} ${person.givenNamesLatin ?? ''}`,
  );
  add('ORIGINAL', joinName(person.familyName, person.givenNames), `${person.familyName} ${person.givenNames ?? ''}`);
  if (person.nameAtBirth) {
    add(
      'BIRTH_NAME',
      joinName(person.nameAtBirth, person.givenNames),
      `${person.nameAtBirth} ${person.givenNames ?? ''}`,
    );
    add(
      'BIRTH_NAME',
      joinName(person.nameAtBirth, person.givenNamesLatin),
      `${person.nameAtBirth} ${person.givenNamesLatin ?? ''}`,
    );
  }
  for (const alias of person.aliases) add('ALIAS', alias, alias);
  return rows;
}

/** One Latin spelling of the name an officer typed, as the search compares it with the stored rows. */
export interface QueryForm {
  /** Upper-case A-Z words, in the typed order. */
  folded: string;
  words: string[];
  /** The words of the order-free key (spelling skeletons, equivalent names merged), in the typed order. */
  keyWords: string[];
  /** The word each key word was made from, same order (`nameKeyWordSources`: KHADAFFI for HADAFI). */
  keyWordSources: string[];
  key: string;
  /** Not the name as typed but a transliteration of it (typed in another script, or the other ICAO spelling). */
  transliterated: boolean;
  scheme: string;
  script: NameScript;
  /** Read as another country's spelling of a Cyrillic name (`nationalSpellings`): whole-name matching only. */
  national: boolean;
}

/** At most this many spellings of a query are searched (a Cyrillic name has up to eight). */
export const MAX_QUERY_FORMS = 6;

/**
 * The Latin spellings of a typed name, the standard one of its script first; for a Latin name then its readings as
 * another country's spelling of a Cyrillic name (Schewtschenko → SHEVCHENKO), each with a key none before it has.
 */
export function queryForms(text: string): QueryForm[] {
  const script = scriptOfName(text);
  const form = (folded: string, scheme: string, transliterated: boolean, national: boolean): QueryForm => {
    const sources = nameKeyWordSources(folded);
    const keyWords = sources.map(({ key }) => key);
    return {
      folded,
      words: folded.split(' '),
      keyWords,
      keyWordSources: sources.map(({ source }) => source),
      // As `nameKey`, from the key words already at hand.
      key: [...keyWords].sort().join(' '),
      transliterated,
      scheme,
      script,
      national,
    };
  };
  const forms = latinForms(text)
    .slice(0, MAX_QUERY_FORMS)
    .map((latin) => form(latin.text, latin.scheme, script !== 'LATIN' || !latin.standard, false));
  if (script !== 'LATIN') return forms;
  const keys = new Set(forms.map((known) => known.key));
  const typed = forms.length;
  const nationalReadings = nationalSpellings(text);
  for (const spelling of [
    ...maghrebSpellings(text),
    ...renamedReadings(text),
    ...greekReadings(text),
    ...nationalReadings,
    // A Greek given name in a national reading (Hungarian Kosztasz → KOSTAS → KONSTANTINOS).
    ...nationalReadings.flatMap((reading) =>
      greekReadings(reading.text).map((greek) => ({ text: greek.text, scheme: `${reading.scheme}; ${greek.scheme}` })),
    ),
  ]) {
    const national = form(spelling.text, spelling.scheme, true, true);
    if (keys.has(national.key)) continue;
    keys.add(national.key);
    forms.push(national);
    if (forms.length - typed >= MAX_NATIONAL_SPELLINGS) break;
  }
  // Then the Belarusian form of the readings in ICAO letters, then of the name as typed (the press writes a
  // Belarusian's name the Russian way).
  let belarusian = 0;
  for (const latin of [...forms.slice(typed), ...forms.slice(0, typed)]) {
    const reading = belarusianReading(latin.folded);
    if (!reading) continue;
    const national = form(reading, `${latin.scheme}; ${BELARUSIAN_SCHEME}`, true, true);
    if (keys.has(national.key)) continue;
    keys.add(national.key);
    forms.push(national);
    if (++belarusian >= MAX_BELARUSIAN_READINGS) break;
  }
  return forms;
}

/**
 * The key words a typed Latin word's national readings stand for (`nationalWordReadings`: KRUSCIOV → HRUSHCHEV, ...),
 * each once, its own key (`key`) left out: the phonetic branch reads those a stored name holds.
 */
export function readingKeyWords(word: string, key: string): string[] {
  const keys = nationalWordReadings(word).flatMap((reading) => {
    const readingKeys = nameKeyWordSources(reading);
    return readingKeys.length === 1 && readingKeys[0].key !== key ? [readingKeys[0].key] : [];
  });
  return [...new Set(keys)];
}

/** Of the readings of a name with a translated given name (Peter Tschaikowsky), this many come before the others. */
const RENAMED_READINGS = 3;

/**
 * A name whose given name is another language's form of a Russian one (`renamedGivenNames`): the name with the Russian
 * given name, then its national readings (Peter Tschaikowsky → PETR TSCHAIKOWSKY, then PETR CHAIKOVSKII).
 */
function renamedReadings(text: string): NationalSpelling[] {
  const renamed = renamedGivenNames(text);
  if (!renamed) return [];
  const national = nationalSpellings(renamed.typed).map((spelling) => ({
    text: spelling.text,
    scheme: `${renamed.scheme}; ${spelling.scheme}`,
  }));
  return [{ text: renamed.text, scheme: renamed.scheme }, ...national].slice(0, RENAMED_READINGS);
}
