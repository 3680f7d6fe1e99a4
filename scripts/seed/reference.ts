import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JURISDICTIONS, type Jurisdiction } from '../../shared/jurisdictions';
import { Weighted, pick, type Random } from './random';

// Reference data of the generator, read once from the JSON files under data/.

const DATA_DIR = path.join(__dirname, 'data');

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(path.join(DATA_DIR, ...parts), 'utf8')) as T;
}

export type Script = 'LATIN' | 'CYRILLIC' | 'GREEK' | 'ARABIC';

/** One name: as written in its own script, its Latin form, and other Latin spellings in common use. */
export interface Name {
  native: string;
  latin: string;
  variants: string[];
}

export interface NameList {
  /** The file's key, e.g. `de`, `ar-maghreb`. */
  key: string;
  /** ISO 639-1 code. */
  language: string;
  script: Script;
  male: Name[];
  female: Name[];
  family: Name[];
  /** Female forms of `family`, index for index (Polish -ska, Czech -ová, Greek genitive, ...). */
  familyFemale: Name[];
  /** Share of persons carrying two family names (Spanish always, Portuguese often). */
  doubleFamily: number;
}

type NameEntry = string | string[];
interface NameFile {
  language: string;
  script: Script;
  doubleFamily?: number;
  male: NameEntry[];
  female: NameEntry[];
  family: NameEntry[];
  familyFemale?: NameEntry[];
}

function toName(entry: NameEntry): Name {
  if (typeof entry === 'string') return { native: entry, latin: entry, variants: [] };
  const [native, latin, ...variants] = entry;
  return { native, latin: latin ?? native, variants };
}

interface CountryFile {
  countries: Record<string, { alpha3: string; weight: number; languages: [string, number][]; cities: string[] }>;
}

export interface Country {
  code: string;
  /** ICAO Doc 9303 code for the MRZ (`D` for Germany). */
  alpha3: string;
  cities: string[];
  languages: Weighted<NameList>;
  jurisdiction: Jurisdiction | undefined;
}

const nameLists = new Map<string, NameList>();

function nameList(key: string): NameList {
  let list = nameLists.get(key);
  if (!list) {
    const file = readJson<NameFile>('names', `${key}.json`);
    const family = file.family.map(toName);
    list = {
      key,
      language: file.language,
      script: file.script,
      male: file.male.map(toName),
      female: file.female.map(toName),
      family,
      familyFemale: file.familyFemale ? file.familyFemale.map(toName) : family,
      doubleFamily: file.doubleFamily ?? 0,
    };
    nameLists.set(key, list);
  }
  return list;
}

const JURISDICTION_BY_CODE = new Map(JURISDICTIONS.map((jurisdiction) => [jurisdiction.code, jurisdiction]));

const countryFile = readJson<CountryFile>('countries.json');

export const COUNTRIES: ReadonlyMap<string, Country> = new Map(
  Object.entries(countryFile.countries).map(([code, entry]) => [
    code,
    {
      code,
      alpha3: entry.alpha3,
      cities: entry.cities,
      languages: new Weighted(entry.languages.map(([key, weight]) => [nameList(key), weight] as const)),
      jurisdiction: JURISDICTION_BY_CODE.get(code),
    },
  ]),
);

export function country(code: string): Country {
  const found = COUNTRIES.get(code);
  if (!found) throw new Error(`no reference data for country ${code}`);
  return found;
}

/** Nationalities of persons, weighted by how often each turns up in the records. */
export const NATIONALITIES = new Weighted(
  Object.entries(countryFile.countries).map(([code, entry]) => [country(code), entry.weight] as const),
);

/** The member jurisdictions that own records, weighted like the nationalities. */
export const OWNERS = new Weighted(
  JURISDICTIONS.map(
    (jurisdiction) => [country(jurisdiction.code), countryFile.countries[jurisdiction.code]?.weight ?? 1] as const,
  ),
);

export function cityIn(random: Random, code: string): string {
  return pick(random, country(code).cities);
}

export function jurisdiction(code: string): Jurisdiction {
  const found = JURISDICTION_BY_CODE.get(code);
  if (!found) throw new Error(`${code} is not a Liaison jurisdiction`);
  return found;
}

export function isJurisdiction(code: string): boolean {
  return JURISDICTION_BY_CODE.has(code);
}

export const readReferenceJson = readJson;
