// The bulk import (`npm run import`): NDJSON, one record a line, each line in its own transaction through the same
// validation and write code as the mutations (shared/writes.ts `importRecord`). A bad line is reported by its number
// with the reason and changes nothing; the other lines go on.
import { createReadStream, statSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth';
import { createDataSource } from '../../shared/database';
import { isDatabaseOutage } from '../../shared/errors';
import type { SubgraphName } from '../../shared/schema';
import { importRecord, type WriteOutcome } from '../../shared/writes';
import { unsafeStringPath } from '../../shared/validation';
import { IMPORT_KINDS, type ImportKind } from './kinds';

/** Lines longer than this are refused unread: no record comes near it. */
export const MAX_LINE_LENGTH = 1_000_000;
/** Failures kept in the summary; all of them are reported through `onFailure` as they happen. */
const KEPT_FAILURES = 1_000;

export interface LineFailure {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
  /** The field at fault when the record was refused, e.g. `record.issuingCountry`. */
  argument?: string;
}

export interface ImportProgress {
  lines: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportSummary {
  /** Lines read, blank ones included. */
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Blank lines, skipped. */
  blank: number;
  /** The first failures, by line number. */
  failures: LineFailure[];
}

export interface ImportOptions {
  file: string;
  /** On whose behalf: the owner jurisdiction and agency of every record created, and who the versions name. */
  principal: Principal;
  /** Recorded with every version. */
  purpose: string;
  /** One database for all subgraphs (tests); by default each subgraph's own URL from the environment. */
  url?: string;
  onProgress?(progress: ImportProgress): void;
  onFailure?(failure: LineFailure): void;
  /** Lines between two progress reports; default 1000. */
  progressEvery?: number;
  /** Told when a line waits for the database to come back before it is tried again. */
  onRetry?(retry: { line: number; attempt: number; waitMs: number; reason: string }): void;
  /** Waits between tries while the database is unreachable; default RETRY_DELAYS_MS (about a minute in all). */
  retryDelaysMs?: readonly number[];
}

/** Imports an NDJSON file; resolves with the counts once every line was tried. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { lines: 0, created: 0, updated: 0, unchanged: 0, failed: 0, blank: 0, failures: [] };
  const totalBytes = statSync(options.file).size;
  const dataSources = new Map<SubgraphName, Promise<DataSource>>();
  const open = (entry: ImportKind) => {
    if (!dataSources.has(entry.subgraph)) {
      const dataSource = createDataSource(entry.subgraph, { url: options.url, entities: entry.entities, poolSize: 1 });
      // A connection that failed is made again on the next try (the database may be back by then).
      const opened = dataSource.initialize().catch((error: unknown) => {
        dataSources.delete(entry.subgraph);
        throw error;
      });
      dataSources.set(entry.subgraph, opened);
    }
    return dataSources.get(entry.subgraph)!;
  };
  const fail = (failure: LineFailure) => {
    summary.failed++;
    if (summary.failures.length < KEPT_FAILURES) summary.failures.push(failure);
    options.onFailure?.(failure);
  };
  const actor = { principal: options.principal, purpose: options.purpose };
  const stream = createReadStream(options.file);
  const every = options.progressEvery ?? 1000;
  try {
    for await (const text of ndjsonLines(stream)) {
      const line = ++summary.lines;
      if (text === undefined) {
        fail({ line, reason: 'not valid UTF-8' });
        continue;
      }
      if (!text.trim()) {
        summary.blank++;
        continue;
      }
      const parsed = parseLine(text);
      if ('reason' in parsed) {
        fail({ line, reason: parsed.reason });
      } else {
        try {
          const { outcome } = await withRetries(line, options, async () => {
            const dataSource = await open(parsed.entry);
            return dataSource.transaction((manager) =>
              importRecord(parsed.entry.kind, manager, actor, parsed.record, 'record'),
            );
          });
          count(summary, outcome);
        } catch (error) {
          if (error instanceof ImportStopped) throw error;
          fail({ line, ...reasonOf(error) });
        }
      }
      if (line % every === 0) options.onProgress?.({ lines: line, bytesRead: stream.bytesRead, totalBytes });
    }
    options.onProgress?.({ lines: summary.lines, bytesRead: totalBytes, totalBytes });
  } finally {
    stream.destroy();
    await Promise.all([...dataSources.values()].map(async (opened) => (await opened.catch(() => null))?.destroy()));
  }
  return summary;
}

type ParsedLine = { entry: ImportKind; record: unknown } | { reason: string };

/**
 * The lines of an NDJSON file as UTF-8 text: only `\n` and `\r\n` end a line (a lone `\r` inside a record is JSON
 * whitespace, so line numbers stay those of an editor), a byte-order mark at the start is dropped, and a line that is
 * not valid UTF-8 is `undefined` (refused with its number, never decoded into U+FFFD).
 */
export async function* ndjsonLines(input: AsyncIterable<Buffer>): AsyncGenerator<string | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const decode = (bytes: Buffer) => {
    const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      return decoder.decode(bytes.subarray(0, end));
    } catch {
      return undefined;
    }
  };
  let pending: Buffer = Buffer.alloc(0);
  let first = true;
  for await (const chunk of input) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let at = pending.indexOf(0x0a); at >= 0; at = pending.indexOf(0x0a, start)) {
      yield decode(first ? withoutBom(pending.subarray(start, at)) : pending.subarray(start, at));
      first = false;
      start = at + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length) yield decode(first ? withoutBom(pending) : pending);
}

function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The import stopped: the database stayed unreachable. Lines before `line` are in; re-running the file is safe. */
export class ImportStopped extends Error {
  constructor(
    readonly line: number,
    cause: Error,
  ) {
    super(
      `the database stayed unreachable at line ${line} (${cause.message}): lines before it are imported; ` +
        'run the same import again when the database is back (lines already in are left unchanged)',
    );
  }
}

/** Waits between tries while the database is unreachable: about a minute in all before the import stops. */
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/** Runs one line's write, pausing and trying again while the database is unreachable, then stopping the import. */
async function withRetries<T>(
  line: number,
  options: Pick<ImportOptions, 'onRetry' | 'retryDelaysMs'>,
  write: () => Promise<T>,
): Promise<T> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseOutage(error)) throw error;
      if (attempt >= delays.length) throw new ImportStopped(line, error as Error);
      options.onRetry?.({ line, attempt: attempt + 1, waitMs: delays[attempt], reason: (error as Error).message });
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/** A line is `{"type": "<record type>", "record": {...}}` and nothing else. */
function parseLine(text: string): ParsedLine {
  if (text.length > MAX_LINE_LENGTH) return { reason: `line longer than ${MAX_LINE_LENGTH} characters` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { reason: 'a line must be a JSON object {"type": ..., "record": {...}}' };
  }
  const line = value as Record<string, unknown>;
  const extra = Object.keys(line).filter((key) => key !== 'type' && key !== 'record');
  if (extra.length)
    return { reason: `unknown key ${extra.map((key) => `"${key}"`).join(', ')}: a line holds "type" and "record"` };
  const types = [...IMPORT_KINDS.keys()].join(', ');
  if (typeof line.type !== 'string') return { reason: `"type" is missing: one of ${types}` };
  const entry = IMPORT_KINDS.get(line.type);
  if (!entry) return { reason: `unknown type '${line.type.slice(0, 40)}' (one of ${types})` };
  if (line.record === undefined) return { reason: '"record" is missing' };
  const unsafe = unsafeStringPath(line.record, 'record');
  if (unsafe) return { reason: `${unsafe} holds a NUL character or a lone UTF-16 surrogate` };
  return { entry, record: line.record };
}

function count(summary: ImportSummary, outcome: WriteOutcome): void {
  summary[outcome]++;
}

function reasonOf(error: unknown): Omit<LineFailure, 'line'> {
  if (error instanceof GraphQLError) {
    const argument = error.extensions.argument;
    return { reason: error.message, ...(typeof argument === 'string' ? { argument } : {}) };
  }
  // Not the line's fault (the database refused or is gone): said as it is, so the operator can act on it.
  return { reason: `not written: ${(error as Error).message}` };
}
