import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Stack } from '../../scripts/stack';
import { dropScratchDatabase, type TestServer } from './database';

/** Warnings and errors of the shared stack printed at the end, at most: what a failing test met, when CI keeps nothing else. */
const PRINTED_LOG_LINES = 40;

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__liaison as
    { server: TestServer; stack: Stack; databaseUrl: string } | undefined;
  if (!state) return;
  await state.stack.stop();
  printWarnings(process.env.LIAISON_TEST_LOG_DIR);
  await dropScratchDatabase(state.server.adminUrl, state.databaseUrl);
  await state.server.stop();
}

/** The shared stack's log lines at warn level or above (a few, in a passing run: the faults the suites provoke). */
function printWarnings(logDir: string | undefined): void {
  if (!logDir) return;
  const lines = readdirSync(logDir)
    .filter((file) => file.endsWith('.log'))
    .flatMap((file) => readFileSync(path.join(logDir, file), 'utf8').split('\n'))
    .filter((line) => Number(/^\{"level":(\d+)/.exec(line)?.[1] ?? 0) >= 40)
    .sort((a, b) => Number(/"time":(\d+)/.exec(a)?.[1]) - Number(/"time":(\d+)/.exec(b)?.[1]));
  if (!lines.length) return;
  console.log(
    `\nThe shared stack's warnings and errors (${lines.length}, the last ${PRINTED_LOG_LINES} at most; a passing run has a few, ` +
      `from the faults the suites provoke; logs in ${logDir}):\n` +
      lines
        .slice(-PRINTED_LOG_LINES)
        .map((line) => line.slice(0, 400))
        .join('\n'),
  );
}
