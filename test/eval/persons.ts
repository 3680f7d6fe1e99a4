// Person queries of the evaluation set, one builder per name and date-of-birth rule of issue 3.
//
// Identity: a person is a correct answer for a name when one of its names (the stored name with any of its given
// names, a name at birth with a given name, or an alias) is the queried name in some spelling the seed's name
// lists record for it (the native script, the ICAO Latin form, the recorded variants and everyday spellings),
// compared without case and diacritics, with ICAO's Ä = A = AE. The query text is the distortion the rule tests;
// relevance always comes from the targeted identity, never from the text. Dates, sex and nationality narrow it.
import type { Client } from 'pg';
import { VISIBLE_SQL } from './harness';
import { collect, pick, rngFor, rule, type QueryDraft, type RuleDraft, type Rng } from './draw';
import {
  ENGLISH_SPELLINGS,
  HAS_ICAO_LETTER,
  IS_ASCII,
  cyrillicPopularLatin,
  cyrillicToLatin,
  editDistance,
  greekCapitals,
  greekHabit,
  icaoExpanded,
  listOf,
  mrzLatin,
  nameKeys,
  nameParts,
  soundAlikes,
  stripDiacritics,
  titleCase,
  toSerbianCyrillic,
  typos,
  type CyrillicLanguage,
  type NameList,
  type NamePart,
} from './names';

interface PersonRow {
  id: string;
  family_name: string;
  given_names: string | null;
  family_name_latin: string;
  given_names_latin: string | null;
  script: 'LATIN' | 'CYRILLIC' | 'GREEK' | 'ARABIC';
  name_at_birth: string | null;
  aliases: string[];
  sex: 'MALE' | 'FEMALE' | 'UNKNOWN';
  dob_year: number | null;
  dob_month: number | null;
  dob_day: number | null;
  nationalities: string[];
}

interface Part extends NamePart {
  /** The Latin form the person's own name list gives this part. */
  latin: string;
}

interface Person extends PersonRow {
  index: number;
  list: NameList | undefined;
  given: Part[];
  family: Part[];
  birth: Part[];
  /** Every spelling of the whole family name (products of its parts' spellings). */
  familySpellings: string[];
  birthSpellings: string[];
}

interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const DAY_MS = 86_400_000;

/** The persons the viewer may see (others are never correct answers), in id order. */
async function loadPersons(client: Client, viewer: string): Promise<Person[]> {
  const { rows } = await client.query<PersonRow>(
    `
    SELECT id, family_name, given_names, family_name_latin, given_names_latin, script, name_at_birth, aliases, sex,
           dob_year, dob_month, dob_day, nationalities
      FROM persons.person
     WHERE ${VISIBLE_SQL}
     ORDER BY id`,
    [viewer],
  );
  return rows.map((row, index) => {
    const givenParts = nameParts(row.given_names, 'given');
    const familyParts = nameParts(row.family_name, 'family');
    const list = givenParts.length ? listOf(givenParts[0].native, row.family_name, row.nationalities[0]) : undefined;
    const latinOf = (part: NamePart, kind: 'given' | 'family'): Part => ({
      ...part,
      latin: list?.[kind].get(part.native)?.latin ?? part.spellings[1] ?? part.native,
    });
    const given = givenParts.map((part) => latinOf(part, 'given'));
    const family = familyParts.map((part) => latinOf(part, 'family'));
    const birth = nameParts(row.name_at_birth, 'family').map((part) => latinOf(part, 'family'));
    return {
      ...row,
      index,
      list,
      given,
      family,
      birth,
      familySpellings: product(family),
      birthSpellings: product(birth),
    };
  });
}

function product(parts: NamePart[]): string[] {
  return parts
    .reduce<string[]>(
      (joined, part) =>
        joined.flatMap((prefix) => part.spellings.map((spelling) => (prefix ? `${prefix} ${spelling}` : spelling))),
      [''],
    )
    .filter(Boolean);
}

function fullKeys(givenSpellings: string[], familySpellings: string[]): string[] {
  return givenSpellings.flatMap((given) => familySpellings.flatMap((family) => nameKeys(`${given} ${family}`)));
}

/** Look-ups from name keys to persons: by full name (given + family, any spelling, aliases, names at birth) and by family name. */
class PersonIndex {
  readonly byFullName = new Map<string, Set<number>>();
  readonly byFamilyName = new Map<string, Set<number>>();
  readonly givenKeys = new Set<string>();
  /** Distinct Latin family-name keys, for telling whether a misspelling lands near another family name. */
  readonly latinFamilyKeys: string[];

  constructor(readonly persons: Person[]) {
    for (const person of persons) {
      const add = (map: Map<string, Set<number>>, keys: string[]) => {
        for (const key of keys) {
          let set = map.get(key);
          if (!set) map.set(key, (set = new Set()));
          set.add(person.index);
        }
      };
      for (const given of person.given) {
        add(this.byFullName, fullKeys(given.spellings, person.familySpellings));
        add(this.byFullName, fullKeys(given.spellings, person.birthSpellings));
        for (const spelling of given.spellings) for (const key of nameKeys(spelling)) this.givenKeys.add(key);
      }
      add(this.byFamilyName, [...person.familySpellings, ...person.birthSpellings].flatMap(nameKeys));
      for (const alias of person.aliases) {
        add(this.byFullName, nameKeys(alias));
        add(this.byFamilyName, nameKeys(alias.split(' ').slice(1).join(' ')));
      }
    }
    this.latinFamilyKeys = [...this.byFamilyName.keys()].filter((key) => /^[a-z ]+$/.test(key));
  }

  lookUp(map: Map<string, Set<number>>, keys: string[], accept: (person: Person) => boolean = () => true): Person[] {
    const found = new Set<number>();
    for (const key of keys) for (const index of map.get(key) ?? []) found.add(index);
    return [...found].map((index) => this.persons[index]).filter(accept);
  }
}

/** The keys naming a person's identity by its first given name and its family name. */
const identityKeys = (person: Person) => fullKeys(person.given[0].spellings, person.familySpellings);
const familyKeys = (person: Person) => person.familySpellings.flatMap(nameKeys);
const givenLatin = (person: Person) => person.given[0].latin;
const latinName = (person: Person) => `${givenLatin(person)} ${person.family_name_latin}`;

function describe(person: Person): string {
  const native = person.script === 'LATIN' ? '' : ` (${person.given_names} ${person.family_name})`;
  const dob = [person.dob_year, person.dob_month, person.dob_day]
    .filter((part) => part !== null)
    .map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
    .join('-');
  return `${person.given_names_latin ?? ''} ${person.family_name_latin.toUpperCase()}${native}, ${person.sex.toLowerCase()}, ${dob || 'dob unknown'}, ${person.nationalities.join('/')}`;
}

function dobOf(person: Person): PartialDate {
  return { year: person.dob_year ?? 0, month: person.dob_month ?? undefined, day: person.dob_day ?? undefined };
}

function isoOf(date: PartialDate): string {
  return [date.year, date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
    .join('-');
}

/** The days a (possibly partial) date of birth may stand for, as [first, last] in days since 1970. */
function dayRange(date: PartialDate): [number, number] {
  const first = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / DAY_MS;
  if (date.day !== undefined) return [first, first];
  const end = date.month !== undefined ? Date.UTC(date.year, date.month, 1) : Date.UTC(date.year + 1, 0, 1);
  return [first, end / DAY_MS - 1];
}

/**
 * Whether a person's recorded date of birth fits the queried one: each recorded part equals the queried part
 * (parts not recorded fit anything), or with a tolerance, the recorded range comes within that many days.
 */
function dobFits(person: Person, query: PartialDate, toleranceDays = 0): boolean {
  if (person.dob_year === null) return true;
  const [first, last] = dayRange(dobOf(person));
  const [queryFirst, queryLast] = dayRange(query);
  return first <= queryLast + toleranceDays && last >= queryFirst - toleranceDays;
}

export function personRules(seed: number, index: PersonIndex): RuleDraft[] {
  const persons = index.persons;
  const ids = (found: Person[]) => found.map((person) => person.id);
  const byName = (target: Person, accept?: (person: Person) => boolean) =>
    index.lookUp(index.byFullName, identityKeys(target), accept);
  // A typed name that is also the name of someone else, read in any word order, is ambiguous: such queries are not
  // drawn (Martin Marco for Martin Marko when a Marco Martin exists).
  const namesOnlyThem = (text: string, relevant: Person[]) => {
    const inRelevant = new Set(relevant.map((person) => person.index));
    const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
    const readings = words.map((_, i) => [...words.slice(i), ...words.slice(0, i)].join(' '));
    return index.lookUp(index.byFullName, readings.flatMap(nameKeys)).every((person) => inRelevant.has(person.index));
  };
  const nameQuery = (target: Person, text: string, how: string): QueryDraft | null => {
    const relevant = byName(target);
    if (!relevant.includes(target) || !namesOnlyThem(text, relevant)) return null;
    return { text, relevant: ids(relevant), note: `${describe(target)}; ${how}` };
  };
  const sharedName = (person: Person) => byName(person).length > 1;
  const hasGiven = persons.filter((person) => person.given.length > 0);
  const latinScript = hasGiven.filter((person) => person.script === 'LATIN');
  const ofLists = (keys: string[]) => hasGiven.filter((person) => person.list && keys.includes(person.list.key));
  const draw = (id: string) => rngFor(seed, id);
  const NAME_IDENTITY =
    'persons bearing the targeted given + family name in any recorded spelling or script (stored name, name at birth or alias)';

  const rules: RuleDraft[] = [];
  const add = (id: string, description: string, relevance: string, make: (rng: Rng) => QueryDraft[]) =>
    rules.push(rule(id, 'person', description, relevance, make(draw(id))));

  add('person.exact', 'the stored Latin name as recorded (control)', NAME_IDENTITY, (rng) =>
    collect(rng, hasGiven, 12, (target) => nameQuery(target, latinName(target), 'typed as stored')),
  );

  add(
    'person.case-diacritics',
    'Latin name typed without its diacritics, all lower or upper case (José García → jose garcia)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, latinScript, 15, (target) => {
        const name = latinName(target);
        const plain = stripDiacritics(name);
        if (plain === name || HAS_ICAO_LETTER.test(name)) return null;
        const text = rng() < 0.5 ? plain.toLowerCase() : plain.toUpperCase();
        return nameQuery(target, text, `diacritics and case dropped`);
      }),
  );

  const icaoNames = hasGiven.filter((person) => HAS_ICAO_LETTER.test(latinName(person)));
  add(
    'person.icao-expanded',
    'ICAO 9303 two-letter form of Ä Ö Ü Å Ø Æ ß (Müller → Mueller, Åberg → Aaberg)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, icaoNames, 15, (target) =>
        nameQuery(target, icaoExpanded(latinName(target)), 'national characters written out (AE, OE, UE, AA, SS)'),
      ),
  );
  add(
    'person.icao-simple',
    'ICAO 9303 one-letter form of Ä Ö Ü Å Ø (Müller → Muller, Søren → Soren)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, icaoNames, 15, (target) =>
        nameQuery(target, stripDiacritics(latinName(target)), 'national characters reduced to A, O, U'),
      ),
  );

  add(
    'person.cyrillic-stored-latin-query',
    'name stored in Cyrillic, typed in its everyday Latin spelling rather than the ICAO one (Юрий → Yuriy, not Iurii)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, ofLists(['ru', 'uk', 'bg']), 15, (target) => {
        const language = target.list!.key as CyrillicLanguage;
        const text = `${cyrillicPopularLatin(target.given[0].native, language)} ${cyrillicPopularLatin(target.family_name, language)}`;
        if (overlaps(nameKeys(text), nameKeys(latinName(target)))) return null;
        return nameQuery(target, text, `everyday ${language} romanization`);
      }),
  );

  add(
    'person.latin-stored-cyrillic-query',
    'Croatian or Slovene name stored in Latin, typed in (Serbian) Cyrillic (Ivan Horvat → Иван Хорват)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, ofLists(['hr', 'sl']), 12, (target) => {
        const given = toSerbianCyrillic(givenLatin(target));
        const family = toSerbianCyrillic(target.family_name_latin);
        if (!given || !family) return null;
        return nameQuery(target, `${given} ${family}`, 'typed in Serbian Cyrillic');
      }),
  );

  add(
    'person.cyrillic-language',
    'Cyrillic name romanized with another language’s table (Ukrainian Григорій read as Russian: Grigorii, not Hryhorii; Serbian Ђорђевић as DJORDJEVIC or Dordevic)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, ofLists(['ru', 'uk', 'bg', 'sr']), 15, (target) => {
        const own = target.list!.key as CyrillicLanguage;
        const natives = [target.given[0].native, target.family_name];
        let text: string;
        let how: string;
        if (own === 'sr' && rng() < 0.5) {
          text = mrzLatin(`${givenLatin(target)} ${target.family_name_latin}`).replace(/</g, ' ');
          how = 'Serbian Latin as the MRZ writes it (Đ → DJ)';
        } else {
          const other: CyrillicLanguage = own === 'ru' ? 'uk' : 'ru';
          text = natives.map((native) => cyrillicToLatin(native, other)).join(' ');
          how = `${own} name romanized with the ICAO ${other} table`;
        }
        if (overlaps(nameKeys(text), nameKeys(latinName(target)))) return null;
        return nameQuery(target, text, how);
      }),
  );

  add(
    'person.greek',
    'Greek name typed in Greek capitals without accents, or in a common non-ELOT Latin spelling (Hristos, Haralambos, Vasilios)',
    NAME_IDENTITY,
    (rng) =>
      collect(
        rng,
        hasGiven.filter((person) => person.script === 'GREEK'),
        16,
        (target) => {
          if (rng() < 0.5)
            return nameQuery(
              target,
              greekCapitals(`${target.given[0].native} ${target.family_name}`),
              'Greek capitals without accents',
            );
          const family = greekHabit(target.family_name_latin);
          const given = family ? givenLatin(target) : greekHabit(givenLatin(target));
          if (!given) return null;
          return nameQuery(target, `${given} ${family ?? target.family_name_latin}`, 'common Latin spelling');
        },
      ),
  );

  add(
    'person.arabic-script',
    'name stored in Arabic (with its Latin form), typed in Arabic script',
    NAME_IDENTITY,
    (rng) =>
      collect(
        rng,
        hasGiven.filter((person) => person.script === 'ARABIC'),
        12,
        (target) => nameQuery(target, `${target.given[0].native} ${target.family_name}`, 'typed in Arabic script'),
      ),
  );

  add(
    'person.common-spelling',
    'another common Latin spelling of the name (Mohammed/Muhammad for Mohamed, Alexander for Aleksandr or Oleksandr)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, hasGiven, 16, (target) => {
        const stored = latinName(target);
        let text: string | undefined;
        if (target.script === 'ARABIC') {
          const given = target.given[0].spellings.slice(1).filter((spelling) => spelling !== givenLatin(target));
          const family = target.family.length === 1 ? target.family[0].spellings.slice(1) : [];
          const familyOther = family.filter((spelling) => spelling !== target.family_name_latin);
          if (given.length && (rng() < 0.6 || !familyOther.length))
            text = `${pick(rng, given)} ${target.family_name_latin}`;
          else if (familyOther.length) text = `${givenLatin(target)} ${pick(rng, familyOther)}`;
        } else if (ENGLISH_SPELLINGS[target.given[0].native]) {
          text = `${pick(rng, ENGLISH_SPELLINGS[target.given[0].native])} ${target.family_name_latin}`;
        }
        if (!text || overlaps(nameKeys(text), nameKeys(stored))) return null;
        return nameQuery(target, text, 'another common spelling');
      }),
  );

  const asciiFamily = hasGiven.filter(
    (person) => IS_ASCII.test(person.family_name_latin) && !person.family_name_latin.includes(' '),
  );
  const isKnownFamily = (spelling: string) => nameKeys(spelling).some((key) => index.byFamilyName.has(key));
  add(
    'person.phonetic',
    'family name spelt as it sounds (Schmidt → Schmitt, Philips → Filips, Meyer → Meier)',
    NAME_IDENTITY,
    (rng) =>
      collect(rng, asciiFamily, 16, (target) => {
        const forms = soundAlikes(target.family_name_latin).filter((form) => !isKnownFamily(form));
        if (!forms.length) return null;
        const form = titleCase(pick(rng, forms));
        return nameQuery(target, `${givenLatin(target)} ${form}`, `sounds like ${target.family_name_latin}: ${form}`);
      }),
  );

  add(
    'person.typo',
    'one typing error in the family name (neighbouring key, letter dropped, doubled or swapped)',
    `${NAME_IDENTITY}; misspellings within one edit of another family name in the data are not drawn`,
    (rng) =>
      collect(
        rng,
        asciiFamily.filter((person) => person.family_name_latin.length >= 5),
        20,
        (target) => {
          const own = new Set(familyKeys(target));
          const forms = typos(target.family_name_latin).filter(
            (form) => !index.latinFamilyKeys.some((key) => !own.has(key) && editDistance(form, key, 1) <= 1),
          );
          if (!forms.length) return null;
          const form = titleCase(pick(rng, forms));
          return nameQuery(target, `${givenLatin(target)} ${form}`, `typo of ${target.family_name_latin}: ${form}`);
        },
      ),
  );

  add(
    'person.swapped',
    'family name first (ERIKSSON Anna, Eriksson, Anna)',
    `${NAME_IDENTITY}; names whose swapped form is someone else’s name are not drawn`,
    (rng) =>
      collect(rng, hasGiven, 15, (target) => {
        const [given, family] = [givenLatin(target), target.family_name_latin];
        const roll = rng();
        const text =
          roll < 0.4 ? `${family.toUpperCase()} ${given}` : roll < 0.7 ? `${family}, ${given}` : `${family} ${given}`;
        return nameQuery(target, text, 'family name first');
      }),
  );

  add(
    'person.alias',
    'an alias recorded on the person (another spelling or another identity)',
    'persons holding the alias, and persons whose own name (any spelling) is the alias',
    (rng) =>
      collect(
        rng,
        hasGiven.filter((person) => person.aliases.length),
        15,
        (target) => {
          const alias = pick(rng, target.aliases);
          const relevant = index.lookUp(index.byFullName, nameKeys(alias));
          if (!relevant.includes(target)) return null;
          return { text: alias, relevant: ids(relevant), note: `${describe(target)}; alias ${alias}` };
        },
      ),
  );

  add(
    'person.name-at-birth',
    'given name with the name at birth (maiden name) instead of the current family name',
    'persons with that given name and that family name now or at birth, any spelling',
    (rng) =>
      collect(
        rng,
        hasGiven.filter((person) => person.birth.length),
        12,
        (target) => {
          const birthLatin = target.birth.map((part) => part.latin).join(' ');
          const text = `${givenLatin(target)} ${birthLatin}`;
          const relevant = index.lookUp(index.byFullName, fullKeys(target.given[0].spellings, target.birthSpellings));
          if (!relevant.includes(target) || !namesOnlyThem(text, relevant)) return null;
          return { text, relevant: ids(relevant), note: `${describe(target)}; born ${target.name_at_birth}` };
        },
      ),
  );

  const DOB_IDENTITY = `${NAME_IDENTITY}, whose recorded date of birth fits (a part not recorded fits anything)`;
  const dobQuery = (
    target: Person,
    date: PartialDate,
    how: string,
    options: { text?: string; criteria?: Record<string, string | number>; tolerance?: number; requires?: string[] },
  ): QueryDraft | null => {
    const relevant = byName(target, (person) => dobFits(person, date, options.tolerance));
    const text = options.text ?? latinName(target);
    if (!relevant.includes(target) || !namesOnlyThem(text.replace(/\s*\S*\d\S*/g, ''), byName(target))) return null;
    return {
      text,
      criteria: options.criteria,
      relevant: ids(relevant),
      note: `${describe(target)}; ${how}; ${byName(target).length} persons bear the name`,
      requires: options.requires,
    };
  };
  const withDay = hasGiven.filter((person) => person.dob_day !== null);
  const withMonth = hasGiven.filter((person) => person.dob_month !== null);

  add('person.dob-exact', 'name with the full date of birth in criteria.dateOfBirth', DOB_IDENTITY, (rng) =>
    collect(
      rng,
      withDay,
      15,
      (target) => {
        const date = dobOf(target);
        return dobQuery(target, date, 'full date of birth', { criteria: { dateOfBirth: isoOf(date) } });
      },
      sharedName,
    ),
  );
  add('person.dob-year', 'name with the year of birth only (criteria.dateOfBirth "1974")', DOB_IDENTITY, (rng) =>
    collect(
      rng,
      hasGiven.filter((person) => person.dob_year !== null),
      12,
      (target) => {
        const date = { year: target.dob_year! };
        return dobQuery(target, date, 'year of birth', { criteria: { dateOfBirth: isoOf(date) } });
      },
      sharedName,
    ),
  );
  add(
    'person.dob-year-month',
    'name with year and month of birth (criteria.dateOfBirth "1974-03")',
    DOB_IDENTITY,
    (rng) =>
      collect(
        rng,
        withMonth,
        12,
        (target) => {
          const date = { year: target.dob_year!, month: target.dob_month! };
          return dobQuery(target, date, 'year and month of birth', { criteria: { dateOfBirth: isoOf(date) } });
        },
        sharedName,
      ),
  );
  add(
    'person.dob-tolerance',
    'name with a date of birth a few days off and criteria.dateOfBirthToleranceDays covering the gap',
    `${NAME_IDENTITY}, whose recorded date of birth comes within the tolerance of the queried date`,
    (rng) =>
      collect(
        rng,
        withDay,
        12,
        (target) => {
          const tolerance = pick(rng, [3, 7, 15]);
          const shift = (1 + Math.floor(rng() * tolerance)) * (rng() < 0.5 ? -1 : 1);
          const shifted = new Date(Date.UTC(target.dob_year!, target.dob_month! - 1, target.dob_day! + shift));
          const date = { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
          return dobQuery(target, date, `date of birth ${shift > 0 ? '+' : ''}${shift} days, tolerance ${tolerance}`, {
            criteria: { dateOfBirth: isoOf(date), dateOfBirthToleranceDays: tolerance },
            tolerance,
            requires: ['PersonCriteria.dateOfBirthToleranceDays'],
          });
        },
        sharedName,
      ),
  );
  add(
    'person.name-dob-text',
    'name and date of birth in the free text ("Anna Eriksson 1974", "Anna Eriksson 21.03.1974")',
    DOB_IDENTITY,
    (rng) =>
      collect(
        rng,
        hasGiven.filter((person) => person.dob_year !== null),
        16,
        (target) => {
          const full = target.dob_day !== null && rng() < 0.6;
          const date: PartialDate = full ? dobOf(target) : { year: target.dob_year! };
          const written = !full
            ? String(date.year)
            : rng() < 0.5
              ? `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`
              : isoOf(date);
          return dobQuery(target, date, full ? 'full date of birth in the text' : 'year of birth in the text', {
            text: `${latinName(target)} ${written}`,
          });
        },
        sharedName,
      ),
  );

  // Family names that are also given names (Martin, Thomas) would make a family-name-only query ambiguous.
  const familyOnly = hasGiven.filter(
    (person) =>
      !person.family_name_latin.includes(' ') &&
      !familyKeys(person).some((key) => index.givenKeys.has(key)) &&
      !/\d/.test(person.family_name_latin),
  );
  const byFamily = (target: Person) => index.lookUp(index.byFamilyName, familyKeys(target));
  const filterQuery = (
    target: Person,
    criteria: Record<string, string>,
    accept: (person: Person) => boolean,
    how: string,
  ): QueryDraft | null => {
    const bearers = byFamily(target);
    const relevant = bearers.filter(accept);
    if (!relevant.includes(target) || relevant.length > 10 || relevant.length === bearers.length) return null;
    return {
      text: target.family_name_latin,
      criteria,
      relevant: ids(relevant),
      note: `${describe(target)}; ${how}: ${relevant.length} of the ${bearers.length} bearers of the family name`,
    };
  };
  add(
    'person.sex-filter',
    'family name only, narrowed by criteria.sex',
    'persons bearing the family name (any spelling, at birth or in an alias) of that sex; family names borne by a person of unknown sex are not drawn',
    (rng) =>
      collect(rng, familyOnly, 12, (target) => {
        if (target.sex === 'UNKNOWN' || byFamily(target).some((person) => person.sex === 'UNKNOWN')) return null;
        return filterQuery(target, { sex: target.sex }, (person) => person.sex === target.sex, `sex ${target.sex}`);
      }),
  );
  add(
    'person.nationality-filter',
    'family name only, narrowed by criteria.nationality',
    'persons bearing the family name (any spelling, at birth or in an alias) holding that nationality',
    (rng) =>
      collect(rng, familyOnly, 12, (target) => {
        const nationality = pick(rng, target.nationalities);
        return filterQuery(
          target,
          { nationality },
          (person) => person.nationalities.includes(nationality),
          `nationality ${nationality}`,
        );
      }),
  );
  return rules;
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((key) => b.includes(key));
}

export async function buildPersonRules(client: Client, seed: number, viewer: string): Promise<RuleDraft[]> {
  const index = new PersonIndex(await loadPersons(client, viewer));
  return personRules(seed, index);
}
