import type { MutationResolvers } from '../generated/graphql';
import { badUserInput } from '../../../../shared/errors';
import { agencyByCode } from '../../../../shared/jurisdictions';
import { parseId } from '../../../../shared/validation';
import { WRITE_ROLES } from '../../../../shared/writes';
import { requireRole } from '../../../../shared/visibility';
import { requestDeadlines } from '../deadlines';
import { answerRequest, closeRequest, createRequest, forwardRequest, refuseRequest } from '../store/requests';
import type { ExchangeContext } from '../context';
import { recordTypeName } from '../rows';

// Read once at start: a bad setting stops the service there, not at the first request.
const DEADLINES = requestDeadlines();

/**
 * Runs a change after the role check every change needs. A change is audited in its own transaction; one refused or
 * failed is described in the request's trail instead: the attempt, by whom, why.
 */
async function change<T>(
  context: ExchangeContext,
  field: string,
  args: Record<string, unknown>,
  run: () => Promise<T>,
): Promise<T> {
  try {
    requireRole(context.principal, WRITE_ROLES, 'the exchange of information');
    return await run();
  } catch (error) {
    context.audit.describe(field, args);
    throw error;
  }
}

/** Free text of a request, an answer or a reason: trimmed, `min` to `max` characters. */
function text(value: string | null | undefined, argument: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${argument} must be ${min} to ${max} characters, got ${trimmed.length}`, argument);
  }
  return trimmed;
}

export const Mutation: MutationResolvers = {
  requestInformation: (_parent, { input }, context) =>
    change(context, 'requestInformation', { input }, () =>
      createRequest(
        context.dataSource,
        context,
        {
          record: { type: recordTypeName(input.record.type), id: parseId(input.record.id, 'input.record.id') },
          question: text(input.question, 'input.question', 3, 4000),
          urgency: input.urgency,
          handling: input.handling ?? 'H0',
        },
        DEADLINES[input.urgency],
      ),
    ),
  answerInformationRequest: (_parent, { id, answer, handling }, context) =>
    change(context, 'answerInformationRequest', { id, answer, handling }, () =>
      answerRequest(context.dataSource, context, parseId(id), text(answer, 'answer', 1, 4000), handling ?? null),
    ),
  refuseInformationRequest: (_parent, { id, reason }, context) =>
    change(context, 'refuseInformationRequest', { id, reason }, () =>
      refuseRequest(context.dataSource, context, parseId(id), text(reason, 'reason', 3, 500)),
    ),
  forwardInformationRequest: (_parent, { id, agency, note }, context) =>
    change(context, 'forwardInformationRequest', { id, agency, note }, () => {
      const code = agency.trim().toUpperCase();
      if (!agencyByCode(code) || !code.startsWith(`${context.principal.jurisdiction}-`)) {
        throw badUserInput(`${agency.slice(0, 40)} is not an agency of ${context.principal.jurisdiction}`, 'agency');
      }
      const forwardNote = note == null || note.trim() === '' ? null : text(note, 'note', 1, 500);
      return forwardRequest(context.dataSource, context, parseId(id), code, forwardNote);
    }),
  closeInformationRequest: (_parent, { id }, context) =>
    change(context, 'closeInformationRequest', { id }, () => closeRequest(context.dataSource, context, parseId(id))),
};
