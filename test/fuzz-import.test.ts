// Generated import files (fast-check, a fixed seed): good, bad and blank lines mixed, with CRs inside records, CRLF
// line ends and bad bytes. Every bad line is reported with its own number and no other is, the good ones are all
// written, and importing the file again changes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runImport } from '../scripts/import/run';
import type { Principal } from '../shared/auth';

const LINES = 2_000;
const PL: Principal = { userId: 'pl-fuzz-importer', agency: 'PL-KGP', jurisdiction: 'PL', roles: ['officer'] };

type Kind = 'good' | 'bad' | 'blank';

const document = (n: number, extra: Record<string, unknown> = {}) => ({
  nationalReference: `PL-FUZZ-${n}`,
  number: `PLFZ${String(n).padStart(6, '0')}`,
  type: 'PASSPORT',
  issuingCountry: 'PL',
  status: 'LOST',
  ...extra,
});

/** One generated line: its bytes and whether the import must write it, refuse it or skip it. */
const lineOf = (n: number): fc.Arbitrary<{ kind: Kind; bytes: Buffer }> =>
  fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc.constant({
          kind: 'good' as Kind,
          text: JSON.stringify({ type: 'document', record: document(n) }),
        }),
      },
      fc.constant({
        kind: 'good' as Kind,
        text: JSON.stringify({ type: 'document', record: document(n) }).replace(',', ',\r'),
      }),
      fc
        .string({ unit: 'binary', maxLength: 60 })
        .map((text) => ({ kind: 'bad' as Kind, text: `{${text.replace(/[\n}]/g, '')}` })),
      fc
        .jsonValue({ maxDepth: 2 })
        .map((value) => ({ kind: 'bad' as Kind, text: JSON.stringify(Array.isArray(value) ? value : [value]) })),
      fc
        .constantFrom('spaceship', 'DOCUMENT', '')
        .map((type) => ({ kind: 'bad' as Kind, text: JSON.stringify({ type, record: document(n) }) })),
      fc.constantFrom('\u0000', '\ud800', '\udfff').map((bad) => ({
        kind: 'bad' as Kind,
        text: JSON.stringify({ type: 'document', record: document(n, { lossPlace: `x${bad}` }) }),
      })),
      fc
        .constantFrom({ issuingCountry: 'XX' }, { status: 'FOUND' }, { number: '' }, { issueDate: '2026-02-30' })
        .map((bad) => ({
          kind: 'bad' as Kind,
          text: JSON.stringify({ type: 'document', record: document(n, bad) }),
        })),
      fc.constantFrom('', '   ', '\t').map((text) => ({ kind: 'blank' as Kind, text })),
    )
    .chain((line) =>
      fc.boolean().map((crlf) => ({ kind: line.kind, bytes: Buffer.from(line.text + (crlf ? '\r\n' : '\n'), 'utf8') })),
    );

const invalidUtf8 = (n: number) => ({
  kind: 'bad' as Kind,
  bytes: Buffer.concat([
    Buffer.from(JSON.stringify({ type: 'document', record: document(n) }).slice(0, 20)),
    Buffer.from([0xff, 0x80]),
    Buffer.from('"}\n'),
  ]),
});

describe('fuzzing the bulk import', () => {
  it(`reports exactly the bad lines of ${LINES} generated ones, by number, and stays a no-op on the second run`, async () => {
    const lines = Array.from({ length: LINES }, (_, i) =>
      i % 97 === 50 ? invalidUtf8(i) : fc.sample(lineOf(i), { numRuns: 1, seed: 20261202 + i })[0],
    );
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'liaison-fuzz-import-')), 'records.ndjson');
    writeFileSync(file, Buffer.concat([Buffer.from('\ufeff'), ...lines.map((line) => line.bytes)]));
    const numbersOf = (kind: Kind) => lines.flatMap((line, i) => (line.kind === kind ? [i + 1] : []));
    const bad = numbersOf('bad');
    const good = numbersOf('good');

    const options = { file, principal: PL, purpose: 'FUZZ-IMPORT', url: process.env.LIAISON_TEST_DATABASE_URL };
    const reported: number[] = [];
    const first = await runImport({ ...options, onFailure: (failure) => reported.push(failure.line) });
    expect(first).toMatchObject({
      lines: LINES,
      created: good.length,
      failed: bad.length,
      blank: numbersOf('blank').length,
    });
    expect(reported).toEqual(bad);

    const again: number[] = [];
    const second = await runImport({ ...options, onFailure: (failure) => again.push(failure.line) });
    expect(second).toMatchObject({ lines: LINES, created: 0, updated: 0, unchanged: good.length, failed: bad.length });
    expect(again).toEqual(bad);
  });
});
