// The bulk import (`npm run import`): NDJSON, one record a line, each line in its own transaction through the same
// validation and write code as the mutations (shared/writes.ts `importRecord`). A bad line is reported by its number
// with the reason and changes nothing; the other lines go on.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth';
import { createDataSource } from '../../shared/database';
import type { SubgraphName } from '../../shared/schema';
import { importRecord, type WriteOutcome } from '../../shared/writes';
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
}

/** Imports an NDJSON file; resolves with the counts once every line was tried. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { lines: 0, created: 0, updated: 0, unchanged: 0, failed: 0, blank: 0, failures: [] };
  const totalBytes = statSync(options.file).size;
  const dataSources = new Map<SubgraphName, Promise<DataSource>>();
  const open = (entry: ImportKind) => {
    if (!dataSources.has(entry.subgraph)) {
      const dataSource = createDataSource(entry.subgraph, { url: options.url, entities: entry.entities, poolSize: 1 });
      dataSources.set(entry.subgraph, dataSource.initialize());
    }
    return dataSources.get(entry.subgraph)!;
  };
  const fail = (failure: LineFailure) => {
    summary.failed++;
    if (summary.failures.length < KEPT_FAILURES) summary.failures.push(failure);
    options.onFailure?.(failure);
  };
  const actor = { principal: options.principal, purpose: options.purpose };
  const stream = createReadStream(options.file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const every = options.progressEvery ?? 1000;
  try {
    for await (const text of lines) {
      const line = ++summary.lines;
      if (!text.trim()) {
        summary.blank++;
        continue;
      }
      const parsed = parseLine(text);
      if ('reason' in parsed) {
        fail({ line, reason: parsed.reason });
      } else {
        try {
          const dataSource = await open(parsed.entry);
          const { outcome } = await dataSource.transaction((manager) =>
            importRecord(parsed.entry.kind, manager, actor, parsed.record, 'record'),
          );
          count(summary, outcome);
        } catch (error) {
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
