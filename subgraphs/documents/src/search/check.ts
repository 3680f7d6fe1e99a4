import { runCheck } from '../../../../shared/check';
import type { RequestContext } from '../../../../shared/context';
import { badUserInput } from '../../../../shared/errors';
import { parseCountry } from '../../../../shared/validation';
import type { DocumentType } from '../entities';
import { normalizeDocumentNumber } from './normalize';

const ACTION_ON_HIT: Record<string, string> = {
  STOLEN_BLANK: 'Seize the document; the holder may be an impostor. Contact the owner quoting the reference.',
  LOST: 'Seize the document and contact the owner quoting the reference.',
  STOLEN_FROM_HOLDER: 'Seize the document; check the identity of the person presenting it. Contact the owner.',
  REVOKED: 'Seize the document; it is no longer valid. Contact the owner quoting the reference.',
  INVALIDATED: 'Seize the document; it is no longer valid. Contact the owner quoting the reference.',
};

/** `checkDocument`: the exact (normalized) number of one issuing country, optionally of one type. */
export function checkDocument(
  context: RequestContext<unknown>,
  args: { number: string; issuingCountry: string; type?: DocumentType | null },
) {
  const number = normalizeDocumentNumber(args.number);
  if (number.length < 3) throw badUserInput('number must hold at least 3 letters or digits', 'number');
  const country = parseCountry(args.issuingCountry, 'issuingCountry')!;
  return runCheck(context, {
    table: 'documents.document',
    condition: (params) =>
      `r.number_normalized = ${params.add(number)} AND r.issuing_country = ${params.add(country)}` +
      (args.type ? ` AND r.type = ${params.add(args.type)}` : ''),
    actionOnHit: (status) => ACTION_ON_HIT[status] ?? 'Contact the owner quoting the reference.',
  });
}
