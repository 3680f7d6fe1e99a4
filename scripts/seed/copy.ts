import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

// Bulk loading through COPY ... FROM STDIN in PostgreSQL's text format, generated in batches so that memory stays
// flat whatever the number of rows.

export type CopyValue = string | number | null | readonly string[];

const SPECIAL = /[\\\n\r\t]/;

function escapeText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeText(value);
  return escapeText(arrayLiteral(value));
}

/** Collects the rows of one batch as COPY text. */
export class RowBuffer {
  text = '';
  rows = 0;

  add(values: readonly CopyValue[]): void {
    let line = encodeValue(values[0]);
    for (let i = 1; i < values.length; i++) line += '\t' + encodeValue(values[i]);
    this.text += line + '\n';
    this.rows++;
  }
}

export interface CopyProgress {
  table: string;
  /** Generator steps done (records of the driving kind: persons for alerts, seizures for link rows). */
  done: number;
  total: number;
  /** Rows written so far. */
  rows: number;
}

export interface CopyJob {
  table: string;
  columns: readonly string[];
  /** Number of generator steps; each may write zero, one or several rows. */
  steps: number;
  produce(index: number, rows: RowBuffer): void;
}

const FLUSH_CHARS = 512 * 1024;

/** Streams a job's rows into its table; returns the number of rows written. */
export async function copyInto(
  client: Client,
  job: CopyJob,
  onProgress?: (progress: CopyProgress) => void,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${job.table} (${job.columns.join(', ')}) FROM STDIN`));
  const done = finished(stream);
  // A failing COPY (bad row, lost connection) rejects `done` while we may be waiting for 'drain'.
  done.catch(() => {});
  const buffer = new RowBuffer();
  let written = 0;
  onProgress?.({ table: job.table, done: 0, total: job.steps, rows: 0 });
  const flush = async () => {
    written += buffer.rows;
    const text = buffer.text;
    buffer.text = '';
    buffer.rows = 0;
    if (!stream.write(text)) await Promise.race([once(stream, 'drain'), done]);
  };
  for (let index = 0; index < job.steps; index++) {
    job.produce(index, buffer);
    if (buffer.text.length >= FLUSH_CHARS) {
      await flush();
      onProgress?.({ table: job.table, done: index + 1, total: job.steps, rows: written });
    }
  }
  await flush();
  stream.end();
  await done;
  onProgress?.({ table: job.table, done: job.steps, total: job.steps, rows: written });
  return written;
}
