import { isDatabaseOutage } from '../../shared/errors';

describe('isDatabaseOutage', () => {
  it('takes a lost or refused connection, a restart and a runner released under a write as transient', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('sorry, too many clients already'), { code: '53300' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Query runner already released. Cannot run queries anymore.'),
      new Error(
        'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
      ),
    ])
      expect(isDatabaseOutage(error)).toBe(true);
  });

  it('leaves a bad statement or a refused value to the caller', () => {
    expect(isDatabaseOutage(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseOutage(new Error('invalid input syntax for type uuid'))).toBe(false);
  });
});
