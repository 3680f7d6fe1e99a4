import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { rootFields } from '../../shared/operation-rules';

// The root fields that the per-operation checks (contract, introspection, rate limits) read: shared/operation-rules.ts.

const QUERY = `
  query Q { a: searchPersons(text: "x") { totalCount } ...Roots ... on Query { checkDocument { hit } } ...Roots }
  fragment Roots on Query { __schema { queryType { name } } searchVehicles(text: "x") { totalCount } }`;

function operationOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return { document, operation: operation as OperationDefinitionNode };
}

describe('rootFields', () => {
  it('reads the root fields through fragment spreads and inline fragments, each fragment once', () => {
    const { document, operation } = operationOf(QUERY);
    expect(rootFields(operation, document).map((field) => field.name.value)).toEqual([
      'searchPersons',
      '__schema',
      'searchVehicles',
      'checkDocument',
    ]);
  });

  it('reads a parsed operation once, and another parse of the same text anew', () => {
    const { document, operation } = operationOf(QUERY);
    const fields = rootFields(operation, document);
    expect(rootFields(operation, document)).toBe(fields);
    const again = operationOf(QUERY);
    const reparsed = rootFields(again.operation, again.document);
    expect(reparsed).not.toBe(fields);
    expect(reparsed.map((field) => field.name.value)).toEqual(fields.map((field) => field.name.value));
  });
});
