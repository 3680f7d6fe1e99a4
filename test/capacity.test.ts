// Bounded work: a burst of searches that cannot finish holds every search connection of a subgraph, yet the
// hit/no-hit checks keep answering (a pool of their own), and requests beyond the pool get SERVICE_OVERLOADED
// after the acquire timeout instead of queueing without end. The searches are held by a lock on the name-word
// dictionary, which the name search reads and the checks do not.
import { Client } from 'pg';
import { graphql } from './client';

const SEARCH = '{ searchPersons(text: "Anna Eriksson") { totalCount } }';
const CHECK = '{ checkPerson(name: "Anna Eriksson") { hit } }';
/** More searches than the persons subgraph has connections (DB_POOL_SIZE, 10). */
const BURST = 14;

describe('capacity under a burst of slow searches', () => {
  it('checks are answered while searches wait, and searches beyond the pool are refused with SERVICE_OVERLOADED', async () => {
    const locker = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE persons.name_word IN ACCESS EXCLUSIVE MODE');
      const searches = Array.from({ length: BURST }, () => graphql(SEARCH, {}, 'persons'));
      // Give the burst time to take every connection, then check, and keep the lock past the acquire timeout.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const check = await graphql(CHECK, {}, 'persons');
      expect(check.errors).toBeUndefined();
      expect(check.data.checkPerson.hit).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await locker.query('ROLLBACK');
      const answers = await Promise.all(searches);
      const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((code) => code === 'SERVICE_OVERLOADED').length).toBeGreaterThan(0);
      expect(codes.filter((code) => code === 'OK').length).toBeGreaterThan(0);
      expect(codes.every((code) => code === 'OK' || code === 'SERVICE_OVERLOADED')).toBe(true);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    // And the subgraph serves as before.
    const after = await graphql(SEARCH, {}, 'persons');
    expect(after.errors).toBeUndefined();
  });
});
