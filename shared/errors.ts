import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients may branch on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  AUDIT_UNAVAILABLE: 'AUDIT_UNAVAILABLE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  NOT_AT_BORDER_POST: 'NOT_AT_BORDER_POST',
} as const;

/** The input was wrong; `argument` names the argument or input field at fault (e.g. `criteria.dateOfBirth`). */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });
}

/** The caller may not do this (missing role, or a record another jurisdiction owns). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * No such record for this caller: unknown, revoked, or one the caller may not see. The three answer alike, so that
 * the error never reveals that a hidden record exists.
 */
export function notFound(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, ...(argument ? { argument } : {}) } });
}

/** The audit row could not be written, so nothing was disclosed or changed (SPEC 5.2). */
export function auditUnavailable(what = 'Nothing was disclosed'): GraphQLError {
  return new GraphQLError(`${what}: the audit log could not be written. Try again later.`, {
    extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
  });
}

/**
 * The caller left before its answer (the client hung up, or the gateway gave up): the work for it was abandoned, which
 * is neither the caller's mistake nor a fault of ours. The gateway drops its subgraph requests with it, and a
 * subgraph stops the statement it was running (shared/sql.ts).
 */
export class CallerLeftError extends Error {
  override name = 'CallerLeftError';
  readonly code = 'CALLER_LEFT';
  constructor() {
    super('the caller left before the answer');
  }
}

/** Connection-level failures: the database is down, restarting or unreachable, not the statement's fault. */
export function isDatabaseOutage(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = String((error as Error | undefined)?.message ?? '');
  return (
    (typeof code === 'string' &&
      // 53300: no free connection slot, as when every pool reconnects at once after a restart: it passes too.
      (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND)$/.test(code) || /^57P0[1-3]$|^08|^53300$/.test(code))) ||
    // TypeORM releases a transaction's runner when its connection dies: the next query of that write says so (in
    // either of its two wordings).
    /Connection terminated|connection is closed|Client has encountered a connection error|the database system is (starting up|shutting down)|query runner (was )?already released/i.test(
      message,
    )
  );
}

/**
 * A border post holds documents, vehicles and persons with alerts, read-only (shared/border-post.ts): writes, and the
 * other subgraphs, answer this there rather than a change lost at the next copy or an empty "no hit".
 */
export function notAtBorderPost(subgraph: string, borderPost: string): GraphQLError {
  return new GraphQLError(
    `border post ${borderPost} holds a read-only copy of documents, vehicles and persons with alerts: ${subgraph} ` +
      'here cannot be changed, and seizures and information requests are not held; ask the centre',
    { extensions: { code: ErrorCode.NOT_AT_BORDER_POST } },
  );
}
