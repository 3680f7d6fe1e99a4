import Module from 'node:module';
import { resolveBuiltinsFirst } from '../../shared/builtin-resolution';

// Built-in module names are resolved before any loader hook (tsx's) runs: shared/builtin-resolution.ts.

type Loader = { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const loader = Module as unknown as Loader;

describe('built-in module resolution', () => {
  const original = loader._resolveFilename;
  const hook = jest.fn((request: string) => `/resolved/by/hook/${request}`);

  beforeAll(() => {
    loader._resolveFilename = hook;
    resolveBuiltinsFirst();
  });
  afterAll(() => {
    loader._resolveFilename = original;
  });

  it('answers a built-in name with itself, as Node does, without the hook', () => {
    expect(['crypto', 'node:crypto', 'fs/promises', 'node:test'].map((name) => loader._resolveFilename(name))).toEqual([
      'crypto',
      'node:crypto',
      'fs/promises',
      'node:test',
    ]);
    expect(hook).not.toHaveBeenCalled();
  });

  it('leaves every other request, and its arguments, to the hook', () => {
    const parent = { id: 'parent' };
    expect(loader._resolveFilename('./shared/config', parent, false)).toBe('/resolved/by/hook/./shared/config');
    // `test` is built in only as `node:test`: a package of that name resolves as any other.
    expect(loader._resolveFilename('test')).toBe('/resolved/by/hook/test');
    expect(hook.mock.calls).toEqual([['./shared/config', parent, false], ['test']]);
  });

  it('wraps the resolver once, however often it is installed', () => {
    const installed = loader._resolveFilename;
    resolveBuiltinsFirst();
    expect(loader._resolveFilename).toBe(installed);
  });
});
