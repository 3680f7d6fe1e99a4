import type { Jurisdiction } from '../../shared/jurisdictions';
import { JURISDICTIONS } from '../../shared/jurisdictions';
import { DAY_MS, SEED_EPOCH, Weighted, addYears, chance, int, isoTimestamp, pickDistinct, type Random } from './random';

/** The provenance block of one record, in the column order of PROVENANCE_COLUMNS_V1 (after the id). */
export interface Provenance {
  ownerJurisdiction: string;
  ownerAgencyCode: string;
  ownerAgencyName: string;
  nationalReference: string;
  handlingCode: string;
  sharing: string;
  sharedWith: string[];
  reliability: string;
  accuracy: number;
  createdAt: number;
  updatedAt: number;
  reviewAt: number | null;
  expiresAt: number | null;
}

/** The id and provenance columns every record table starts with, as COPY lists them (PROVENANCE_COLUMNS_V1). */
export const PROVENANCE_COLUMNS = [
  'id',
  'owner_jurisdiction',
  'owner_agency_code',
  'owner_agency_name',
  'national_reference',
  'handling_code',
  'sharing',
  'shared_with',
  'reliability',
  'accuracy',
  'created_at',
  'updated_at',
  'review_at',
  'expires_at',
] as const;

// Each record kind numbers its national references in its own residue class, so references never repeat within
// a jurisdiction, across tables either.
export const REFERENCE_SERIES = { person: 0, document: 1, vehicle: 2, seizure: 3 } as const;

const HANDLING = new Weighted([
  ['H0', 85],
  ['H1', 8],
  ['H2', 5],
  ['H3', 2],
] as const);
const SHARING = new Weighted([
  ['ALL_JURISDICTIONS', 88],
  ['LISTED_JURISDICTIONS', 8],
  ['OWNER_ONLY', 4],
] as const);
const RELIABILITY = new Weighted([
  ['A', 20],
  ['B', 45],
  ['C', 25],
  ['X', 10],
] as const);
const ACCURACY = new Weighted([
  [1, 30],
  [2, 45],
  [3, 15],
  [4, 10],
] as const);
const JURISDICTION_CODES = JURISDICTIONS.map((jurisdiction) => jurisdiction.code);

export interface ProvenanceInput {
  owner: Jurisdiction;
  series: keyof typeof REFERENCE_SERIES;
  index: number;
  /** When the recorded event happened (theft, loss, seizure); the record is created shortly after. */
  eventMs: number;
  /** Agency acronyms to prefer when the owner has several units (customs for seizures, ...). */
  preferAgencies?: readonly string[];
}

/**
 * Draws the provenance block: mostly H0 and shared with all, a few restricted; created after the event, reviewed
 * every few years; most never expire, some expire years after the seed epoch, a small share has already lapsed.
 */
export function provenance(random: Random, input: ProvenanceInput): Provenance {
  const { owner } = input;
  const preferred = owner.agencies.filter((agency) =>
    input.preferAgencies?.some((acronym) => agency.code.endsWith(`-${acronym}`)),
  );
  const agencies = preferred.length && chance(random, 0.8) ? preferred : owner.agencies;
  const agency = agencies[Math.floor(random() * agencies.length)];

  // Entered during office hours within a month of the event, never after the seed epoch.
  const createdAt = Math.min(
    SEED_EPOCH - DAY_MS,
    input.eventMs + int(random, 0, 30) * DAY_MS + int(random, 6 * 3600, 20 * 3600) * 1000,
  );
  const updatedAt = Math.min(
    SEED_EPOCH,
    createdAt + (chance(random, 0.4) ? int(random, 1, 700) * DAY_MS : 0) + int(random, 0, 3_599) * 1000,
  );
  const reviewAt = chance(random, 0.85) ? addYears(createdAt, int(random, 1, 3)) : null;
  const lifecycle = random();
  const expiresAt =
    lifecycle < 0.03
      ? SEED_EPOCH - int(random, 1, 400) * DAY_MS
      : lifecycle < 0.4
        ? addYears(SEED_EPOCH, int(random, 3, 10)) + int(random, 0, 364) * DAY_MS
        : null;

  const sharing = SHARING.draw(random);
  const others = JURISDICTION_CODES.filter((code) => code !== owner.code);
  const sharedWith = sharing === 'LISTED_JURISDICTIONS' ? pickDistinct(random, others, int(random, 1, 6)).sort() : [];

  const year = new Date(createdAt).getUTCFullYear();
  const sequence = String(input.index * 4 + REFERENCE_SERIES[input.series] + 1).padStart(7, '0');
  const acronym = agency.code.slice(owner.code.length + 1);
  return {
    ownerJurisdiction: owner.code,
    ownerAgencyCode: agency.code,
    ownerAgencyName: agency.name,
    nationalReference: `${owner.code}-${acronym}-${year}-${sequence}`,
    handlingCode: HANDLING.draw(random),
    sharing,
    sharedWith,
    reliability: RELIABILITY.draw(random),
    accuracy: ACCURACY.draw(random),
    createdAt,
    updatedAt: Math.max(updatedAt, createdAt),
    reviewAt,
    expiresAt,
  };
}

/** The provenance columns of a row, id first, as COPY values. */
export function provenanceValues(id: string, block: Provenance) {
  return [
    id,
    block.ownerJurisdiction,
    block.ownerAgencyCode,
    block.ownerAgencyName,
    block.nationalReference,
    block.handlingCode,
    block.sharing,
    block.sharedWith,
    block.reliability,
    block.accuracy,
    isoTimestamp(block.createdAt),
    isoTimestamp(block.updatedAt),
    block.reviewAt === null ? null : isoTimestamp(block.reviewAt),
    block.expiresAt === null ? null : isoTimestamp(block.expiresAt),
  ] as const;
}
