// Bounded work: a burst of searches that cannot finish holds every search connection of a subgraph, yet the
// hit/no-hit checks keep answering (a pool of their own), and requests beyond the pool get SERVICE_OVERLOADED
// after the acquire timeout instead of queueing without end. The searches are held by a lock on the name-word
// dictionary, which the name search reads and the checks do not.
import { Client } from 'pg';
import { graphql, metricSoFar, serviceUrl, tokenFor } from './client';
import { sql } from './sql';
import { until } from './support/until';

const SEARCH = '{ searchPersons(text: "Anna Eriksson") { totalCount } }';
const CHECK = '{ checkPerson(name: "Anna Eriksson") { hit } }';
/** More searches than the persons subgraph has connections (DB_POOL_SIZE, 10). */
const BURST = 14;

/** Runs `work` while the name-word dictionary is locked; `unlock` ends the lock early (it ends anyway afterwards). */
async function withNameWordsLocked(work: (unlock: () => Promise<void>) => Promise<void>): Promise<void> {
  const locker = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await locker.connect();
  const unlock = () =>
    locker.query('ROLLBACK').then(
      () => undefined,
      () => undefined,
    );
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE persons.name_word IN ACCESS EXCLUSIVE MODE');
    await work(unlock);
  } finally {
    await unlock();
    await locker.end();
  }
}

describe('capacity under a burst of slow searches', () => {
  it('checks are answered while searches wait, and searches beyond the pool are refused with SERVICE_OVERLOADED', async () => {
    await withNameWordsLocked(async (unlock) => {
      const searches = Array.from({ length: BURST }, () => graphql(SEARCH, {}, 'persons'));
      // Give the burst time to take every connection, then check, and keep the lock past the acquire timeout.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const check = await graphql(CHECK, {}, 'persons');
      expect(check.errors).toBeUndefined();
      expect(check.data.checkPerson.hit).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await unlock();
      const answers = await Promise.all(searches);
      const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((code) => code === 'SERVICE_OVERLOADED').length).toBeGreaterThan(0);
      expect(codes.filter((code) => code === 'OK').length).toBeGreaterThan(0);
      expect(codes.every((code) => code === 'OK' || code === 'SERVICE_OVERLOADED')).toBe(true);
    });
    // And the subgraph serves as before.
    const after = await graphql(SEARCH, {}, 'persons');
    expect(after.errors).toBeUndefined();
  });
});

/** Sends a search to the gateway under `purpose`; the client hangs up when `signal` aborts. */
async function searchThroughGateway(purpose: string, signal: AbortSignal): Promise<Response> {
  return fetch(serviceUrl('gateway'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor()}`,
      'x-liaison-purpose': purpose,
    },
    body: JSON.stringify({ query: SEARCH }),
    signal,
  });
}

const auditRows = async (purpose: string) =>
  (await sql('SELECT count(*)::int AS n FROM persons.audit_event WHERE purpose = $1', [purpose])).rows[0].n as number;

describe('work the client abandoned', () => {
  it('a search whose client hung up is not audited as disclosed; the same search answered is', async () => {
    await withNameWordsLocked(async () => {
      // The gateway hears the client go and drops its request to persons, whose search then finishes for no one.
      await expect(searchThroughGateway('TEST-ABANDONED-2026-0001', AbortSignal.timeout(400))).rejects.toThrow();
    });
    const answered = await graphql(SEARCH, {}, 'gateway', { purpose: 'TEST-ANSWERED-2026-0001' });
    expect(answered.errors).toBeUndefined();
    // Let the abandoned search's subgraph finish whatever it was still doing before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await auditRows('TEST-ANSWERED-2026-0001')).toBe(1);
    expect(await auditRows('TEST-ABANDONED-2026-0001')).toBe(0);
  });

  it('the statement of a search whose client hung up is stopped: its connection is closed, and PostgreSQL ends it', async () => {
    // Outside the locker's transaction, whose view of pg_stat_activity would stay as it first read it.
    const observer = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
    await observer.connect();
    const waiting = async () =>
      (
        await observer.query(
          `SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows.map((row: { pid: number }) => row.pid);
    try {
      await withNameWordsLocked(async () => {
        const client = new AbortController();
        const request = searchThroughGateway('TEST-ABANDONED-2026-0002', client.signal);
        await until(async () => (await waiting()).length === 1, 'the search waits for the lock', 10_000);
        const [pid] = await waiting();
        const stoppedBefore = await metricSoFar('liaison_statements_stopped_total');
        client.abort();
        await expect(request).rejects.toThrow();
        // Its session ends while the lock is still held.
        await until(
          async () => (await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount === 0,
          `backend ${pid} ended`,
          10_000,
        );
        // Stopped by the service (not ended by statement_timeout, which pg-pool would also answer by closing it).
        expect(await metricSoFar('liaison_statements_stopped_total')).toBe(stoppedBefore + 1);
      });
    } finally {
      await observer.end();
    }
    // And persons searches as before.
    expect((await graphql(SEARCH, {}, 'persons')).errors).toBeUndefined();
  });
});
