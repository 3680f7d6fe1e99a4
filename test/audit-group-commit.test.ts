import type { DataSource } from 'typeorm';
import { AuditWriter } from '../shared/audit';
import { createDataSource } from '../shared/database';
import { auditInserts, sqlStatements } from '../shared/metrics';
import { sql } from './sql';
import { OFFICER } from './client';

// The audit writer of a subgraph, on the suite's real database: rows of concurrent requests share INSERTs, and each
// request learns whether its own row was committed.
describe('audit group commit', () => {
  let dataSource: DataSource;
  let writer: AuditWriter;
  beforeAll(async () => {
    dataSource = createDataSource('vehicles', { url: process.env.LIAISON_TEST_DATABASE_URL, poolSize: 2 });
    await dataSource.initialize();
    writer = new AuditWriter(dataSource, 'vehicles');
  });
  afterAll(() => dataSource.destroy());

  const event = (purpose: string, criteria: Record<string, unknown> = { searchVehicles: { text: 'x' } }) => ({
    context: { requestId: `req-${purpose}`, principal: OFFICER, purpose },
    event: { operation: 'GroupCommitTest', criteria, recordIds: ['68eeaf61-65ee-4101-8aaa-000000000001'] },
  });

  it('writes every row of 40 concurrent requests, in fewer statements than requests', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => event(`GROUP-COMMIT-${i}`));
    const before = (await sqlStatements.get()).values[0]?.value ?? 0;
    await Promise.all(rows.map(({ context, event }) => writer.write(context, event)));
    const statements = ((await sqlStatements.get()).values[0]?.value ?? 0) - before;
    expect(statements).toBeLessThan(40);
    const { rows: written } = await sql(
      `SELECT purpose, request_id, user_id, operation, record_ids FROM vehicles.audit_event
        WHERE operation = 'GroupCommitTest' AND purpose LIKE 'GROUP-COMMIT-%'`,
    );
    expect(written).toHaveLength(40);
    expect(written[0]).toMatchObject({
      user_id: OFFICER.userId,
      operation: 'GroupCommitTest',
      record_ids: ['68eeaf61-65ee-4101-8aaa-000000000001'],
    });
    expect(new Set(written.map((row) => row.request_id)).size).toBe(40);
  });

  it('fails only the request whose row cannot be written, not the others of its batch', async () => {
    const good = Array.from({ length: 10 }, (_, i) => event(`GROUP-GOOD-${i}`));
    // PostgreSQL's jsonb refuses a NUL character: this row can never be written.
    const bad = event('GROUP-BAD', { searchVehicles: { text: 'a\u0000b' } });
    const outcomes = await Promise.allSettled(
      [...good.slice(0, 5), bad, ...good.slice(5)].map(({ context, event }) => writer.write(context, event)),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      ...Array(5).fill('fulfilled'),
      'rejected',
      ...Array(5).fill('fulfilled'),
    ]);
    const { rows } = await sql(`SELECT count(*)::int AS n FROM vehicles.audit_event WHERE purpose LIKE 'GROUP-%'`);
    expect(rows[0].n).toBe(50);
  });

  it('tries a row that fails alone once: its response was withheld, so it is not written afterwards', async () => {
    const bad = event('GROUP-ALONE', { searchVehicles: { text: 'a\u0000b' } });
    const before = (await auditInserts.get()).values[0]?.value ?? 0;
    await expect(writer.write(bad.context, bad.event)).rejects.toThrow();
    // The next row waits for the writer to be free, so the failed row's retries (if any) have run by then.
    const next = event('GROUP-AFTER-ALONE');
    await writer.write(next.context, next.event);
    expect(((await auditInserts.get()).values[0]?.value ?? 0) - before).toBe(2);
  });

  it('wakes the hit-outbox relay after a batch that disclosed records is committed, and not for one that disclosed none', async () => {
    let wakes = 0;
    const woken = new AuditWriter(dataSource, 'vehicles', () => (wakes += 1));
    const quiet = event('GROUP-QUIET');
    await woken.write(quiet.context, { ...quiet.event, recordIds: [] });
    expect(wakes).toBe(0);
    const disclosing = Array.from({ length: 3 }, (_, i) => event(`GROUP-WAKE-${i}`));
    await Promise.all(disclosing.map(({ context, event }) => woken.write(context, event)));
    // Once per committed batch (one to three of them), by the time the requests learn their rows are written.
    expect(wakes).toBeGreaterThanOrEqual(1);
    expect(wakes).toBeLessThanOrEqual(3);
  });
});
