import { readFileSync } from 'node:fs';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { reuseShapingOperations } from '../../gateway/src/answer-shaping';
import { SUPERGRAPH_PATH } from '../../gateway/src/compose';

// The gateway shapes each answer with an Operation built once per cached document (gateway/src/answer-shaping.ts).
// Through the gateway, test/search-routing.test.ts holds the answers of one text sent many times to what the
// subgraphs answer; here, that the Operation is reused only where it may be.

const apiSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema();
const QUERY =
  'query Q($id: ID!, $withHolder: Boolean!) { document(id: $id) { id holder @include(if: $withHolder) { id } } }';

/** The document as the gateway's answer shaping passes it: the operation first, then its fragments. */
const shapingDocument = (document: ReturnType<typeof parse>) => ({
  ...document,
  definitions: [...document.definitions],
});

describe('answer shaping', () => {
  beforeAll(() => reuseShapingOperations());

  it('builds the Operation of a cached document once, whatever the variables', () => {
    const document = parse(QUERY);
    const first = operationFromDocument(apiSchema, shapingDocument(document), { validate: false });
    const again = operationFromDocument(apiSchema, shapingDocument(document), { validate: false });
    expect(again).toBe(first);
    // The directive stays in the Operation, evaluated with each request's variables when the answer is shaped.
    expect(first.toString()).toContain('@include(if: $withHolder)');
  });

  it('builds anew for another document of the same text, another schema, and the query planner', () => {
    const document = parse(QUERY);
    const shaping = operationFromDocument(apiSchema, shapingDocument(document), { validate: false });
    expect(operationFromDocument(apiSchema, shapingDocument(parse(QUERY)), { validate: false })).not.toBe(shaping);
    const otherSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema();
    expect(operationFromDocument(otherSchema, shapingDocument(document), { validate: false })).not.toBe(shaping);
    // The planner's own call (an operation name, validation on) is never answered from the memo.
    const planned = operationFromDocument(apiSchema, document, { operationName: 'Q' });
    expect(planned).not.toBe(shaping);
    expect(operationFromDocument(apiSchema, document, { operationName: 'Q' })).not.toBe(planned);
  });

  it('is installed once, however often it is asked', () => {
    const installed = operationFromDocument;
    reuseShapingOperations();
    // Re-reading the binding: the package's index re-exports the module's current function.
    expect(jest.requireActual('@apollo/federation-internals').operationFromDocument).toBe(installed);
  });
});
