import {
  TARGETS,
  overallMeetsTarget,
  precisionAt1,
  reciprocalRank,
  recallAt,
  ruleMeetsTarget,
  scoreQuery,
  summarize,
} from '../eval/metrics';
import { nameKeys, toSerbianCyrillic, typos } from '../eval/names';
import { plateKey } from '../eval/records';

const relevant = (...ids: string[]) => new Set(ids);

describe('search evaluation metrics', () => {
  it('recall@k counts the correct answers in the first k hits against what fits in k', () => {
    expect(recallAt(['a', 'x', 'b'], relevant('a', 'b'), 10)).toBe(1);
    expect(recallAt(['x', 'a'], relevant('a', 'b'), 10)).toBe(0.5);
    expect(recallAt(['x', 'a'], relevant('a', 'b'), 1)).toBe(0);
    expect(recallAt(['a', 'x'], relevant('a', 'b'), 1)).toBe(1);
    // 30 correct answers: ten correct first hits are a perfect recall@10.
    const many = Array.from({ length: 30 }, (_, i) => `r${i}`);
    expect(recallAt(many.slice(0, 10), new Set(many), 10)).toBe(1);
    expect(recallAt([], relevant('a'), 10)).toBe(0);
    expect(recallAt(['a'], relevant(), 10)).toBe(0);
  });

  it('precision@1 asks whether the first hit is correct', () => {
    expect(precisionAt1(['a', 'b'], relevant('a'))).toBe(1);
    expect(precisionAt1(['b', 'a'], relevant('a'))).toBe(0);
    expect(precisionAt1([], relevant('a'))).toBe(0);
  });

  it('reciprocal rank is 1 / rank of the first correct answer', () => {
    expect(reciprocalRank(['x', 'y', 'a'], relevant('a'))).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], relevant('a'))).toBe(0);
  });

  it('summarizes queries, counting errors as zero everywhere', () => {
    const summary = summarize([scoreQuery(['a'], relevant('a')), scoreQuery(['x', 'b'], relevant('b', 'c')), null]);
    expect(summary).toEqual({
      queries: 3,
      recall1: 1 / 3,
      recall10: (1 + 0.5 + 0) / 3,
      precision1: 1 / 3,
      mrr: (1 + 0.5 + 0) / 3,
      errors: 1,
    });
    expect(summarize([])).toMatchObject({ queries: 0, recall10: 0 });
  });

  it('checks the targets of issue 3', () => {
    const at = (recall10: number, precision1: number) => ({ ...summarize([]), queries: 1, recall10, precision1 });
    expect(ruleMeetsTarget(at(TARGETS.ruleRecall10, 0))).toBe(true);
    expect(ruleMeetsTarget(at(0.89, 1))).toBe(false);
    expect(overallMeetsTarget(at(0.98, 0.9))).toBe(true);
    expect(overallMeetsTarget(at(0.99, 0.89))).toBe(false);
  });
});

describe('search evaluation labels', () => {
  it('compares names without case and diacritics, with both ICAO forms of the national characters', () => {
    expect(nameKeys('Müller')).toEqual(['muller', 'mueller']);
    expect(nameKeys('MUELLER')).toContain('mueller');
    expect(nameKeys('Łukasz Wiśniewski')).toEqual(['lukasz wisniewski']);
    expect(nameKeys('ΓΕΩΡΓΙΟΣ')).toEqual(nameKeys('Γεώργιος'));
  });

  it('writes Croatian names in Serbian Cyrillic and refuses letters Gaj’s alphabet lacks', () => {
    expect(toSerbianCyrillic('Ljubica Božić')).toBe('Љубица Божић');
    expect(toSerbianCyrillic('Wagner')).toBeNull();
  });

  it('makes one-edit typos past the first letter', () => {
    const forms = typos('Meier');
    expect(forms).toEqual(expect.arrayContaining(['meir', 'meeier', 'meeir', 'mwier']));
    expect(forms.every((form) => form[0] === 'm' && form !== 'meier')).toBe(true);
  });

  it('reads Greek and Cyrillic plate letters as their Latin twins', () => {
    expect(plateKey('ВН 9711 МР')).toBe('BH9711MP');
    expect(plateKey('ΙΜΤ-4564')).toBe('IMT4564');
    expect(plateKey('mü-ab 12')).toBe('MUAB12');
  });
});
