import { Kind, type OperationDefinitionNode } from 'graphql';
// The module's own exports object, whose function the package's index re-exports by a getter: an ES import copies it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import federationOperations = require('@apollo/federation-internals/dist/operations');

// @apollo/gateway shapes every answer (executeQueryPlan → computeResponse) with a federation `Operation` that it
// rebuilds from the request's document on every request: about 7 % of the gateway's CPU per UnifiedSearch
// (docs/benchmark-10m.md). That Operation is a pure function of the API schema and the document's nodes, and
// Apollo Server's document cache hands the same nodes to every request of the same text, so it is built once per
// cached document. The gateway only reads it (the variables travel beside it).

type OperationFromDocument = typeof federationOperations.operationFromDocument;
type Operation = ReturnType<OperationFromDocument>;

let installed = false;

/** Operations built for answer shaping, per API schema, per operation node of a cached document. */
const built = new WeakMap<object, WeakMap<OperationDefinitionNode, Operation>>();

/**
 * Makes the gateway's answer shaping reuse the Operation of a document it has shaped before. Only the shaping call
 * is memoized (`validate: false`, no operation name, the operation first): the query planner's own call, on a plan
 * cache miss, builds as before.
 */
export function reuseShapingOperations(): void {
  if (installed) return;
  installed = true;
  const original = federationOperations.operationFromDocument;
  federationOperations.operationFromDocument = (schema, document, options) => {
    const [operation] = document.definitions;
    if (options?.validate !== false || options.operationName || operation?.kind !== Kind.OPERATION_DEFINITION) {
      return original(schema, document, options);
    }
    let bySchema = built.get(schema);
    if (!bySchema) built.set(schema, (bySchema = new WeakMap()));
    let shaping = bySchema.get(operation);
    if (!shaping) bySchema.set(operation, (shaping = original(schema, document, options)));
    return shaping;
  };
}
