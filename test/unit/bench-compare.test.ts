import { pairedRatios, type CompareRound } from '../../bench/compare';

const round = (requestsPerSecond: number, nodeMs: number, postgresMs: number): CompareRound => ({
  requestsPerSecond,
  nodeMs,
  postgresMs,
  loadMs: 0.2,
  p50: 80,
  p99: 200,
  errors: 0,
});

describe('npm run bench:compare: commits compared round by round', () => {
  it('gives each commit the median of its per-round ratios against the first, with the lowest and highest', () => {
    // The machine slows down in round 2 for both commits: the per-round ratios do not see it.
    const first = [round(100, 6, 5), round(60, 10, 8), round(110, 6, 5)];
    const second = [round(110, 5.4, 4.5), round(63, 9, 7.2), round(110, 6, 5)];
    const [itself, other] = pairedRatios([first, second]);
    expect(itself).toEqual({ throughput: [1, 1, 1], cpu: [1, 1, 1] });
    expect(other.throughput[0]).toBeCloseTo(1.05);
    expect(other.throughput[1]).toBeCloseTo(1);
    expect(other.throughput[2]).toBeCloseTo(1.1);
    expect(other.cpu[0]).toBeCloseTo(0.9);
    expect(other.cpu[1]).toBeCloseTo(0.9);
    expect(other.cpu[2]).toBeCloseTo(1);
  });

  it('takes the mean of the two middle ratios for an even number of rounds', () => {
    const first = [round(100, 5, 5), round(100, 5, 5)];
    const second = [round(90, 5, 5), round(120, 5, 5)];
    expect(pairedRatios([first, second])[1].throughput[0]).toBeCloseTo(1.05);
  });
});
