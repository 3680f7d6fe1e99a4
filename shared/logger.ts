import pino from 'pino';

/** Structured JSON logs on stdout, one line an event; `LOG_LEVEL` sets the threshold. */
export function createLogger(service: string): pino.Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service } });
}
