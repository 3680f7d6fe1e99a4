import { runCheck, runChecks, type CheckDefinition } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import { parsePartialDate } from '../../../../shared/validation';
import { daysOf } from '../date-of-birth';
import type { PersonCheckInput } from '../generated/graphql';
import { nameKey } from './name-key';
import { DOB_FIRST_SQL, DOB_LAST_SQL } from './person-search';
import { latinForms, nameWords } from './transliterate';

const MAX_NAME_LENGTH = 200;
/** More words than a whole name has: a pasted text rather than a name. */
const MAX_NAME_WORDS = 12;
/** The years of birth a check without a date of birth reads: every year a smallint holds. */
const [EARLIEST_YEAR, LATEST_YEAR] = [-32768, 32767];

/** Alert kinds by urgency: a person with several alerts in force answers with the most urgent. */
const ALERT_URGENCY = [
  'WANTED_FOR_ARREST',
  'UNKNOWN_WANTED',
  'MISSING',
  'DISCREET_CHECK',
  'INQUIRY_CHECK',
  'WITNESS_SOUGHT',
] as const;

/** The status of a person without an alert in force. */
const NO_ALERT_STATUS = 'RECORDED';
const NO_ALERT_ACTION =
  'No alert is in force on this person: take no action on this hit alone; contact the owner quoting the reference.';

/**
 * Persons one of whose names has the same order-free key as a Latin spelling of the typed name: the whole name, in
 * any script and spelling, never a sound-alike, a typo or a part. With `dateOfBirth`, the recorded date must fit it
 * (or be unknown). The status and action come from the most urgent alert in force today.
 */
const PERSON_CHECK: CheckDefinition<PersonCheckInput> = {
  table: 'persons.person',
  itemColumns: [
    ['name_keys', 'jsonb'],
    ['dob_first', 'date'],
    ['dob_last', 'date'],
  ],
  readItem(input, argument) {
    const keys = nameKeysOf(input.name, argument('name'));
    const dateOfBirth =
      input.dateOfBirth != null ? parsePartialDate(input.dateOfBirth, argument('dateOfBirth')) : undefined;
    const days = dateOfBirth ? daysOf(dateOfBirth) : undefined;
    return [JSON.stringify(keys), days?.first ?? null, days?.last ?? null];
  },
  // Index `name_key_birth_year_key`, index only, for each key of the item: one range of the years its date of birth
  // stands for (every year without one), and the holders whose year is unknown.
  condition: `r.id IN (SELECT p.id
                         FROM (SELECT k.person_id FROM persons.name_key_birth_year k
                                WHERE k.name_key IN (SELECT jsonb_array_elements_text(item.name_keys))
                                  AND k.birth_year BETWEEN coalesce(extract(year FROM item.dob_first)::int, ${EARLIEST_YEAR})
                                                       AND coalesce(extract(year FROM item.dob_last)::int, ${LATEST_YEAR})
                               UNION ALL
                               SELECT k.person_id FROM persons.name_key_birth_year k
                                WHERE k.name_key IN (SELECT jsonb_array_elements_text(item.name_keys))
                                  AND k.birth_year IS NULL) k
                         JOIN persons.person p ON p.id = k.person_id
                        WHERE item.dob_first IS NULL OR p.dob_year IS NULL
                           OR (${DOB_FIRST_SQL} <= item.dob_last AND ${DOB_LAST_SQL} >= item.dob_first))`,
  statusSql: {
    join: `LEFT JOIN LATERAL (
        SELECT a.kind, a.action_on_hit FROM persons.alert a
         WHERE a.person_id = r.id AND a.valid_from <= current_date
           AND (a.valid_until IS NULL OR a.valid_until >= current_date)
         ORDER BY array_position(ARRAY['${ALERT_URGENCY.join("','")}'], a.kind::text), a.valid_from DESC, a.id
         LIMIT 1) alert ON true`,
    status: `coalesce(alert.kind, '${NO_ALERT_STATUS}')`,
    actionOnHit: 'alert.action_on_hit',
  },
  actionOnHit: () => NO_ALERT_ACTION,
};

/** `checkPerson`: one person. */
export function checkPerson(context: RequestContext<unknown>, args: PersonCheckInput) {
  return runCheck(context, PERSON_CHECK, args);
}

/** `checkPersons`: up to 100 persons, one statement. */
export function checkPersons(context: RequestContext<unknown>, items: readonly PersonCheckInput[]) {
  return runChecks(context, 'checkPersons', PERSON_CHECK, items);
}

/** The order-free keys of every Latin spelling of the typed name. */
function nameKeysOf(name: string, argument: string): string[] {
  if (name.length > MAX_NAME_LENGTH) {
    throw badUserInput(`name must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}`, argument);
  }
  const words = nameWords(name);
  if (words.length > MAX_NAME_WORDS) {
    throw badUserInput(`name must be one person's name, at most ${MAX_NAME_WORDS} words`, argument);
  }
  const keys = [...new Set(latinForms(name).map((form) => nameKey(form.text)))].filter(Boolean);
  if (!keys.length) throw badUserInput('name must hold letters', argument);
  return keys;
}

/** What to do on a hit of a record in this status, as a check says it: the hit notifications say it too. */
export const personActionOnHit = (status: string): string => PERSON_CHECK.actionOnHit(status);
