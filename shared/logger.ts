import pino from 'pino';

/**
 * What of an error a log line keeps. PostgreSQL echoes values in its messages and details (`invalid input syntax
 * for type uuid: "…"`, `Key (number)=(…) already exists`), and those values come from requests, which belong in the
 * audit log only: quoted and bracketed values are cut from a database error's message, its detail and the statement's
 * parameters are left out.
 */
export function loggedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubDatabaseText(String(error)) };
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  const fromDatabase = typeof severity === 'string' && typeof code === 'string';
  return {
    type: error.name,
    message: fromDatabase ? scrubDatabaseText(error.message) : error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack && !fromDatabase ? { stack: error.stack } : {}),
  };
}

/** A database message without the values it quotes: `"…"` and `(…)=(…)` become `"?"` and `(…)=(?)`. */
export function scrubDatabaseText(text: string): string {
  return text.replace(/"[^"]*"/g, '"?"').replace(/=\([^)]*\)/g, '=(?)');
}

/** Structured JSON logs on stdout (or `destination`), one line an event; `LOG_LEVEL` sets the threshold. */
export function createLogger(service: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    serializers: { err: loggedError },
    // Request content is the audit log's, never the service log's, whatever a caller passes by mistake.
    redact: { paths: ['body', 'variables', 'criteria', 'text', 'req.body'], censor: '[not logged]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
