import { normalizeDocumentNumber } from '../../subgraphs/documents/src/search/normalize';
import type { SeedContext } from './context';
import type { CopyJob, RowBuffer } from './copy';
import {
  TD1_COUNTRIES,
  drivingLicenceNumber,
  identityCardNumber,
  issuesIdentityCards,
  nthInSeries,
  passportNumber,
  registrationCertificateNumber,
  residencePermitNumber,
  visaNumber,
} from './document-numbers';
import { td1, td3, type MrzHolder } from './mrz';
import { generatePerson, type Person } from './persons';
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
  recordRandom,
  type Random,
} from './random';
import { OWNERS, cityIn, country, isJurisdiction, jurisdiction } from './reference';

type DocumentType =
  | 'PASSPORT'
  | 'IDENTITY_CARD'
  | 'VISA'
  | 'RESIDENCE_PERMIT'
  | 'DRIVING_LICENCE'
  | 'VEHICLE_REGISTRATION_CERTIFICATE'
  | 'BLANK_DOCUMENT';
type DocumentStatus = 'STOLEN_BLANK' | 'LOST' | 'STOLEN_FROM_HOLDER' | 'REVOKED' | 'INVALIDATED';

const TYPES = new Weighted<DocumentType>([
  ['PASSPORT', 48],
  ['IDENTITY_CARD', 30],
  ['DRIVING_LICENCE', 8],
  ['RESIDENCE_PERMIT', 5],
  ['VISA', 4],
  ['VEHICLE_REGISTRATION_CERTIFICATE', 5],
]);
const STATUSES = new Weighted<DocumentStatus>([
  ['LOST', 45],
  ['STOLEN_FROM_HOLDER', 35],
  ['REVOKED', 10],
  ['INVALIDATED', 10],
]);
const BLANK_TYPES = new Weighted<DocumentType>([
  ['PASSPORT', 45],
  ['IDENTITY_CARD', 25],
  ['BLANK_DOCUMENT', 15],
  ['VISA', 10],
  ['RESIDENCE_PERMIT', 5],
]);

// Schengen states that issue the visas and residence permits held by third-country nationals.
const SCHENGEN = new Weighted(
  [
    'DE',
    'FR',
    'IT',
    'ES',
    'NL',
    'BE',
    'AT',
    'SE',
    'PL',
    'PT',
    'GR',
    'CZ',
    'HU',
    'DK',
    'FI',
    'NO',
    'CH',
    'HR',
    'SI',
    'SK',
  ].map((code) => [code, code === 'DE' || code === 'FR' || code === 'IT' || code === 'ES' ? 4 : 1] as const),
);
const THIRD_COUNTRY_NATIONALS = new Set(['MA', 'TN', 'JO', 'EG', 'AE', 'TR', 'RU', 'UA', 'RS', 'US', 'CA', 'GB']);

/** Stolen blanks come in consecutive batches: documents are grouped in blocks, a few blocks hold a batch. */
const BATCH_BLOCK = 64;

interface BlankBatch {
  count: number;
  type: DocumentType;
  issuer: string;
  owner: string;
  lossMs: number;
  place: string;
  firstNumber: string;
}

function blankBatch(context: SeedContext, block: number): BlankBatch | null {
  const random = recordRandom(context.seed, 'document-batch', block);
  if (!chance(random, 0.05)) return null;
  const issuer = OWNERS.draw(random).code;
  const type = BLANK_TYPES.draw(random);
  const owner = chance(random, 0.9) ? issuer : OWNERS.draw(random).code;
  return {
    count: int(random, 8, BATCH_BLOCK),
    type,
    issuer,
    owner,
    lossMs: dayBetween(random, Date.UTC(2010, 0, 1), SEED_EPOCH - 30 * DAY_MS),
    place: cityIn(random, owner),
    firstNumber: numberFor(random, type === 'BLANK_DOCUMENT' ? 'PASSPORT' : type, issuer, null),
  };
}

function numberFor(random: Random, type: DocumentType, issuer: string, holder: Person | null): string {
  switch (type) {
    case 'IDENTITY_CARD':
      return identityCardNumber(random, issuer);
    case 'RESIDENCE_PERMIT':
      return residencePermitNumber(random, issuer);
    case 'VISA':
      return visaNumber(random, country(issuer).alpha3);
    case 'DRIVING_LICENCE':
      return holder ? drivingLicenceNumber(random, issuer, holder) : passportNumber(random, issuer);
    case 'VEHICLE_REGISTRATION_CERTIFICATE':
      return registrationCertificateNumber(random, issuer);
    default:
      return passportNumber(random, issuer);
  }
}

const VALIDITY_YEARS: Partial<Record<DocumentType, number>> = {
  PASSPORT: 10,
  IDENTITY_CARD: 10,
  DRIVING_LICENCE: 15,
  RESIDENCE_PERMIT: 5,
};

function mrzFor(type: DocumentType, number: string, issuer: string, holder: Person, expiryDate: string): string | null {
  const mrzHolder: MrzHolder = { ...holder, nationality: holder.nationality.alpha3 };
  const document = { number, issuer: country(issuer).alpha3, expiryDate };
  if (type === 'PASSPORT' && normalizeDocumentNumber(number).length <= 9) return td3(mrzHolder, document);
  if (!TD1_COUNTRIES.has(issuer)) return null;
  if (type === 'IDENTITY_CARD') return td1(mrzHolder, document, issuer === 'DE' || issuer === 'FR' ? 'ID' : 'I<');
  if (type === 'RESIDENCE_PERMIT') return td1(mrzHolder, document, 'IR');
  return null;
}

interface DocumentRecord {
  number: string;
  type: DocumentType;
  issuer: string;
  issueMs: number | null;
  expiryMs: number | null;
  status: DocumentStatus;
  lossMs: number | null;
  lossPlace: string | null;
  mrz: string | null;
  holderId: string | null;
  owner: string;
  eventMs: number;
}

/** Holders: most documents belong to a person drawn at random, a fifth to a small set of repeat losers. */
function holderIndex(context: SeedContext, random: Random): number {
  const persons = context.counts.persons;
  return chance(random, 0.2)
    ? int(random, 0, Math.max(0, Math.floor(persons * 0.05) - 1))
    : int(random, 0, persons - 1);
}

function heldDocument(context: SeedContext, random: Random): DocumentRecord {
  const holder = context.counts.persons ? generatePerson(context, holderIndex(context, random)) : null;
  const nationality = holder?.nationality.code ?? OWNERS.draw(random).code;
  let type = TYPES.draw(random);
  let issuer = nationality;
  if (type === 'IDENTITY_CARD' && !issuesIdentityCards(nationality)) type = 'PASSPORT';
  if (type === 'VISA' || type === 'RESIDENCE_PERMIT') {
    if (THIRD_COUNTRY_NATIONALS.has(nationality)) issuer = SCHENGEN.draw(random);
    else type = 'PASSPORT';
  }
  if ((type === 'DRIVING_LICENCE' || type === 'VEHICLE_REGISTRATION_CERTIFICATE') && chance(random, 0.3)) {
    issuer = OWNERS.draw(random).code;
  }
  const status = STATUSES.draw(random);

  const adultFrom = holder?.dobYear ? Date.UTC(holder.dobYear + (type === 'DRIVING_LICENCE' ? 18 : 16), 0, 1) : 0;
  const issueMs = dayBetween(
    random,
    Math.max(Date.UTC(2011, 0, 1), Math.min(adultFrom, SEED_EPOCH - 400 * DAY_MS)),
    SEED_EPOCH - 30 * DAY_MS,
  );
  const minor = holder?.dobYear ? new Date(issueMs).getUTCFullYear() - holder.dobYear < 18 : false;
  const years = type === 'PASSPORT' && minor ? 5 : VALIDITY_YEARS[type];
  const expiryMs =
    type === 'VISA'
      ? issueMs + int(random, 30, 365) * DAY_MS
      : years === undefined
        ? null
        : addYears(issueMs, years) - DAY_MS;

  const owner = isJurisdiction(issuer) && chance(random, 0.8) ? issuer : OWNERS.draw(random).code;
  const lost = status === 'LOST' || status === 'STOLEN_FROM_HOLDER';
  const lossMs = lost ? dayBetween(random, issueMs, Math.min(expiryMs ?? SEED_EPOCH, SEED_EPOCH - DAY_MS)) : null;
  const lossPlace =
    lost && chance(random, 0.9) ? cityIn(random, chance(random, 0.8) ? owner : OWNERS.draw(random).code) : null;
  const number = numberFor(random, type, issuer, holder);
  return {
    number,
    type,
    issuer,
    issueMs,
    expiryMs,
    status,
    lossMs,
    lossPlace,
    mrz: holder && expiryMs !== null ? mrzFor(type, number, issuer, holder, isoDate(expiryMs)) : null,
    holderId: holder?.id ?? null,
    owner,
    eventMs: lossMs ?? dayBetween(random, issueMs, SEED_EPOCH - DAY_MS),
  };
}

export const DOCUMENT_COLUMNS = [
  ...PROVENANCE_COLUMNS,
  'number',
  'number_normalized',
  'type',
  'issuing_country',
  'issue_date',
  'expiry_date',
  'status',
  'loss_date',
  'loss_place',
  'mrz',
  'holder_id',
] as const;

const orNull = (ms: number | null) => (ms === null ? null : isoDate(ms));

export function documentJob(context: SeedContext): CopyJob {
  let cachedBlock = -1;
  let cachedBatch: BlankBatch | null = null;
  const produce = (index: number, rows: RowBuffer) => {
    const block = Math.floor(index / BATCH_BLOCK);
    if (block !== cachedBlock) {
      cachedBlock = block;
      cachedBatch = blankBatch(context, block);
    }
    const random = recordRandom(context.seed, 'document', index);
    const batch = cachedBatch;
    const offset = index % BATCH_BLOCK;
    const record: DocumentRecord =
      batch && offset < batch.count
        ? {
            number: nthInSeries(batch.firstNumber, offset),
            type: batch.type,
            issuer: batch.issuer,
            issueMs: null,
            expiryMs: null,
            status: 'STOLEN_BLANK',
            lossMs: batch.lossMs,
            lossPlace: batch.place,
            mrz: null,
            holderId: null,
            owner: batch.owner,
            eventMs: batch.lossMs,
          }
        : heldDocument(context, random);
    const block_ = provenance(random, {
      owner: jurisdiction(record.owner),
      series: 'document',
      index,
      eventMs: record.eventMs,
    });
    rows.add([
      ...provenanceValues(context.documentIds.id(index), block_),
      record.number,
      normalizeDocumentNumber(record.number),
      record.type,
      record.issuer,
      orNull(record.issueMs),
      orNull(record.expiryMs),
      record.status,
      orNull(record.lossMs),
      record.lossPlace,
      record.mrz,
      record.holderId,
    ]);
  };
  return { table: 'documents.document', columns: DOCUMENT_COLUMNS, steps: context.counts.documents, produce };
}
