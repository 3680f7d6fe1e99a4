// Validation the gateway does itself, so that a client's mistake is answered as one (400) rather than reaching the
// query planner (which fails with a 500) or a subgraph (whose refusal would read as an outage).
import {
  GraphQLError,
  Kind,
  getNamedType,
  type ASTVisitor,
  type GraphQLScalarType,
  type ValidationContext,
} from 'graphql';
import { scalarResolvers } from '../../shared/scalars';

const CUSTOM_SCALARS: Record<string, GraphQLScalarType> = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
};

/**
 * Checks a Date or DateTime written in the document as the subgraphs will: the supergraph the gateway serves knows
 * their names only, so a bad literal would otherwise pass here and be refused by a subgraph.
 */
export function customScalarLiteralRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      const type = context.getInputType();
      const scalar = type ? CUSTOM_SCALARS[getNamedType(type).name] : undefined;
      if (!scalar) return;
      try {
        scalar.parseLiteral({ kind: Kind.STRING, value: node.value });
      } catch (error) {
        context.reportError(new GraphQLError((error as Error).message, { nodes: [node] }));
      }
    },
  };
}
