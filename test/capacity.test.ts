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

/** A client of its own outside the locker's transaction, whose view of pg_stat_activity would stay as it first read it. */
async function withObserver(work: (observer: Client) => Promise<void>): Promise<void> {
  const observer = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await observer.connect();
  try {
    await work(observer);
  } finally {
    await observer.end();
  }
}

const lockWaiters = async (observer: Client) =>
  (
    await observer.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )
  ).rows.map((row: { pid: number }) => row.pid);

/**
 * Sends a search under `purpose` that waits for the locked dictionary, hangs up, and keeps the lock until the search's
 * backend has ended: only then can the search not finish (a lock released at once would race the hang-up's way
 * through the gateway to persons, and a search that finished first was rightly disclosed and audited).
 */
async function abandonWaitingSearch(observer: Client, purpose: string): Promise<void> {
  await withNameWordsLocked(async () => {
    const client = new AbortController();
    const request = searchThroughGateway(purpose, client.signal);
    await until(async () => (await lockWaiters(observer)).length === 1, 'the search waits for the lock', 10_000);
    const [pid] = await lockWaiters(observer);
    client.abort();
    await expect(request).rejects.toThrow();
    // Its session ends while the lock is still held.
    await until(
      async () => (await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount === 0,
      `backend ${pid} ended`,
      10_000,
    );
  });
}

describe('work the client abandoned', () => {
  it('a search whose client hung up is not audited as disclosed; the same search answered is', async () => {
    await withObserver((observer) => abandonWaitingSearch(observer, 'TEST-ABANDONED-2026-0001'));
    const answered = await graphql(SEARCH, {}, 'gateway', { purpose: 'TEST-ANSWERED-2026-0001' });
    expect(answered.errors).toBeUndefined();
    expect(await auditRows('TEST-ANSWERED-2026-0001')).toBe(1);
    expect(await auditRows('TEST-ABANDONED-2026-0001')).toBe(0);
  });

  it('the statement of a search whose client hung up is stopped by the service, not by statement_timeout', async () => {
    const stoppedBefore = await metricSoFar('liaison_statements_stopped_total');
    await withObserver((observer) => abandonWaitingSearch(observer, 'TEST-ABANDONED-2026-0002'));
    // Stopped by the service (not ended by statement_timeout, which pg-pool would also answer by closing it).
    expect(await metricSoFar('liaison_statements_stopped_total')).toBe(stoppedBefore + 1);
    // And persons searches as before.
    expect((await graphql(SEARCH, {}, 'persons')).errors).toBeUndefined();
  });
});
