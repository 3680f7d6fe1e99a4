import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Refuses an operation whose type the schema has no root for (a subscription: Liaison has none) as invalid (400). */
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
      }
    },
  };
}
