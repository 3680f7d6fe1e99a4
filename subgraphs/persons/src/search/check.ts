import { runCheck } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import type { SqlParams } from '../../../../shared/sql';
import { parsePartialDate, type PartialDate } from '../../../../shared/validation';
import { nameKey } from './name-key';
import { DOB_FIRST_SQL, DOB_LAST_SQL } from './person-search';
import { latinForms, nameWords } from './transliterate';

const MAX_NAME_LENGTH = 200;
/** More words than a whole name has: a pasted text rather than a name. */
const MAX_NAME_WORDS = 12;

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
 * `checkPerson`: persons one of whose names has the same order-free key (`name_key`, index `person_name_key`) as a
 * Latin spelling of the typed name: the whole name, in any script and spelling, never a sound-alike, a typo or a
 * part. With `dateOfBirth`, the recorded date must fit it (or be unknown). The status and action come from the most
 * urgent alert in force today.
 */
export function checkPerson(context: RequestContext<unknown>, args: { name: string; dateOfBirth?: string | null }) {
  const keys = nameKeysOf(args.name);
  const dateOfBirth = args.dateOfBirth != null ? parsePartialDate(args.dateOfBirth, 'dateOfBirth') : undefined;
  return runCheck(context, {
    table: 'persons.person',
    condition: (params) =>
      `r.id IN (SELECT p.id FROM persons.person_name pn JOIN persons.person p ON p.id = pn.person_id
                 WHERE pn.name_key = ANY(${params.add(keys)}::text[])
                   ${dateOfBirth ? `AND ${dateOfBirthFits(dateOfBirth, params)}` : ''})`,
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
  });
}

/** The order-free keys of every Latin spelling of the typed name. */
function nameKeysOf(name: string): string[] {
  if (name.length > MAX_NAME_LENGTH) {
    throw badUserInput(`name must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}`, 'name');
  }
  const words = nameWords(name);
  if (words.length > MAX_NAME_WORDS) {
    throw badUserInput(`name must be one person's name, at most ${MAX_NAME_WORDS} words`, 'name');
  }
  const keys = [...new Set(latinForms(name).map((form) => nameKey(form.text)))].filter(Boolean);
  if (!keys.length) throw badUserInput('name must hold letters', 'name');
  return keys;
}

/** The recorded date of birth (alias `p`) is unknown or overlaps the searched one, as in `searchPersons`. */
function dateOfBirthFits(date: PartialDate, params: SqlParams): string {
  const firstMs = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const lastMs = date.day ? firstMs : date.month ? Date.UTC(date.year, date.month, 0) : Date.UTC(date.year, 11, 31);
  const first = `${params.add(new Date(firstMs).toISOString().slice(0, 10))}::date`;
  const last = `${params.add(new Date(lastMs).toISOString().slice(0, 10))}::date`;
  return `(p.dob_year IS NULL OR (${DOB_FIRST_SQL} <= ${last} AND ${DOB_LAST_SQL} >= ${first}))`;
}
