import { recognizeSeizureText } from '../../subgraphs/substances/src/search/recognize';

describe('seizure text recognizer', () => {
  it('weighs each term by how much of the text it covers, so a whole phrase beats one of its words', () => {
    const { terms, coverage } = recognizeSeizureText('resina de cannabis');
    const weight = Object.fromEntries(terms.map((term, i) => [term, coverage[i]]));
    expect(weight['RESINA DE CANNABIS']).toBe(1);
    expect(weight.CANNABIS).toBeLessThan(weight['RESINA DE CANNABIS']);
    expect(weight.DE).toBeUndefined();
  });

  it('keeps CAS numbers with a valid check digit and ignores tokens without letters', () => {
    expect(recognizeSeizureText('50-36-2 50-36-3 1974 cocaine')).toEqual({
      casNumbers: ['50-36-2'],
      terms: ['COCAINE'],
      coverage: [1],
    });
  });
});
