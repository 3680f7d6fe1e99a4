import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Principal, Role } from './auth';
import { ErrorCode } from './errors';
import { fragmentsOf, rootFields } from './operation-rules';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * How deep an introspection query may nest below `__schema` or `__type`. GraphiQL's and graphql-js's standard query
 * reach 13 (`ofType` nine times); nesting `ofType` or `fields { type { fields ... } }` far deeper only costs the
 * server (GraphQL Armor's depth limit skips `__schema`).
 */
export const MAX_INTROSPECTION_DEPTH = 15;

/** Roles that read the schema in production: those who query the graph (the sandbox's users are officers). */
export const INTROSPECTION_ROLES: readonly Role[] = ['officer', 'analyst', 'admin'];

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      const inner = new Set(seen).add(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, inner));
    }
  }
  return deepest;
}

/** A validation rule: an introspection field whose selection nests deeper than MAX_INTROSPECTION_DEPTH is refused. */
export function introspectionDepthRule(context: ValidationContext): ASTVisitor {
  const fragments = fragmentsOf(context.getDocument());
  return {
    Field(node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return;
      const depth = 1 + depthOf(node.selectionSet, fragments, new Set());
      if (depth > MAX_INTROSPECTION_DEPTH) {
        context.reportError(
          new GraphQLError(
            `introspection nests ${depth} levels deep; at most ${MAX_INTROSPECTION_DEPTH} are answered`,
            {
              nodes: [node],
            },
          ),
        );
        return false;
      }
      return undefined;
    },
  };
}

/**
 * The schema (`__schema`, `__type`) is read only by the roles that query the graph, and by a partner on its own
 * contract's endpoint (`contractEndpoint`), whose schema holds the contract alone: in production and everywhere
 * else alike, so that what is tested is what runs.
 */
export function introspectionRolesPlugin<TContext extends BaseContext & { principal?: Principal }>(
  options: { contractEndpoint?: boolean } = {},
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const principal = contextValue.principal;
          if (!operation || !principal) return;
          if (!rootFields(operation, document).some((field) => INTROSPECTION_FIELDS.has(field.name.value))) return;
          const mayRead =
            principal.roles.some((role) => INTROSPECTION_ROLES.includes(role)) ||
            (options.contractEndpoint === true && principal.contract !== undefined);
          if (!mayRead) {
            throw new GraphQLError(`reading the schema needs one of the roles ${INTROSPECTION_ROLES.join(', ')}`, {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
