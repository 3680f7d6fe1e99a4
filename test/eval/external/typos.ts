// Writes test/eval/external/identifiers-typos.json: published specimen identifiers (ICAO Doc 9303 specimen
// documents, the German specimen documents, published example VINs) and plates in several countries' formats, each
// put through typo models written here (QWERTY neighbours, OCR confusions, a character dropped, one extra, two
// neighbours swapped) and, for VINs, cut to their last 5..16 characters. Nothing here calls the project's code.
// Deterministic: the same seed gives the same file. `npx tsx test/eval/external/typos.ts` rewrites the file;
// `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import {
  IDENTIFIERS_FILE,
  type DocumentTarget,
  type ExternalCase,
  type ExternalFile,
  type VehicleTarget,
} from './load';

export const SEED = 'liaison-external-typos/1';

// --- the published identifiers ------------------------------------------------------------------------------------

const ICAO_PART4 =
  'ICAO Doc 9303 Part 4 (8th ed., 2021), TD3 specimen passport of Utopia (Figure/Appendix specimen MRZ), check digits re-verified here';
const ICAO_PART5 = 'ICAO Doc 9303 Part 5 (8th ed., 2021), TD1 specimen card of Utopia, check digits re-verified here';
const ICAO_PART6 = 'ICAO Doc 9303 Part 6 (8th ed., 2021), TD2 specimen card of Utopia, check digits re-verified here';
const ICAO_PART7 = 'ICAO Doc 9303 Part 7 (8th ed., 2021), MRV-A specimen visa, check digits re-verified here';
const ICAO_OLD =
  'ICAO Doc 9303 Part 1 (6th ed., 2006) and earlier editions, TD3 specimen passport of Utopia (older dates), check digits re-verified here';
const DE_ID =
  'Specimen (Muster) of the German identity card 2010 published by the Federal Ministry of the Interior, holder ERIKA MUSTERMANN, check digits re-verified here';
const DE_PASS =
  'Specimen (Muster) of the German passport published by the Federal Ministry of the Interior, holder ERIKA MUSTERMANN, check digits re-verified here';

export const DOCUMENTS: DocumentTarget[] = [
  {
    id: 'doc-icao-td3-L898902C3',
    entity: 'document',
    number: 'L898902C3',
    issuingCountry: 'UTO',
    type: 'PASSPORT',
    mrz: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
    holder: { familyName: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1974-08-12' },
    source: ICAO_PART4,
    note: 'Utopia (UTO) is ICAO’s specimen state and has no ISO 3166-1 alpha-2 code: a runner maps it to a reserved code.',
  },
  {
    id: 'doc-icao-td3-old-L898902C',
    entity: 'document',
    number: 'L898902C',
    issuingCountry: 'UTO',
    type: 'PASSPORT',
    mrz: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C<3UTO6908061F9406236ZE184226B<<<<<14'],
    holder: { familyName: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1969-08-06' },
    source: ICAO_OLD,
    note: 'An 8-character number with a filler: it is the newer specimen’s number less its last character, so typos of either that give the other are left out.',
  },
  {
    id: 'doc-icao-td1-td2-D23145890',
    entity: 'document',
    number: 'D23145890',
    issuingCountry: 'UTO',
    type: 'IDENTITY_CARD',
    mrz: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
    holder: { familyName: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1974-08-12' },
    source: `${ICAO_PART5}; the TD2 specimen of Part 6 has the same number`,
  },
  {
    id: 'doc-icao-mrva-L8988901C',
    entity: 'document',
    number: 'L8988901C',
    issuingCountry: 'UTO',
    type: 'VISA',
    holder: { familyName: 'ERIKSSON', givenNames: 'ANNA MARIA', dateOfBirth: '1940-09-07' },
    source: ICAO_PART7,
    note: 'MRZ line 2 as published: L8988901C4XXX4009078F96121096ZE184226B<<<<<< (MRV-A, 44 characters; not a TD format, so kept here as a note).',
  },
  {
    id: 'doc-de-id-T22000129',
    entity: 'document',
    number: 'T22000129',
    issuingCountry: 'DE',
    type: 'IDENTITY_CARD',
    mrz: ['IDD<<T220001293<<<<<<<<<<<<<<<', '6408125<2010315D<<<<<<<<<<<<<4', 'MUSTERMANN<<ERIKA<<<<<<<<<<<<<'],
    holder: { familyName: 'MUSTERMANN', givenNames: 'ERIKA', dateOfBirth: '1964-08-12' },
    source: DE_ID,
  },
  {
    id: 'doc-de-passport-C01X00T47',
    entity: 'document',
    number: 'C01X00T47',
    issuingCountry: 'DE',
    type: 'PASSPORT',
    mrz: ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4'],
    holder: { familyName: 'MUSTERMANN', givenNames: 'ERIKA', dateOfBirth: '1964-08-12' },
    source: DE_PASS,
  },
];

export const TD2_SPECIMEN = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];

export const VEHICLES: VehicleTarget[] = [
  {
    id: 'veh-vin-1M8GDM9AXKP042788',
    entity: 'vehicle',
    vin: '1M8GDM9AXKP042788',
    type: 'TRUCK',
    source:
      'Example VIN of the check-digit calculation (North American VIN, check digit X) in the Wikipedia article "Vehicle identification number", also used in NHTSA/ISO 3779 explanations; check digit re-verified here',
  },
  {
    id: 'veh-vin-W0L000051T2123456',
    entity: 'vehicle',
    vin: 'W0L000051T2123456',
    type: 'CAR',
    make: 'Opel',
    source:
      'ISO 3779 structure example (WMI W0L, Opel) in the Wikipedia article "Vehicle identification number"; a European VIN, so position 9 is not a check digit (it does not validate, as SPEC 5.1 allows)',
  },
  {
    id: 'veh-vin-1HGCM82633A004352',
    entity: 'vehicle',
    vin: '1HGCM82633A004352',
    type: 'CAR',
    make: 'Honda',
    source:
      'Example VIN widely used in public VIN-decoder documentation and test suites (Honda, model year 2003); check digit re-verified here, origin not re-checked',
  },
];

// Plates: written for this set in the format each country prescribes (not real registrations).
const PLATES: [string, string, string][] = [
  ['DE', 'M-AB 1234', 'German format: district code, 1-2 letters, 1-4 digits (Fahrzeug-Zulassungsverordnung §8)'],
  ['FR', 'AB-123-CD', 'French SIV format since 2009: two letters, three digits, two letters'],
  ['IT', 'AB 123 CD', 'Italian format since 1994: two letters, three digits, two letters'],
  ['ES', '1234 BCD', 'Spanish format since 2000: four digits and three consonants'],
  ['GB', 'AB12 CDE', 'British format since 2001: two letters, two-digit age identifier, three letters'],
  ['SE', 'ABC 123', 'Swedish format: three letters and three digits'],
  ['FI', 'KLM-456', 'Finnish format: three letters, dash, three digits'],
  ['BE', '1-ABC-123', 'Belgian format since 2010: one digit, three letters, three digits'],
  ['CH', 'ZH 123456', 'Swiss format: canton abbreviation and up to six digits'],
  ['PL', 'WA 12345', 'Polish format: two-letter county code and five characters'],
  ['NO', 'AB 12345', 'Norwegian format: two letters and five digits'],
  ['DK', 'CD 12 345', 'Danish format: two letters and five digits in groups of two and three'],
];

for (const [country, plate, format] of PLATES)
  VEHICLES.push({
    id: `veh-plate-${country}-${plate.replace(/[^A-Z0-9]/g, '')}`,
    entity: 'vehicle',
    plate,
    registrationCountry: country,
    type: 'CAR',
    source: `${format}; value written for this set in that format, not a real registration`,
  });

// --- the typo models -----------------------------------------------------------------------------------------------

/** US QWERTY (ANSI) rows, the number row included; neighbours are the keys left, right, above and below. */
export const QWERTY_ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];
// Each row is shifted right by about half a key from the one above: key i of a row touches keys i and i+1 above.
export function qwertyNeighbours(char: string): string[] {
  const out = new Set<string>();
  QWERTY_ROWS.forEach((row, r) => {
    const i = row.indexOf(char);
    if (i < 0) return;
    if (i > 0) out.add(row[i - 1]);
    if (i < row.length - 1) out.add(row[i + 1]);
    const above = QWERTY_ROWS[r - 1];
    if (above) for (const j of [i, i + 1]) if (above[j]) out.add(above[j]);
    const below = QWERTY_ROWS[r + 1];
    if (below) for (const j of [i - 1, i]) if (j >= 0 && below[j]) out.add(below[j]);
  });
  return [...out];
}

/**
 * OCR confusions between letters and digits: O/0 and I/1 (the pairs ISO 3779 keeps out of VINs by barring I, O and
 * Q, and that Crockford's Base32 reads as the same symbol), S/5, B/8, Z/2, G/6 (the further letter/digit pairs that
 * MRZ readers of OCR-B text correct between alphabetic and numeric fields).
 */
export const OCR_PAIRS: [string, string][] = [
  ['0', 'O'],
  ['1', 'I'],
  ['5', 'S'],
  ['8', 'B'],
  ['2', 'Z'],
  ['6', 'G'],
];
const OCR: Record<string, string> = Object.fromEntries(
  OCR_PAIRS.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);

export type Model = 'keyboard' | 'ocr' | 'drop' | 'extra' | 'swap';

const MODEL_SOURCE: Record<Model, string> = {
  keyboard: 'typo model: keyboard — one character replaced by a neighbouring key on a US QWERTY (ANSI) keyboard',
  ocr: 'typo model: ocr — one character replaced by its OCR confusion (0/O, 1/I, 5/S, 8/B, 2/Z, 6/G)',
  drop: 'typo model: drop — one character left out',
  extra: 'typo model: extra — one key pressed too many: a QWERTY neighbour of a character inserted beside it',
  swap: 'typo model: swap — two neighbouring characters typed in the wrong order',
};

type Rng = () => number;
const pick = <T>(rng: Rng, items: T[]): T => items[Math.floor(rng() * items.length)];

/** Positions of the characters a model may touch: letters and digits only, separators are left as written. */
const positions = (text: string) => [...text].flatMap((char, i) => (/[A-Z0-9]/.test(char) ? [i] : []));

/** One edit of `text` by `model`, with what it did, or null when the model cannot apply. */
export function applyModel(text: string, model: Model, rng: Rng): { text: string; edit: string } | null {
  const chars = [...text];
  const at = positions(text);
  if (!at.length) return null;
  if (model === 'keyboard') {
    const i = pick(rng, at);
    const by = pick(rng, qwertyNeighbours(chars[i]));
    chars[i] = by;
    return { text: chars.join(''), edit: `position ${i + 1}: ${text[i]} → ${by}` };
  }
  if (model === 'ocr') {
    const candidates = at.filter((i) => OCR[chars[i]]);
    if (!candidates.length) return null;
    const i = pick(rng, candidates);
    chars[i] = OCR[text[i]];
    return { text: chars.join(''), edit: `position ${i + 1}: ${text[i]} → ${chars[i]}` };
  }
  if (model === 'drop') {
    const i = pick(rng, at);
    chars.splice(i, 1);
    return { text: chars.join(''), edit: `position ${i + 1}: ${text[i]} left out` };
  }
  if (model === 'extra') {
    const i = pick(rng, at);
    const by = pick(rng, qwertyNeighbours(text[i]));
    const after = rng() < 0.5;
    chars.splice(after ? i + 1 : i, 0, by);
    return {
      text: chars.join(''),
      edit: `${by} inserted ${after ? 'after' : 'before'} position ${i + 1} (${text[i]})`,
    };
  }
  const pairs = at.filter((i) => at.includes(i + 1) && chars[i] !== chars[i + 1]);
  if (!pairs.length) return null;
  const i = pick(rng, pairs);
  [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  return {
    text: chars.join(''),
    edit: `positions ${i + 1}-${i + 2}: ${text[i]}${text[i + 1]} → ${chars[i]}${chars[i + 1]}`,
  };
}

const key = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** How many variants each model gives per identifier kind. */
const PLAN: Record<'document' | 'vin' | 'plate', Record<Model, number>> = {
  document: { keyboard: 3, ocr: 3, drop: 3, extra: 2, swap: 3 },
  vin: { keyboard: 3, ocr: 3, drop: 3, extra: 2, swap: 3 },
  plate: { keyboard: 2, ocr: 2, drop: 2, extra: 1, swap: 2 },
};

export function buildIdentifierSet(seed = SEED): ExternalFile<DocumentTarget | VehicleTarget> {
  const rng = seedrandom.alea(seed);
  const cases: ExternalCase[] = [];
  // Identifiers of every target: a typo that lands on another target's identifier is not a typo of this one.
  const taken = new Set([
    ...DOCUMENTS.map((doc) => key(doc.number)),
    ...VEHICLES.map((veh) => key(veh.vin ?? veh.plate ?? '')),
  ]);
  const add = (
    target: DocumentTarget | VehicleTarget,
    kind: 'document' | 'vin' | 'plate',
    text: string,
    what: string,
  ) => {
    const seen = new Set([key(text)]);
    for (const model of Object.keys(PLAN[kind]) as Model[]) {
      let made = 0;
      for (let attempt = 0; made < PLAN[kind][model] && attempt < 50; attempt++) {
        const variant = applyModel(text, model, rng);
        if (!variant || seen.has(key(variant.text)) || taken.has(key(variant.text))) continue;
        seen.add(key(variant.text));
        made++;
        cases.push({
          id: `${target.id}/${model}-${made}`,
          rule: `${target.entity}.typo.${model}`,
          source: `${MODEL_SOURCE[model]}; applied to ${what} (${target.source.split(';')[0]})`,
          query: variant.text,
          target: target.id,
          note: variant.edit,
        });
      }
    }
  };
  for (const doc of DOCUMENTS) add(doc, 'document', doc.number, `the document number ${doc.number}`);
  for (const veh of VEHICLES) {
    if (veh.vin) add(veh, 'vin', veh.vin, `the VIN ${veh.vin}`);
    if (veh.plate) add(veh, 'plate', veh.plate, `the plate ${veh.plate} (${veh.registrationCountry})`);
  }
  // A full MRZ with one OCR confusion in its document-number field: the number's check digit then fails.
  const mrzs: [DocumentTarget, string[], string][] = DOCUMENTS.filter((doc) => doc.mrz).map((doc) => [
    doc,
    doc.mrz!,
    doc.source.split(';')[0],
  ]);
  mrzs.push([DOCUMENTS.find((doc) => doc.id === 'doc-icao-td1-td2-D23145890')!, TD2_SPECIMEN, ICAO_PART6]);
  for (const [doc, lines, mrzSource] of mrzs) {
    const line = lines.length === 3 ? 0 : 1;
    const start = lines.length === 3 ? 5 : 0;
    const field = lines[line].slice(start, start + 9);
    const variant = applyModel(field, 'ocr', rng);
    if (!variant) continue;
    const changed = [...lines];
    changed[line] = lines[line].slice(0, start) + variant.text + lines[line].slice(start + 9);
    const format = lines.length === 3 ? 'TD1' : lines[0].length === 36 ? 'TD2' : 'TD3';
    cases.push({
      id: `${doc.id}/mrz-ocr-${format.toLowerCase()}`,
      rule: 'document.typo.mrz-ocr',
      source: `${MODEL_SOURCE.ocr}; applied to the document-number field of the published ${format} MRZ (${mrzSource})`,
      query: changed.join('\n'),
      target: doc.id,
      note: `MRZ line ${line + 1}, number field ${variant.edit}; the number’s check digit no longer holds`,
    });
  }
  // Partial VINs: the last 5 to 16 characters.
  for (const veh of VEHICLES)
    if (veh.vin)
      for (let length = 5; length <= 16; length++)
        cases.push({
          id: `${veh.id}/last-${length}`,
          rule: 'vehicle.partial-vin',
          source: `partial VIN: the last ${length} characters of the published VIN ${veh.vin} (${veh.source.split(';')[0]})`,
          query: veh.vin.slice(-length),
          target: veh.id,
        });
  return {
    description:
      'Published specimen identifiers (ICAO Doc 9303 specimen documents, German specimen documents, published example VINs) and plates in several countries’ formats, with typo-model variants and partial VINs. Every case names its source and the edit made.',
    generatedBy: `test/eval/external/typos.ts, seed '${seed}'`,
    targets: [...DOCUMENTS, ...VEHICLES],
    cases,
  };
}

export const IDENTIFIERS_PATH = path.join(__dirname, IDENTIFIERS_FILE);

/** The file's text as committed: the set as JSON, laid out by the project's prettier settings. */
export async function renderJson(value: unknown, filepath: string): Promise<string> {
  // Loaded here, not at the top: prettier's CommonJS entry imports an ES module as it loads, which jest refuses, and
  // the unit test imports the builders (test/unit/eval-external.test.ts).
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig(filepath)) ?? {};
  return format(JSON.stringify(value), { ...options, filepath });
}

/** Writes `filepath` with `value`, or with `--check` only tells whether the file already holds it. */
export async function writeOrCheck(value: unknown, filepath: string): Promise<void> {
  const text = await renderJson(value, filepath);
  const name = path.basename(filepath);
  if (process.argv.includes('--check')) {
    const same = readFileSync(filepath, 'utf8') === text;
    console.log(same ? `${name} is up to date` : `${name} differs from what its generator writes`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(filepath, text);
    console.log(`wrote ${filepath}`);
  }
}

if (require.main === module) void writeOrCheck(buildIdentifierSet(), IDENTIFIERS_PATH);
