import {
  GraphQLError,
  Kind,
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

/**
 * Every root field an operation asks for, through fragment spreads and inline fragments at the root (each fragment
 * once): what the per-operation checks (contract, introspection, rate limits) must see, however the client wrote it.
 */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): FieldNode[] {
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
