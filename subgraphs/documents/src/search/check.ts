import { runCheck, runChecks, type CheckDefinition } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import { parseCountry } from '../../../../shared/validation';
import type { DocumentCheckInput } from '../generated/graphql';
import { normalizeDocumentNumber } from './normalize';

const ACTION_ON_HIT: Record<string, string> = {
  STOLEN_BLANK: 'Seize the document; the holder may be an impostor. Contact the owner quoting the reference.',
  LOST: 'Seize the document and contact the owner quoting the reference.',
  STOLEN_FROM_HOLDER: 'Seize the document; check the identity of the person presenting it. Contact the owner.',
  REVOKED: 'Seize the document; it is no longer valid. Contact the owner quoting the reference.',
  INVALIDATED: 'Seize the document; it is no longer valid. Contact the owner quoting the reference.',
};

/** The exact (normalized) number of one issuing country, optionally of one type. */
const DOCUMENT_CHECK: CheckDefinition<DocumentCheckInput> = {
  table: 'documents.document',
  itemColumns: [
    ['number', 'text'],
    ['issuing_country', 'text'],
    ['type', 'text'],
  ],
  readItem(input, argument) {
    const number = normalizeDocumentNumber(input.number);
    if (number.length < 3) throw badUserInput('number must hold at least 3 letters or digits', argument('number'));
    return [number, parseCountry(input.issuingCountry, argument('issuingCountry')), input.type ?? null];
  },
  // Index `document_number_normalized`.
  condition: `r.number_normalized = item.number AND r.issuing_country = item.issuing_country
              AND (item.type IS NULL OR r.type = item.type)`,
  actionOnHit: (status) => ACTION_ON_HIT[status] ?? 'Contact the owner quoting the reference.',
};

/** `checkDocument`: one document. */
export function checkDocument(context: RequestContext<unknown>, args: DocumentCheckInput) {
  return runCheck(context, DOCUMENT_CHECK, args);
}

/** `checkDocuments`: up to 100 documents, one statement. */
export function checkDocuments(context: RequestContext<unknown>, items: readonly DocumentCheckInput[]) {
  return runChecks(context, 'checkDocuments', DOCUMENT_CHECK, items);
}

/** What to do on a hit of a record in this status, as a check says it: the hit notifications say it too. */
export const documentActionOnHit = (status: string): string => DOCUMENT_CHECK.actionOnHit(status);
