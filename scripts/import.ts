// `npm run import -- FILE [--agency DE-BKA] [--user NAME] [--purpose TEXT]`: bulk-imports an NDJSON file of
// documents, vehicles and seizures on behalf of one national unit (README "Bulk import"). Bad lines are reported on
// stderr by line number and skipped; the summary goes to stdout; the exit code is 1 when a line failed.
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { isProduction } from '../shared/config';
import { JURISDICTIONS } from '../shared/jurisdictions';
import { parsePurpose } from '../shared/purpose';
import type { Principal } from '../shared/auth';
import { migrateUp } from '../shared/migrate';
import { withDatabase } from './database-env';
import { runImport, type ImportProgress, type LineFailure } from './import/run';

/** Outside production, the agency of the development token `npm start` prints. */
const DEVELOPMENT_AGENCY = 'SE-NOA';
/** Lines between two progress lines when stderr is no terminal (a log file, CI). */
const PLAIN_PROGRESS_EVERY = 10_000;

const USAGE = `usage: npm run import -- FILE [--agency CODE] [--user NAME] [--purpose TEXT]
  FILE             NDJSON, one {"type": "document" | "vehicle" | "seizure", "record": {...}} a line
  --agency CODE    the national unit the records belong to, e.g. DE-BKA; its country owns them
                   (required in production; default ${DEVELOPMENT_AGENCY} in development)
  --user NAME      who the versions name; default import:<operating-system user>
  --purpose TEXT   purpose or case reference kept with every version; default "bulk import <file name>"`;

function principalOf(agencyCode: string | undefined, user: string | undefined): Principal {
  if (!agencyCode && isProduction) throw new Error(`say on whose behalf the records are imported: --agency\n${USAGE}`);
  const code = (agencyCode ?? DEVELOPMENT_AGENCY).trim().toUpperCase();
  const jurisdiction = JURISDICTIONS.find((entry) => entry.agencies.some((agency) => agency.code === code));
  if (!jurisdiction) {
    const known = JURISDICTIONS.flatMap((entry) => entry.agencies.map((agency) => agency.code)).join(', ');
    throw new Error(`unknown agency '${code}'; Liaison agencies: ${known}`);
  }
  if (!agencyCode) console.error(`importing as ${code} (${jurisdiction.name}), the development default: pass --agency`);
  return {
    userId: user?.trim() || `import:${os.userInfo().username}`,
    agency: code,
    jurisdiction: jurisdiction.code,
    roles: ['officer'],
  };
}

function defaultPurpose(file: string): string {
  return `bulk import ${path.basename(file).replace(/[^\p{L}\p{N} ./:#_-]+/gu, '_')}`.slice(0, 200);
}

/** A progress bar on a terminal; otherwise a line now and then, so that logs of long imports show life. */
function progressReporter() {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: 'importing [{bar}] {percentage}% | {lines} lines | ETA {eta_formatted}', stream: process.stderr },
      Presets.shades_classic,
    );
    let started = false;
    return {
      progress(progress: ImportProgress) {
        if (!started) bar.start(Math.max(progress.totalBytes, 1), 0, { lines: 0 });
        started = true;
        bar.update(Math.min(progress.bytesRead, progress.totalBytes), { lines: progress.lines.toLocaleString('en') });
      },
      failure(failure: LineFailure) {
        // Above the bar: cli-progress redraws it on the next update.
        process.stderr.write(`\r\x1b[2Kline ${failure.line}: ${failure.reason}\n`);
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    progress(progress: ImportProgress) {
      if (progress.lines < PLAIN_PROGRESS_EVERY) return;
      const percent = progress.totalBytes ? Math.floor((100 * progress.bytesRead) / progress.totalBytes) : 100;
      console.error(`… ${progress.lines.toLocaleString('en')} lines (${percent} %)`);
    },
    failure: (failure: LineFailure) => console.error(`line ${failure.line}: ${failure.reason}`),
    stop: () => {},
  };
}

void withDatabase(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      user: { type: 'string' },
      purpose: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = positionals[0];
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const principal = principalOf(values.agency, values.user);
  let purpose: string;
  try {
    purpose = parsePurpose(values.purpose ?? defaultPurpose(file))!;
  } catch {
    throw new Error('--purpose must be 3 to 200 letters, digits, spaces or . / : # _ - (a purpose or case reference)');
  }
  // As the seed does: a database that `npm start` or `npm run migrate` has not prepared yet is brought up to date.
  await migrateUp();
  const reporter = progressReporter();
  const started = Date.now();
  const summary = await runImport({
    file,
    principal,
    purpose,
    onProgress: reporter.progress,
    onFailure: reporter.failure,
    onRetry: ({ line, attempt, waitMs, reason }) =>
      console.error(`line ${line}: the database is unreachable (${reason}); try ${attempt + 1} in ${waitMs / 1000} s`),
    progressEvery: process.stderr.isTTY ? 200 : PLAIN_PROGRESS_EVERY,
  }).finally(reporter.stop);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `imported ${file} as ${principal.agency}: created ${summary.created}, updated ${summary.updated}, ` +
      `unchanged ${summary.unchanged}, failed ${summary.failed} (${summary.lines} lines, ${summary.blank} blank) ` +
      `in ${seconds} s`,
  );
  if (summary.failed) process.exitCode = 1;
});
