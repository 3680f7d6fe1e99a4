import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../gateway/src/compose';

describe('supergraph', () => {
  it('the committed supergraph is exactly what composing the four subgraph schemas gives', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});
