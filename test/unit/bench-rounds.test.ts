import { RunTotals } from '../../bench/measure';
import { parseOptions } from '../../bench/options';
import type { Measurement } from '../../bench/load';

function measurement(requests: number, latencies: number[], label: string, hits: number): Measurement {
  return {
    requests,
    sent: requests + 1,
    seconds: 5,
    latencies,
    errors: 0,
    unanswered: 0,
    byLabel: new Map([[label, latencies]]),
    hitsByLabel: new Map([[label, hits]]),
  };
}

describe('npm run bench: a run measured in rounds', () => {
  it('adds up the rounds of a run: counts, seconds and CPU summed, latencies pooled, memory at its highest', () => {
    const total = new RunTotals();
    total.add({
      measured: measurement(10, [1, 2], 'VIN', 2),
      sql: 30,
      cpu: { gateway: 0.5, persons: 1 } as never,
      postgresCpu: 2,
      benchCpu: 0.1,
      peaks: { gateway: 100, persons: 300 },
    });
    total.add({
      measured: { ...measurement(20, [3], 'VIN', 1), errors: 1, firstError: 'HTTP 500' },
      sql: 60,
      cpu: { gateway: 1.5, persons: 2 } as never,
      postgresCpu: 3,
      benchCpu: 0.2,
      peaks: { gateway: 200, persons: 250 },
    });
    expect(total.measured).toMatchObject({ requests: 30, sent: 32, seconds: 10, errors: 1, firstError: 'HTTP 500' });
    expect(total.measured.latencies).toEqual([1, 2, 3]);
    expect(total.measured.byLabel.get('VIN')).toEqual([1, 2, 3]);
    expect(total.measured.hitsByLabel.get('VIN')).toBe(3);
    expect(total).toMatchObject({ sql: 90, cpu: { gateway: 2, persons: 3 }, postgresCpu: 5 });
    expect(total.benchCpu).toBeCloseTo(0.3);
    expect(total.peaks).toEqual({ gateway: 200, persons: 300 });
  });

  it('splits a run into two rounds by default, and takes --rounds from 1 to 10', () => {
    expect(parseOptions([]).rounds).toBe(2);
    expect(parseOptions(['--rounds', '1']).rounds).toBe(1);
    expect(parseOptions(['--rounds=3']).rounds).toBe(3);
    expect(parseOptions(['--rounds', '50']).rounds).toBe(10);
    expect(() => parseOptions(['--rounds', 'many'])).toThrow(/--rounds needs a number/);
  });

  it('warms every target up for a minute before the first run unless told otherwise', () => {
    expect(parseOptions([]).serviceWarmup).toBe(60);
    expect(parseOptions(['--service-warmup', '0']).serviceWarmup).toBe(0);
    expect(parseOptions(['--service-warmup=12']).serviceWarmup).toBe(12);
  });
});
