import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import type { Principal } from './auth';
import { ErrorCode } from './errors';
import { rootFields } from './operation-rules';

/**
 * The root fields each schema contract holds in one subgraph's SDL: its Query and Mutation fields tagged
 * `@tag(name: "<contract>")`, the same tags the gateway composes the contract from.
 */
export function contractRootFields(typeDefs: DocumentNode): Map<string, Set<string>> {
  const byContract = new Map<string, Set<string>>();
  for (const definition of typeDefs.definitions) {
    const isRoot =
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      (definition.name.value === 'Query' || definition.name.value === 'Mutation');
    if (!isRoot) continue;
    for (const field of definition.fields ?? []) {
      for (const contract of tagsOf(field)) {
        if (!byContract.has(contract)) byContract.set(contract, new Set());
        byContract.get(contract)!.add(field.name.value);
      }
    }
  }
  return byContract;
}

function tagsOf(field: FieldDefinitionNode): string[] {
  return (field.directives ?? []).flatMap((directive) => {
    if (directive.name.value !== 'tag') return [];
    const name = directive.arguments?.find((argument) => argument.name.value === 'name')?.value;
    return name?.kind === Kind.STRING ? [name.value] : [];
  });
}

/**
 * Holds a credential bound to a schema contract (a partner's) to that contract in the subgraph too, not only at the
 * gateway: a request asking for any root field outside the contract (a search, a detail lookup, `_entities`,
 * `_service`, introspection) is FORBIDDEN before anything is resolved.
 */
export function contractBindingPlugin<TContext extends BaseContext & { principal?: Principal }>(
  typeDefs: DocumentNode,
): ApolloServerPlugin<TContext> {
  const contractFields = contractRootFields(typeDefs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const contract = contextValue.principal?.contract;
          if (!contract || !operation) return;
          const allowed = contractFields.get(contract) ?? new Set<string>();
          const outside = rootFields(operation, document)
            .map((field) => field.name.value)
            .filter((field) => field !== '__typename' && !allowed.has(field));
          if (outside.length) {
            throw new GraphQLError(
              `this credential is bound to the schema contract '${contract}', which does not hold ${outside.join(', ')}`,
              { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}
