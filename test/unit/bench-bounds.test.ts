import seedrandom from 'seedrandom';
import { boundsRows, parseTuning, withSwappedLetters, type BoundsOutcome } from '../../bench/bounds';

const hits = (...pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));
const outcome = (kind: string, bounded: [string, number][], reference: [string, number][], ms = 1): BoundsOutcome => ({
  kind,
  text: kind,
  bounded: hits(...bounded),
  reference: hits(...reference),
  boundedMs: ms,
  referenceMs: 10 * ms,
});

describe('bench:bounds', () => {
  it('counts a page as good as the reference when it scores as high at every rank, whichever records tie', () => {
    const [names, all] = boundsRows([
      // Other holders of the same score: as good, though not the same records.
      outcome(
        'names',
        [
          ['a', 0.9],
          ['x', 0.9],
        ],
        [
          ['a', 0.9],
          ['b', 0.9],
        ],
      ),
      // The reference's second hit outscores its last: the bounded page lacks it and is worse from rank 2 on.
      outcome(
        'names',
        [
          ['a', 0.95],
          ['c', 0.8],
          ['d', 0.8],
        ],
        [
          ['a', 0.95],
          ['b', 0.9],
          ['c', 0.8],
        ],
      ),
      // Nothing found either way: only its time counts.
      outcome('names', [], [], 4),
    ]);
    expect(names).toMatchObject({
      kind: 'names',
      texts: 3,
      found: 2,
      pageAsGood: 0.5,
      firstAsGood: 1,
      // Only the second text has hits above its last score (a: held, b: missed).
      betterHeld: 0.5,
      samePage: 0,
    });
    expect(names.boundedMean).toBe(2);
    expect(names.referenceP95).toBe(40);
    expect(all).toMatchObject({ kind: 'all', texts: 3, found: 2, pageAsGood: 0.5 });
  });

  it('keeps kinds apart; a bounded page that found nothing where the reference found some is worse', () => {
    const rows = boundsRows([outcome('letters', [], []), outcome('names', [], [['y', 0.7]])]);
    expect(rows.map((row) => [row.kind, row.found, row.pageAsGood, row.firstAsGood])).toEqual([
      ['letters', 0, 1, 1],
      ['names', 1, 0, 0],
      ['all', 1, 0, 0],
    ]);
  });

  it('swaps two neighbouring letters of the longest word, never its first, and leaves the rest as it was', () => {
    const random = seedrandom('swap');
    for (let i = 0; i < 50; i += 1) {
      const typo = withSwappedLetters('Anna Wróblewska 1987', random);
      if (typo === undefined) continue;
      expect(typo).not.toBe('Anna Wróblewska 1987');
      expect(typo.startsWith('Anna W')).toBe(true);
      expect(typo.endsWith(' 1987')).toBe(true);
      expect([...typo].sort().join()).toBe([...'Anna Wróblewska 1987'].sort().join());
    }
    expect(withSwappedLetters('СВ 14', random)).toBeUndefined();
    expect(withSwappedLetters('Ivanov', () => 0)).toBe('Iavnov');
  });

  it('reads a reference reading as tuning options, and refuses what the search does not take', () => {
    expect(parseTuning('scannedWordRows=20000, gate=false')).toEqual({ scannedWordRows: 20_000, gate: false });
    expect(() => parseTuning('rows=5')).toThrow(/no tuning option 'rows'/);
    expect(() => parseTuning('branchRows=many')).toThrow(/whole number/);
    expect(() => parseTuning('gate=0')).toThrow(/true or false/);
  });
});
