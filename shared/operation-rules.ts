import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  validate,
  type GraphQLSchema,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The fragment definitions of a document, by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** Root fields per operation node: Apollo Server's document cache gives every request of a text the same nodes. */
const rootFieldsOfOperation = new WeakMap<OperationDefinitionNode, readonly FieldNode[]>();

/**
 * Every root field an operation asks for, through fragment spreads and inline fragments at the root (each fragment
 * once): what the per-operation checks (contract, introspection, rate limits) must see, however the client wrote it.
 * Read once per parsed operation, as several of those checks ask on every request.
 */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): readonly FieldNode[] {
  let fields = rootFieldsOfOperation.get(operation);
  if (!fields) rootFieldsOfOperation.set(operation, (fields = collectRootFields(operation, document)));
  return fields;
}

function collectRootFields(operation: OperationDefinitionNode, document: DocumentNode): FieldNode[] {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): FieldNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return collect(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return [];
      seen.add(fragment.name.value);
      return collect(fragment.selectionSet);
    });
  return collect(operation.selectionSet);
}

/**
 * Refuses, as invalid (400), an operation whose type the schema has no root for, and a subscription sent for a JSON
 * answer: subscriptions are served as server-sent events only (`Accept: text/event-stream`, GraphQL over SSE).
 */
export function supportedOperationRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) {
        context.reportError(new GraphQLError(`this API answers no ${node.operation} operations`, { nodes: [node] }));
      } else if (node.operation === 'subscription') {
        context.reportError(
          new GraphQLError(
            'a subscription is served as server-sent events: POST it with the header Accept: text/event-stream',
            { nodes: [node] },
          ),
        );
      }
    },
  };
}

/** Most lexical tokens an operation may hold: GraphQL Armor's limit on the gateway, and the subscriptions' too. */
export const MAX_QUERY_TOKENS = 3_000;

/**
 * A subscription sent as server-sent events, checked as the JSON path checks a query: parsed within the token limit,
 * the operation to run a subscription, valid against `schema`. Returns the document, or the errors to refuse it with
 * (each with its code: GRAPHQL_PARSE_FAILED, BAD_REQUEST or GRAPHQL_VALIDATION_FAILED).
 */
export function checkedSubscription(
  schema: GraphQLSchema,
  query: unknown,
  operationName: unknown,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  const refused = (message: string, code: string) => ({
    errors: [new GraphQLError(message, { extensions: { code } })],
  });
  if (typeof query !== 'string') return refused('send the subscription as "query", a string', 'BAD_REQUEST');
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_QUERY_TOKENS, noLocation: true });
  } catch (error) {
    return refused((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const name = typeof operationName === 'string' ? operationName : undefined;
  if (getOperationAST(document, name)?.operation !== 'subscription') {
    return refused(
      'only subscriptions are served as server-sent events: send queries and mutations as JSON',
      'BAD_REQUEST',
    );
  }
  const invalid = validate(schema, document);
  if (invalid.length) {
    return {
      errors: invalid.map(
        (error) => new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
    };
  }
  return { document };
}
