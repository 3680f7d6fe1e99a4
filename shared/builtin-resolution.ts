import Module, { isBuiltin } from 'node:module';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

let installed = false;

/**
 * Resolves a built-in module's name (`crypto`, `node:crypto`) as Node does, before any loader hook sees it.
 * @apollo/utils.createhash requires `crypto` anew on every call, which is every request's query hash in the gateway
 * and in each subgraph; under tsx each such require ran tsx's resolver (about 3 % of the gateway's CPU per check,
 * docs/benchmark-10m.md). Node answers a built-in name with itself; every other request is resolved as before.
 */
export function resolveBuiltinsFirst(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _resolveFilename: ResolveFilename };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request, ...rest) {
    return isBuiltin(request) ? request : resolve.call(this, request, ...rest);
  };
}
