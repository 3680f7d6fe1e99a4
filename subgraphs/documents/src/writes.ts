import { badUserInput } from '../../../shared/errors';
import type { InputReader } from '../../../shared/input';
import type { RecordKind } from '../../../shared/writes';
import { DocumentEntity, type DocumentStatus, type DocumentType } from './entities';
import { findMrz, mrzLines } from '../../../shared/mrz';
import { normalizeDocumentNumber } from './search/normalize';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'PASSPORT',
  'IDENTITY_CARD',
  'VISA',
  'RESIDENCE_PERMIT',
  'DRIVING_LICENCE',
  'VEHICLE_REGISTRATION_CERTIFICATE',
  'BLANK_DOCUMENT',
];
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = [
  'STOLEN_BLANK',
  'LOST',
  'STOLEN_FROM_HOLDER',
  'REVOKED',
  'INVALIDATED',
];

/** How documents are created, updated, revoked and imported (shared/writes.ts does the rest). */
export const DOCUMENT_KIND: RecordKind<DocumentEntity> = {
  links: [{ field: 'holderId', type: 'Person' }],
  typeName: 'Document',
  importType: 'document',
  schema: 'documents',
  entity: DocumentEntity,
  fields: [
    'number',
    'type',
    'issuingCountry',
    'issueDate',
    'expiryDate',
    'status',
    'lossDate',
    'lossPlace',
    'mrz',
    'holderId',
  ],

  parse(input) {
    const number = input.string('number', { required: true, max: 40 })!;
    const numberNormalized = normalizeDocumentNumber(number);
    if (numberNormalized.length < 3) {
      throw badUserInput(`${input.at('number')} must hold at least 3 letters or digits`, input.at('number'));
    }
    const type = input.enumOf('type', DOCUMENT_TYPES, { required: true })!;
    const issuingCountry = input.country('issuingCountry', { required: true })!;
    const issueDate = input.date('issueDate', { notInFuture: true });
    const expiryDate = input.date('expiryDate');
    if (issueDate && expiryDate && expiryDate < issueDate) {
      throw badUserInput(
        `${input.at('expiryDate')} must not be before issueDate (${issueDate})`,
        input.at('expiryDate'),
      );
    }
    const status = input.enumOf('status', DOCUMENT_STATUSES, { required: true })!;
    const lossDate = input.date('lossDate', { notInFuture: true });
    if (lossDate && issueDate && lossDate < issueDate) {
      throw badUserInput(`${input.at('lossDate')} must not be before issueDate (${issueDate})`, input.at('lossDate'));
    }
    const holderId = input.id('holderId');
    if (holderId && (status === 'STOLEN_BLANK' || type === 'BLANK_DOCUMENT')) {
      throw badUserInput(`${input.at('holderId')} must be empty: a blank document has no holder`, input.at('holderId'));
    }
    return {
      columns: {
        number,
        numberNormalized,
        type,
        issuingCountry,
        issueDate,
        expiryDate,
        status,
        lossDate,
        lossPlace: input.string('lossPlace'),
        mrz: parseMrz(input, numberNormalized, issuingCountry),
        holderId,
      },
    };
  },

  toInput: (record) => ({
    number: record.number,
    type: record.type,
    issuingCountry: record.issuingCountry,
    issueDate: record.issueDate,
    expiryDate: record.expiryDate,
    status: record.status,
    lossDate: record.lossDate,
    lossPlace: record.lossPlace,
    mrz: record.mrz,
    holderId: record.holderId,
  }),
};

/**
 * A machine-readable zone (TD1, TD2 or TD3; lines separated by newlines or spaces, or run together) whose check
 * digits hold and which names this document: its number and, when it names a country, the issuing country. Stored
 * upper case, one line per line.
 */
function parseMrz(input: InputReader, numberNormalized: string, issuingCountry: string): string | null {
  const text = input.string('mrz', { max: 200 });
  if (text === null) return null;
  const argument = input.at('mrz');
  const found = findMrz(text);
  if (!found || found.rest.trim()) {
    throw badUserInput(`${argument} must be a TD1, TD2 or TD3 machine-readable zone and nothing else`, argument);
  }
  const { reading } = found;
  if (reading.failedCheckDigits.length) {
    throw badUserInput(`${argument}: ${reading.failedCheckDigits.map((failure) => failure.note).join('; ')}`, argument);
  }
  if (reading.number !== numberNormalized) {
    throw badUserInput(`${argument} holds document number ${reading.number}, not ${numberNormalized}`, argument);
  }
  if (reading.issuingCountry && reading.issuingCountry !== issuingCountry) {
    throw badUserInput(
      `${argument} names issuing state ${reading.issuingState} (${reading.issuingCountry}), not ${issuingCountry}`,
      argument,
    );
  }
  return mrzLines(text.toUpperCase().replace(/\s+/g, ''), reading.format).join('\n');
}
