import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../shared/errors';
import type { InputObject, InputReader } from '../../../shared/input';
import type { RecordKind, RelatedRow } from '../../../shared/writes';
import { formatDateOfBirth, parseDateOfBirth } from './date-of-birth';
import { AlertEntity, PersonEntity, PersonNameEntity, type Script, type Sex } from './entities';
import { searchNameOf } from './search/normalize';
import { latinForms, nameWords, scriptOf } from './search/transliterate';
import { personNameRows } from './search/variants';

export const SEXES: readonly Sex[] = ['MALE', 'FEMALE', 'UNKNOWN'];
export const SCRIPTS: readonly Script[] = ['LATIN', 'CYRILLIC', 'GREEK', 'ARABIC'];
export const WARNING_MARKERS = [
  'ARMED',
  'VIOLENT',
  'ESCAPE_RISK',
  'SUICIDE_RISK',
  'PUBLIC_HEALTH_RISK',
  'TERRORISM',
] as const;
export const ALERT_KINDS = [
  'WANTED_FOR_ARREST',
  'MISSING',
  'WITNESS_SOUGHT',
  'DISCREET_CHECK',
  'INQUIRY_CHECK',
  'UNKNOWN_WANTED',
] as const;
const ALERT_FIELDS = ['kind', 'actionOnHit', 'offence', 'issuingJurisdiction', 'validFrom', 'validUntil'] as const;

const MAX_NAME_LENGTH = 100;
const MAX_ALIASES = 20;
const MAX_NATIONALITIES = 10;
const MAX_ALERTS = 20;
const MAX_ACTION_LENGTH = 500;
/** Letters (any script) with spaces, apostrophes, hyphens and dots between them. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’ʼ.-]*$/u;
const NAME_EXPECTED = 'letters, with spaces, apostrophes, hyphens and dots between them';
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M} '’ʼ.-]*$/u;
const LATIN_NAME_EXPECTED = 'Latin letters, with spaces, apostrophes, hyphens and dots between them';
const NAME_RULE = { pattern: NAME, expected: NAME_EXPECTED };

/**
 * How persons are created, updated, revoked and imported (shared/writes.ts does the rest). The names are given as
 * written in their original script; the Latin names default to the project's ICAO 9303 transliteration of them
 * (the same tables the search uses). The person's alerts are related rows, replaced as a whole. After every write the
 * person's search names (`persons.person_name`) are rewritten in the same transaction, so that a new or renamed
 * person is found at once, in any script.
 */
export const PERSON_KIND: RecordKind<PersonEntity> = {
  typeName: 'Person',
  importType: 'person',
  schema: 'persons',
  entity: PersonEntity,
  fields: [
    'familyName',
    'givenNames',
    'familyNameLatin',
    'givenNamesLatin',
    'script',
    'nameAtBirth',
    'aliases',
    'sex',
    'dateOfBirth',
    'placeOfBirth',
    'countryOfBirth',
    'nationalities',
    'warningMarkers',
    'alerts',
  ],

  parse(input) {
    const familyName = input.string('familyName', { required: true, max: MAX_NAME_LENGTH, ...NAME_RULE })!;
    const givenNames = input.string('givenNames', { max: MAX_NAME_LENGTH, ...NAME_RULE });
    const script = parseScript(input, familyName, givenNames);
    const familyNameLatin =
      parseLatinName(input, 'familyNameLatin') ?? latinOf(familyName, script, familyName, givenNames);
    let givenNamesLatin = parseLatinName(input, 'givenNamesLatin');
    if (givenNamesLatin && !givenNames) {
      throw badUserInput(
        `${input.at('givenNamesLatin')} needs givenNames (the given names as written in the original script)`,
        input.at('givenNamesLatin'),
      );
    }
    if (givenNames && !givenNamesLatin) givenNamesLatin = latinOf(givenNames, script, familyName, givenNames);
    const dateOfBirth = input.string('dateOfBirth', { max: 10 });
    const alerts = uniqueRows(input.objects('alerts', { max: MAX_ALERTS }).map(parseAlert));
    return {
      columns: {
        familyName,
        givenNames,
        familyNameLatin,
        givenNamesLatin,
        script,
        nameAtBirth: input.string('nameAtBirth', { max: MAX_NAME_LENGTH, ...NAME_RULE }),
        aliases: input.strings('aliases', { max: MAX_ALIASES, maxLength: MAX_NAME_LENGTH, ...NAME_RULE }),
        sex: input.enumOf<Sex>('sex', SEXES, { fallback: 'UNKNOWN' })!,
        ...(dateOfBirth
          ? parseDateOfBirth(dateOfBirth, input.at('dateOfBirth'))
          : { dobYear: null, dobMonth: null, dobDay: null }),
        placeOfBirth: input.string('placeOfBirth'),
        countryOfBirth: input.country('countryOfBirth'),
        nationalities: input.countries('nationalities', { max: MAX_NATIONALITIES }),
        warningMarkers: input.enumsOf('warningMarkers', WARNING_MARKERS),
        searchName: searchNameOf({ familyNameLatin, givenNamesLatin }),
      },
      related: { alerts },
    };
  },

  // A Latin name equal to the one derived from the original is left out, so that it follows a changed original.
  toInput: (record, related) => ({
    familyName: record.familyName,
    givenNames: record.givenNames,
    familyNameLatin: derivedOrOwn(record.familyNameLatin, record.familyName, record),
    givenNamesLatin: record.givenNames ? derivedOrOwn(record.givenNamesLatin, record.givenNames, record) : null,
    nameAtBirth: record.nameAtBirth,
    aliases: record.aliases,
    sex: record.sex,
    dateOfBirth: formatDateOfBirth(record),
    placeOfBirth: record.placeOfBirth,
    countryOfBirth: record.countryOfBirth,
    nationalities: record.nationalities,
    warningMarkers: record.warningMarkers,
    alerts: related.alerts ?? [],
  }),

  async loadRelated(manager, id) {
    const alerts = await manager.find(AlertEntity, { where: { personId: id } });
    return { alerts: uniqueRows(alerts.map(alertRow)) };
  },

  async saveRelated(manager, id, related) {
    await manager.delete(AlertEntity, { personId: id });
    const alerts = (related.alerts ?? []) as InputObject[];
    if (alerts.length) {
      await manager.insert(
        AlertEntity,
        alerts.map((alert) => ({ ...alert, id: randomUUID(), personId: id }) as AlertEntity),
      );
    }
  },

  async afterWrite(manager, person) {
    await manager.delete(PersonNameEntity, { personId: person.id });
    await manager.insert(PersonNameEntity, personNameRows(person));
  },
};

/**
 * The script of the original names: detected from their letters (Latin words may stand beside one other script).
 * `input.script`, when given, must agree with it.
 */
function parseScript(input: InputReader, familyName: string, givenNames: string | null): Script {
  const otherScripts = (name: string | null) =>
    new Set(
      nameWords(name ?? '')
        .map(scriptOf)
        .filter((s) => s !== 'LATIN'),
    );
  const ofFamily = otherScripts(familyName);
  const ofGiven = otherScripts(givenNames);
  const scripts = new Set([...ofFamily, ...ofGiven]);
  if (scripts.has('OTHER')) {
    const field = ofFamily.has('OTHER') ? 'familyName' : 'givenNames';
    throw badUserInput(
      `${input.at(field)} must be written in Latin, Cyrillic, Greek or Arabic script (others: give the Latin ` +
        `transliteration as the name)`,
      input.at(field),
    );
  }
  if (scripts.size > 1) {
    const field = ofFamily.size > 1 ? 'familyName' : 'givenNames';
    throw badUserInput(
      `${input.at(field)}: the names mix ${[...scripts].join(' and ')} script; write them in one script`,
      input.at(field),
    );
  }
  const detected = ([...scripts][0] ?? 'LATIN') as Script;
  const stated = input.enumOf('script', SCRIPTS);
  if (stated && stated !== detected) {
    throw badUserInput(
      `${input.at('script')} is ${stated}, but familyName and givenNames are written in ${detected} script`,
      input.at('script'),
    );
  }
  return detected;
}

/** A Latin name as the owner gave it: Latin letters only, foldable to the A-Z the search compares. */
function parseLatinName(input: InputReader, field: string): string | null {
  const name = input.string(field, { max: MAX_NAME_LENGTH, pattern: LATIN_NAME, expected: LATIN_NAME_EXPECTED });
  if (name && !latinForms(name).length) {
    throw badUserInput(`${input.at(field)} must hold letters, got '${name}'`, input.at(field));
  }
  return name;
}

/**
 * The Latin form of one part of the name: as written when the original is Latin, else its standard transliteration
 * (ICAO 9303 Cyrillic in the language the whole name is in, ELOT 743 Greek, the Arabic transcription), in title case
 * (Шевченко → Shevchenko).
 */
export function latinOf(part: string, script: Script, familyName: string, givenNames: string | null): string {
  if (script === 'LATIN') return part;
  const standard = latinForms(part, `${familyName} ${givenNames ?? ''}`)[0]?.text ?? part;
  return standard.replace(/\b([A-Z])([A-Z]*)/g, (_word, first: string, rest: string) => first + rest.toLowerCase());
}

function derivedOrOwn(latin: string | null, part: string, record: PersonEntity): string | null {
  return latin === latinOf(part, record.script, record.familyName, record.givenNames) ? null : latin;
}

/** One alert of the input, as a related row: every field, in `ALERT_FIELDS` order, so rows compare as JSON. */
function parseAlert(alert: InputReader): InputObject {
  alert.onlyFields(ALERT_FIELDS, 'an alert');
  const validFrom = alert.date('validFrom', { required: true })!;
  const validUntil = alert.date('validUntil');
  if (validUntil && validUntil < validFrom) {
    throw badUserInput(`${alert.at('validUntil')} must not be before validFrom (${validFrom})`, alert.at('validUntil'));
  }
  return alertRow({
    kind: alert.enumOf('kind', ALERT_KINDS, { required: true })!,
    actionOnHit: alert.string('actionOnHit', { required: true, max: MAX_ACTION_LENGTH })!,
    offence: alert.string('offence'),
    issuingJurisdiction: alert.country('issuingJurisdiction', { required: true })!,
    validFrom,
    validUntil,
  });
}

function alertRow(alert: Omit<AlertEntity, 'id' | 'personId'>): InputObject {
  return {
    kind: alert.kind,
    actionOnHit: alert.actionOnHit,
    offence: alert.offence ?? null,
    issuingJurisdiction: alert.issuingJurisdiction,
    validFrom: alert.validFrom,
    validUntil: alert.validUntil ?? null,
  };
}

/** Rows without repeats, in one order (by their JSON): the same alerts given in another order are no change. */
function uniqueRows(rows: InputObject[]): RelatedRow[] {
  const byKey = new Map(rows.map((row) => [JSON.stringify(row), row]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}
