// Document, vehicle and seizure queries of the evaluation set, one builder per identifier or substance rule of
// issue 3. Every correct answer is computed from the seeded rows with identifiers compared the way the rules say
// (documents and VINs without spaces, dashes and case; plates also with Greek and Cyrillic letters read as their
// Latin twins), never by calling the search.
import type { Client } from 'pg';
import { collect, pick, rngFor, roundRobin, rule, type QueryDraft, type RuleDraft } from './draw';
import { VISIBLE_SQL } from './harness';
import { typos } from './names';

/** Identifier comparison key: letters and digits only, upper case, diacritics dropped. */
export function identifierKey(value: string): string {
  return value
    .toUpperCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Z0-9]+/g, '');
}

// Greek and Cyrillic plate letters that have a Latin twin on the plate.
const PLATE_TWINS: Record<string, string> = Object.fromEntries(
  [
    ['АВЕКМНОРСТУХІ', 'ABEKMHOPCTYXI'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
  ].flatMap(([letters, latin]) => [...letters].map((letter, i) => [letter, latin[i]])),
);

export function plateLatin(value: string): string {
  return [...value].map((char) => PLATE_TWINS[char] ?? char).join('');
}

export function plateKey(value: string): string {
  return identifierKey(plateLatin(value.toUpperCase()));
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

// --- documents ---------------------------------------------------------------------------------------------------

interface DocumentRow {
  id: string;
  number: string;
  issuing_country: string;
  type: string;
  mrz: string | null;
}

export async function buildDocumentRules(client: Client, seed: number, viewer: string): Promise<RuleDraft[]> {
  const { rows } = await client.query<DocumentRow>(
    `SELECT id, number, issuing_country, type, mrz FROM documents.document WHERE ${VISIBLE_SQL} ORDER BY id`,
    [viewer],
  );
  const byNumber = groupBy(rows, (row) => identifierKey(row.number));
  const byNumberAndCountry = groupBy(rows, (row) => `${identifierKey(row.number)}/${row.issuing_country}`);
  const ids = (found: DocumentRow[] | undefined) => (found ?? []).map((row) => row.id);
  const describe = (row: DocumentRow) => `${row.type} ${row.number} issued by ${row.issuing_country}`;
  const numberQuery = (target: DocumentRow, text: string, how: string): QueryDraft => ({
    text,
    relevant: ids(byNumber.get(identifierKey(target.number))),
    note: `${describe(target)}; ${how}`,
  });
  const mrzQuery = (target: DocumentRow, text: string, how: string): QueryDraft => ({
    text,
    relevant: ids(byNumberAndCountry.get(`${identifierKey(target.number)}/${target.issuing_country}`)),
    note: `${describe(target)}; ${how}`,
  });
  const NUMBER = 'documents whose number, without spaces, dashes and case, is the targeted one (any issuing country)';
  const MRZ = 'documents with the MRZ’s number (without separators) issued by the MRZ’s issuing state';
  const draw = (id: string) => rngFor(seed, id);
  const td3 = rows.filter((row) => row.mrz?.startsWith('P') && row.mrz.split('\n').length === 2);
  const td1 = rows.filter((row) => row.mrz && row.mrz.split('\n').length === 3);
  const pasted = (mrz: string, roll: number) => (roll < 0.7 ? mrz : mrz.split('\n').join(' '));

  return [
    rule(
      'document.exact',
      'document',
      'number as printed',
      NUMBER,
      collect(draw('document.exact'), rows, 15, (target) => numberQuery(target, target.number, 'as printed')),
    ),
    rule(
      'document.normalized',
      'document',
      'number typed with other spaces or dashes, or in lower case',
      NUMBER,
      collect(draw('document.normalized'), rows, 20, (target) => {
        const rng = draw(`document.normalized/${target.id}`);
        const plain = identifierKey(target.number);
        const options = [
          target.number.toLowerCase(),
          plain === target.number ? null : plain,
          plain.length >= 7 ? `${plain.slice(0, 2)} ${plain.slice(2, 5)} ${plain.slice(5)}` : null,
          plain.length >= 7 ? `${plain.slice(0, 3)}-${plain.slice(3)}` : null,
        ].filter((text): text is string => text !== null && text !== target.number);
        if (!options.length) return null;
        return numberQuery(target, pick(rng, options), 'separators or case changed');
      }),
    ),
    rule(
      'document.confusable',
      'document',
      'number with one 0 typed as the letter O or one 1 as the letter I',
      `${NUMBER}, and any whose number is the typed one`,
      collect(draw('document.confusable'), rows, 15, (target) => {
        const rng = draw(`document.confusable/${target.id}`);
        const positions = [...target.number].flatMap((char, i) => (char === '0' || char === '1' ? [i] : []));
        if (!positions.length) return null;
        const at = pick(rng, positions);
        const text = target.number.slice(0, at) + (target.number[at] === '0' ? 'O' : 'I') + target.number.slice(at + 1);
        const query = numberQuery(target, text, `${target.number[at]} typed as ${text[at]}`);
        return { ...query, relevant: [...query.relevant, ...ids(byNumber.get(identifierKey(text)))] };
      }),
    ),
    rule(
      'document.mrz-td3',
      'document',
      'passport MRZ (TD3, 2 × 44) pasted as free text',
      MRZ,
      collect(draw('document.mrz-td3'), td3, 15, (target) =>
        mrzQuery(target, pasted(target.mrz!, draw(`mrz/${target.id}`)()), 'TD3 MRZ'),
      ),
    ),
    rule(
      'document.mrz-td1',
      'document',
      'identity card or residence permit MRZ (TD1, 3 × 30) pasted as free text',
      MRZ,
      collect(draw('document.mrz-td1'), td1, 15, (target) =>
        mrzQuery(target, pasted(target.mrz!, draw(`mrz/${target.id}`)()), 'TD1 MRZ'),
      ),
    ),
    rule(
      'document.mrz-bad-check',
      'document',
      'MRZ (TD3 or TD1) with one check digit misread',
      `${MRZ} (the document must still be found, with the failed check digit reported)`,
      collect(draw('document.mrz-bad-check'), [...td3, ...td1], 15, (target) => {
        const rng = draw(`document.mrz-bad-check/${target.id}`);
        const lines = target.mrz!.split('\n');
        // Positions of the check digits: [line, index, name].
        const checks: [number, number, string][] =
          lines.length === 2
            ? [
                [1, 9, 'document number'],
                [1, 19, 'date of birth'],
                [1, 27, 'date of expiry'],
                [1, 43, 'composite'],
              ]
            : [
                [0, 14, 'document number'],
                [1, 6, 'date of birth'],
                [1, 14, 'date of expiry'],
                [1, 29, 'composite'],
              ];
        const usable = checks.filter(([line, at]) => /\d/.test(lines[line][at]));
        const [line, at, name] = pick(rng, usable);
        const digit = Number(lines[line][at]);
        const wrong = String((digit + 1 + Math.floor(rng() * 9)) % 10);
        lines[line] = lines[line].slice(0, at) + wrong + lines[line].slice(at + 1);
        return mrzQuery(
          target,
          pasted(lines.join('\n'), rng()),
          `${lines.length === 2 ? 'TD3' : 'TD1'} MRZ, ${name} check digit ${digit} misread as ${wrong}`,
        );
      }),
    ),
  ];
}

// --- vehicles ----------------------------------------------------------------------------------------------------

interface VehicleRow {
  id: string;
  vin: string | null;
  registration_plate: string | null;
  registration_country: string | null;
  type: string;
}

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;

export async function buildVehicleRules(client: Client, seed: number, viewer: string): Promise<RuleDraft[]> {
  const { rows } = await client.query<VehicleRow>(
    `SELECT id, vin, registration_plate, registration_country, type FROM vehicles.vehicle WHERE ${VISIBLE_SQL} ORDER BY id`,
    [viewer],
  );
  const byVin = groupBy(rows, (row) => (row.vin ? identifierKey(row.vin) : null));
  const byPlate = groupBy(rows, (row) => (row.registration_plate ? plateKey(row.registration_plate) : null));
  const vinKeys = [...byVin.keys()];
  const withVin = rows.filter((row) => row.vin && VIN.test(identifierKey(row.vin)));
  const withPlate = rows.filter((row) => row.registration_plate);
  const ids = (found: VehicleRow[] | undefined) => (found ?? []).map((row) => row.id);
  const describe = (row: VehicleRow) =>
    `${row.type} VIN ${row.vin ?? '-'}, plate ${row.registration_plate ?? '-'} (${row.registration_country ?? '-'})`;
  const draw = (id: string) => rngFor(seed, id);
  const vinQuery = (target: VehicleRow, text: string, how: string): QueryDraft => ({
    text,
    relevant: ids(byVin.get(identifierKey(target.vin!))),
    note: `${describe(target)}; ${how}`,
  });
  // A plate or VIN tail typed alone may also be read as the other: only texts that denote one of them are drawn.
  const endsAVin = (text: string) => {
    const key = identifierKey(text);
    return /^[A-Z0-9]{2}[A-Z0-9]{0,2}\d{4}$/.test(key) && vinKeys.some((vin) => vin.endsWith(key));
  };
  const partialQuery = (target: VehicleRow, length: number): QueryDraft | null => {
    const tail = identifierKey(target.vin!).slice(-length);
    if (byPlate.has(tail)) return null;
    const relevant = vinKeys.filter((vin) => vin.endsWith(tail)).flatMap((vin) => ids(byVin.get(vin)));
    return { text: tail, relevant, note: `${describe(target)}; last ${length} characters of the VIN` };
  };
  const plateQuery = (target: VehicleRow, text: string, how: string, country?: string): QueryDraft | null => {
    if (endsAVin(text)) return null;
    const found = byPlate.get(plateKey(target.registration_plate!)) ?? [];
    return {
      text,
      criteria: country ? { registrationCountry: country } : undefined,
      relevant: ids(country ? found.filter((row) => row.registration_country === country) : found),
      note: `${describe(target)}; ${how}${country ? '' : `; ${found.length} vehicle(s) carry the plate`}`,
    };
  };
  const VIN_RELEVANCE = 'vehicles whose VIN, without spaces, dashes and case, is the targeted one';
  const PLATE_RELEVANCE =
    'vehicles whose plate, without spaces, dashes, case and diacritics and with Greek/Cyrillic letters read as their Latin twins, is the targeted one (any country)';
  const latinPlates = withPlate.filter((row) => /^[\p{Script=Latin}\d\s-]+$/u.test(row.registration_plate!));
  const twinPlates = withPlate.filter((row) => /[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(row.registration_plate!));

  return [
    rule(
      'vehicle.vin-exact',
      'vehicle',
      'VIN as recorded',
      VIN_RELEVANCE,
      collect(draw('vehicle.vin-exact'), withVin, 12, (target) => vinQuery(target, target.vin!, 'as recorded')),
    ),
    rule(
      'vehicle.vin-normalized',
      'vehicle',
      'VIN in lower case, or split by spaces or dashes (WMI, VDS, VIS)',
      VIN_RELEVANCE,
      collect(draw('vehicle.vin-normalized'), withVin, 15, (target) => {
        const vin = identifierKey(target.vin!);
        const roll = draw(`vehicle.vin-normalized/${target.id}`)();
        const text =
          roll < 0.35
            ? vin.toLowerCase()
            : roll < 0.7
              ? `${vin.slice(0, 3)} ${vin.slice(3, 9)} ${vin.slice(9)}`
              : `${vin.slice(0, 3)}-${vin.slice(3, 9)}-${vin.slice(9)}`;
        return vinQuery(target, text, 'case or separators changed');
      }),
    ),
    rule(
      'vehicle.vin-ioq',
      'vehicle',
      'VIN with one 1 typed as I or one 0 typed as O or Q (letters a VIN never holds)',
      VIN_RELEVANCE,
      collect(draw('vehicle.vin-ioq'), withVin, 12, (target) => {
        const rng = draw(`vehicle.vin-ioq/${target.id}`);
        const vin = identifierKey(target.vin!);
        const positions = [...vin].flatMap((char, i) => (char === '0' || char === '1' ? [i] : []));
        if (!positions.length) return null;
        const at = pick(rng, positions);
        const letter = vin[at] === '1' ? 'I' : rng() < 0.7 ? 'O' : 'Q';
        return vinQuery(target, vin.slice(0, at) + letter + vin.slice(at + 1), `${vin[at]} typed as ${letter}`);
      }),
    ),
    rule(
      'vehicle.vin-last8',
      'vehicle',
      'last 8 characters of the VIN',
      'vehicles whose VIN ends with the 8 characters (texts that are also a plate are not drawn)',
      collect(draw('vehicle.vin-last8'), withVin, 12, (target) => partialQuery(target, 8)),
    ),
    rule(
      'vehicle.vin-last6',
      'vehicle',
      'last 6 characters of the VIN',
      'vehicles whose VIN ends with the 6 characters (texts that are also a plate are not drawn)',
      collect(draw('vehicle.vin-last6'), withVin, 12, (target) => partialQuery(target, 6)),
    ),
    rule(
      'vehicle.plate-normalized',
      'vehicle',
      'plate typed with other spaces or dashes, in lower case, or without diacritics (MÜ → MU)',
      PLATE_RELEVANCE,
      collect(draw('vehicle.plate-normalized'), latinPlates, 20, (target) => {
        const rng = draw(`vehicle.plate-normalized/${target.id}`);
        const plate = target.registration_plate!.trim();
        const options = [
          plate.replace(/[\s-]+/g, ''),
          plate.toLowerCase(),
          plate.replace(/\s+/g, '-'),
          plate.replace(/-/g, ' '),
          plate.normalize('NFD').replace(/\p{M}+/gu, ''),
        ].filter((text) => text !== plate && identifierKey(text).length >= 2);
        if (!options.length) return null;
        return plateQuery(target, pick(rng, [...new Set(options)]), 'separators, case or diacritics changed');
      }),
    ),
    rule(
      'vehicle.plate-lookalike',
      'vehicle',
      'Bulgarian, Ukrainian or Greek plate typed with the Latin letters that look the same',
      PLATE_RELEVANCE,
      collect(draw('vehicle.plate-lookalike'), twinPlates, 12, (target) =>
        plateQuery(target, plateLatin(target.registration_plate!), 'Latin look-alike letters'),
      ),
    ),
    rule(
      'vehicle.plate-country',
      'vehicle',
      'plate as printed with criteria.registrationCountry',
      'vehicles registered in that country whose plate (compared as above) is the targeted one',
      collect(
        draw('vehicle.plate-country'),
        withPlate.filter((row) => row.registration_country),
        12,
        (target) =>
          plateQuery(
            target,
            target.registration_plate!,
            'scoped to the registration country',
            target.registration_country!,
          ),
        // Plates that also exist in another country make the scoping matter.
        (row) =>
          new Set(byPlate.get(plateKey(row.registration_plate!))!.map((other) => other.registration_country)).size > 1,
      ),
    ),
  ];
}

// --- seizures ----------------------------------------------------------------------------------------------------

interface SeizureRow {
  id: string;
  substance_id: string;
  country: string;
  seized_on: string;
}

interface SubstanceNameRow {
  substance_id: string;
  name: string;
  language: string;
  kind: 'NAME' | 'SYNONYM' | 'STREET_NAME';
}

/** Substance-name comparison key: lower case, diacritics dropped, punctuation as spaces; scripts kept. */
export function substanceKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const SUBSTANCE_LANGUAGES = ['en', 'fr', 'de', 'es', 'sv', 'fi', 'ru'] as const;

export async function buildSeizureRules(client: Client, seed: number, viewer: string): Promise<RuleDraft[]> {
  const { rows: seizures } = await client.query<SeizureRow>(
    `SELECT id, substance_id, country, to_char(seized_on, 'YYYY-MM-DD') AS seized_on FROM substances.seizure WHERE ${VISIBLE_SQL} ORDER BY id`,
    [viewer],
  );
  const { rows: names } = await client.query<SubstanceNameRow>(
    `SELECT substance_id, name, language, kind FROM substances.substance_name ORDER BY substance_id, language COLLATE "C", kind COLLATE "C", name COLLATE "C"`,
  );
  const { rows: substances } = await client.query<{ id: string; name: string; cas_number: string | null }>(
    'SELECT id, name, cas_number FROM substances.substance ORDER BY id',
  );
  const substanceName = new Map(substances.map((row) => [row.id, row.name]));
  // Which substances a name denotes: street names are shared (dope is heroin in English, cannabis in German).
  const denotes = new Map<string, Set<string>>();
  for (const row of names) {
    const key = substanceKey(row.name);
    const set = denotes.get(key) ?? new Set<string>();
    denotes.set(key, set.add(row.substance_id));
  }
  const namesOf = (substanceId: string, filter: (row: SubstanceNameRow) => boolean) =>
    names.filter((row) => row.substance_id === substanceId && filter(row) && substanceKey(row.name).length >= 3);
  const monthOf = (date: string) => {
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [`${date.slice(0, 7)}-01`, `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`];
  };
  const seizureQuery = (target: SeizureRow, text: string, substanceIds: Set<string>, how: string): QueryDraft => {
    const [from, to] = monthOf(target.seized_on);
    const relevant = seizures.filter(
      (row) =>
        row.country === target.country &&
        row.seized_on >= from &&
        row.seized_on <= to &&
        substanceIds.has(row.substance_id),
    );
    return {
      text,
      criteria: { country: target.country, seizedFrom: from, seizedTo: to },
      relevant: relevant.map((row) => row.id),
      note: `${substanceName.get(target.substance_id)} seized ${target.seized_on} in ${target.country}; ${how}; ${relevant.length} such seizure(s) that month`,
    };
  };
  const byName = (target: SeizureRow, row: SubstanceNameRow, how: string, rng: () => number) => {
    // Officers type names in lower case about as often as capitalised.
    const text = rng() < 0.5 ? row.name.toLowerCase() : row.name;
    return seizureQuery(target, text, denotes.get(substanceKey(row.name))!, how);
  };
  const RELEVANCE =
    'seizures in the queried country and month (criteria) of any substance the typed name denotes in the catalogue (any language, name, synonym or street name)';
  const draw = (id: string) => rngFor(seed, id);
  // One seizure per substance before a second of any: cannabis and cocaine would otherwise fill every rule.
  const diverse = (id: string, count: number, make: (target: SeizureRow) => QueryDraft | null) => {
    const rng = draw(id);
    return collect(
      rng,
      roundRobin(rng, seizures, (row) => row.substance_id),
      count,
      make,
      undefined,
      { ordered: true },
    );
  };

  const languageRules = SUBSTANCE_LANGUAGES.map((language) => {
    const id = `seizure.name-${language}`;
    return rule(
      id,
      'seizure',
      `substance name in ${new Intl.DisplayNames(['en'], { type: 'language' }).of(language)}`,
      RELEVANCE,
      diverse(id, 10, (target) => {
        const rng = draw(`${id}/${target.id}`);
        const found = namesOf(target.substance_id, (row) => row.language === language && row.kind === 'NAME');
        return found.length ? byName(target, pick(rng, found), `${language} name`, rng) : null;
      }),
    );
  });
  const kindRule = (id: string, kind: SubstanceNameRow['kind'], description: string, count: number) =>
    rule(
      id,
      'seizure',
      description,
      RELEVANCE,
      diverse(id, count, (target) => {
        const rng = draw(`${id}/${target.id}`);
        const found = namesOf(target.substance_id, (row) => row.kind === kind);
        if (!found.length) return null;
        const row = pick(rng, found);
        return byName(target, row, `${row.language} ${kind.toLowerCase().replace('_', ' ')} ${row.name}`, rng);
      }),
    );

  return [
    ...languageRules,
    kindRule('seizure.synonym', 'SYNONYM', 'chemical or pharmaceutical synonym, any language (diacetylmorphine)', 12),
    kindRule('seizure.street-name', 'STREET_NAME', 'street name, any language (Koks, farlopa, травка)', 15),
    rule(
      'seizure.cas',
      'seizure',
      'CAS registry number',
      'seizures in the queried country and month of the substance with that CAS number',
      diverse('seizure.cas', 12, (target) => {
        const cas = substances.find((row) => row.id === target.substance_id)?.cas_number;
        return cas ? seizureQuery(target, cas, new Set([target.substance_id]), 'CAS number') : null;
      }),
    ),
    rule(
      'seizure.misspelt',
      'seizure',
      'substance name (en, fr, de, es, sv, fi) with one typing error',
      `${RELEVANCE.replace('the typed name denotes', 'the intended name denotes')}; misspellings equal to another catalogue name are not drawn`,
      diverse('seizure.misspelt', 15, (target) => {
        const rng = draw(`seizure.misspelt/${target.id}`);
        const found = namesOf(
          target.substance_id,
          (row) =>
            row.kind === 'NAME' &&
            (SUBSTANCE_LANGUAGES as readonly string[]).includes(row.language) &&
            /^[A-Za-z]{6,}$/.test(row.name),
        );
        if (!found.length) return null;
        const row = pick(rng, found);
        const forms = typos(row.name).filter((form) => !denotes.has(substanceKey(form)));
        if (!forms.length) return null;
        return seizureQuery(
          target,
          pick(rng, forms),
          denotes.get(substanceKey(row.name))!,
          `typo of ${row.language} ${row.name}`,
        );
      }),
    ),
  ];
}
