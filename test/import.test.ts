// `npm run import`: NDJSON bulk import through the same validation and write code as the mutations. Bad lines are
// reported by line number and skipped; re-importing changes nothing; a changed line becomes a new version.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { graphql } from './client';
import { SHEVCHENKO } from './fixtures';
import type { Principal } from '../shared/auth';
import { runImport } from '../scripts/import/run';
import { SUBSTANCE_CATALOGUE } from '../subgraphs/substances/src/catalogue';
import { sql } from './sql';

const NL: Principal = { userId: 'nl-importer', agency: 'NL-LE', jurisdiction: 'NL', roles: ['officer'] };
const CANNABIS = SUBSTANCE_CATALOGUE.find((substance) => substance.key === 'cannabis')!;
const ROOT = path.resolve(__dirname, '..');

const DOCUMENT = {
  nationalReference: 'NL-IMP-D-1',
  number: 'NLIMP0001',
  type: 'IDENTITY_CARD',
  issuingCountry: 'NL',
  issueDate: '2020-05-05',
  expiryDate: '2030-05-04',
  status: 'STOLEN_FROM_HOLDER',
  lossDate: '2026-01-03',
  lossPlace: 'Utrecht',
  holderId: SHEVCHENKO,
  handling: { code: 'H1', sharing: 'LISTED_JURISDICTIONS', sharedWith: ['SE', 'BE'] },
};
const VEHICLE = {
  nationalReference: 'NL-IMP-V-1',
  vin: 'WBA8E1C50JA000321',
  registrationPlate: 'GX-123-B',
  registrationCountry: 'NL',
  type: 'CAR',
  make: 'BMW',
  status: 'STOLEN',
  theftDate: '2026-01-20',
};
const SEIZURE = {
  nationalReference: 'NL-IMP-S-1',
  substanceId: CANNABIS.id,
  quantity: 350,
  unit: 'KG',
  form: 'PLANT',
  seizedOn: '2026-02-02',
  country: 'NL',
  personIds: [SHEVCHENKO],
};

const line = (type: string, record: unknown) => JSON.stringify({ type, record });
const LINES = [
  line('document', DOCUMENT),
  '{"type": "document", "record": {"nationalReference": "NL-IMP-D-2",', // cut off: not JSON
  line('spaceship', { nationalReference: 'NL-IMP-X-1' }),
  line('document', { ...DOCUMENT, nationalReference: 'NL-IMP-D-3', number: 'NLIMP0003', issuingCountry: 'XX' }),
  line('vehicle', VEHICLE),
  line('person', { nationalReference: 'NL-IMP-P-1', familyName: 'Jansen', dateOfBirth: '1974-13' }),
  '',
  line('seizure', SEIZURE),
  line('document', { ...DOCUMENT, nationalReference: 'NL-IMP-D-4', number: 'NLIMP0004', colour: 'red' }),
  line('seizure', { ...SEIZURE, nationalReference: 'NL-IMP-S-2', quantity: -3 }),
];

/** The imported records with their version counts, by national reference. */
async function imported() {
  const rows = [];
  for (const [schema, table] of [
    ['documents', 'document'],
    ['vehicles', 'vehicle'],
    ['substances', 'seizure'],
  ]) {
    const result = await sql(
      `SELECT r.national_reference, r.id, r.owner_jurisdiction, r.owner_agency_code, r.updated_at,
              (SELECT count(*)::int FROM ${schema}.record_version v WHERE v.record_id = r.id) AS versions
         FROM ${schema}.${table} r WHERE r.national_reference LIKE 'NL-IMP-%' ORDER BY 1`,
    );
    rows.push(...result.rows);
  }
  return Object.fromEntries(rows.map((row) => [row.national_reference, row]));
}

function tempFile(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'liaison-import-')), 'records.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const importAsNl = (file: string) =>
  runImport({ file, principal: NL, purpose: 'IMPORT-TEST-CASE', url: process.env.LIAISON_TEST_DATABASE_URL });

describe('bulk import', () => {
  const file = tempFile(LINES);

  it('imports the good lines and reports each bad one by line number with the reason', async () => {
    const summary = await importAsNl(file);
    expect(summary).toMatchObject({ lines: 10, created: 3, updated: 0, unchanged: 0, failed: 6, blank: 1 });
    expect(summary.failures).toEqual([
      { line: 2, reason: expect.stringContaining('not valid JSON') },
      { line: 3, reason: expect.stringContaining("unknown type 'spaceship'") },
      {
        line: 4,
        reason: expect.stringContaining('record.issuingCountry must be an ISO 3166-1 alpha-2 country code'),
        argument: 'record.issuingCountry',
      },
      {
        line: 6,
        reason: expect.stringContaining('record.dateOfBirth has no month 13'),
        argument: 'record.dateOfBirth',
      },
      { line: 9, reason: expect.stringContaining('record.colour is not a field'), argument: 'record.colour' },
      {
        line: 10,
        reason: expect.stringContaining('record.quantity must be a number > 0'),
        argument: 'record.quantity',
      },
    ]);

    const records = await imported();
    expect(Object.keys(records)).toEqual(['NL-IMP-D-1', 'NL-IMP-V-1', 'NL-IMP-S-1']);
    for (const record of Object.values(records)) {
      expect(record).toMatchObject({ owner_jurisdiction: 'NL', owner_agency_code: 'NL-LE', versions: 1 });
    }
    const { rows } = await sql(
      `SELECT change, user_id, agency, purpose, data->'personIds' AS persons FROM substances.record_version
        WHERE record_id = $1`,
      [records['NL-IMP-S-1'].id],
    );
    expect(rows).toEqual([
      {
        change: 'CREATE',
        user_id: NL.userId,
        agency: 'NL-LE',
        purpose: 'IMPORT-TEST-CASE',
        persons: [SHEVCHENKO],
      },
    ]);

    // Imported records are ordinary records: searchable and linked, under their handling.
    const { data } = await graphql(
      `{ searchDocuments(text: "NLIMP0001") { edges { node { id ownerAgency { code } handling { sharedWith } } } }
         seizure(id: "${records['NL-IMP-S-1'].id}") { quantityKg persons { id } } }`,
      {},
      'gateway',
    );
    expect(data.searchDocuments.edges).toEqual([
      {
        node: { id: records['NL-IMP-D-1'].id, ownerAgency: { code: 'NL-LE' }, handling: { sharedWith: ['BE', 'SE'] } },
      },
    ]);
    expect(data.seizure).toEqual({ quantityKg: 350, persons: [{ id: SHEVCHENKO }] });
  });

  it('re-importing the same file changes nothing: no new version, no new timestamp', async () => {
    const before = await imported();
    const summary = await importAsNl(file);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 6 });
    expect(await imported()).toEqual(before);
  });

  it('a changed line updates its record with a new version; the others stay as they are', async () => {
    const before = await imported();
    const changed = tempFile([
      line('document', { ...DOCUMENT, status: 'INVALIDATED', lossPlace: undefined }),
      line('vehicle', VEHICLE),
      line('seizure', SEIZURE),
    ]);
    const summary = await importAsNl(changed);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 2, failed: 0 });
    const after = await imported();
    expect(after['NL-IMP-D-1'].versions).toBe(2);
    expect(after['NL-IMP-D-1'].updated_at.getTime()).toBeGreaterThan(before['NL-IMP-D-1'].updated_at.getTime());
    expect(after['NL-IMP-V-1']).toEqual(before['NL-IMP-V-1']);
    const { rows } = await sql(`SELECT status, loss_place FROM documents.document WHERE id = $1`, [
      after['NL-IMP-D-1'].id,
    ]);
    // The line is the record's whole state: a field it leaves out is cleared.
    expect(rows[0]).toEqual({ status: 'INVALIDATED', loss_place: null });
  });

  it('runs as `npm run import -- FILE --agency ... --user ...`, exiting 1 when a line failed', async () => {
    let result: { code: number; stdout: string; stderr: string };
    try {
      await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/import.ts', file, '--agency', 'NL-LE', '--user', 'nl-cli'],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.LIAISON_TEST_DATABASE_URL } },
      );
      throw new Error('expected exit code 1');
    } catch (error) {
      const failure = error as { code: number; stdout: string; stderr: string };
      result = { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
    }
    expect(result.code).toBe(1);
    // The document was changed by the previous test: this file's version of it is an update again.
    expect(result.stdout).toContain('created 0, updated 1, unchanged 2, failed 6 (10 lines, 1 blank)');
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 6: record.dateOfBirth has no month 13');
    const { rows } = await sql(
      `SELECT user_id, agency FROM documents.record_version WHERE record_id = $1 ORDER BY version DESC LIMIT 1`,
      [(await imported())['NL-IMP-D-1'].id],
    );
    expect(rows[0]).toEqual({ user_id: 'nl-cli', agency: 'NL-LE' });
  });

  it('does not bring back a revoked record', async () => {
    const { id } = (await imported())['NL-IMP-V-1'];
    const revoke = await graphql(
      `mutation { revokeVehicle(id: "${id}", reason: "recovered in Venlo") { id } }`,
      {},
      'gateway',
      { principal: NL },
    );
    expect(revoke.errors).toBeUndefined();
    const summary = await importAsNl(tempFile([line('vehicle', VEHICLE)]));
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 0, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ line: 1, argument: 'record.nationalReference' });
    expect(summary.failures[0].reason).toContain('was revoked');
  });
});

describe('bulk import: what ends a line, encodings, outages', () => {
  const document = (n: number, extra: Record<string, unknown> = {}) =>
    line('document', { ...DOCUMENT, nationalReference: `NL-IMP-ROBUST-${n}`, number: `NLROB${n}00`, ...extra });

  it('reads only \\n and \\r\\n as line ends, drops a byte-order mark, refuses bad UTF-8 and unsafe text by line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-import-robust-'));
    const file = path.join(dir, 'records.ndjson');
    const bytes = Buffer.concat([
      Buffer.from('\ufeff' + document(1) + '\r\n', 'utf8'),
      // A raw CR inside a record is JSON whitespace, not a line end.
      Buffer.from(document(2).replace('{"type"', '{\r"type"') + '\n', 'utf8'),
      Buffer.concat([
        Buffer.from(document(3).slice(0, 30)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(document(3).slice(30) + '\n'),
      ]),
      Buffer.from(document(4, { lossPlace: 'Utrecht\ud800' }) + '\n', 'utf8'),
      Buffer.from(document(5, { lossPlace: 'NUL\u0000' }) + '\n', 'utf8'),
      Buffer.from(document(6), 'utf8'),
    ]);
    writeFileSync(file, bytes);
    const summary = await importAsNl(file);
    expect(summary).toMatchObject({ lines: 6, created: 3, failed: 3 });
    expect(summary.failures).toEqual([
      { line: 3, reason: 'not valid UTF-8' },
      { line: 4, reason: expect.stringContaining('record.lossPlace holds a NUL character or a lone UTF-16 surrogate') },
      { line: 5, reason: expect.stringContaining('record.lossPlace holds a NUL character or a lone UTF-16 surrogate') },
    ]);
    // Importing again is a no-op: the same lines fail the same way, the others are unchanged.
    expect(await importAsNl(file)).toMatchObject({ created: 0, unchanged: 3, failed: 3 });
  });

  it('waits for a database that is unreachable, then stops with the line to resume from', async () => {
    const dead = new URL(process.env.LIAISON_TEST_DATABASE_URL!);
    dead.port = '1';
    const retries: number[] = [];
    const run = runImport({
      file: tempFile([document(7)]),
      principal: NL,
      purpose: 'IMPORT-TEST-CASE',
      url: dead.toString(),
      retryDelaysMs: [10, 10, 10],
      onRetry: (retry) => retries.push(retry.attempt),
    });
    await expect(run).rejects.toThrow(/stayed unreachable at line 1 .*run the same import again/);
    expect(retries).toEqual([1, 2, 3]);
  });
});
