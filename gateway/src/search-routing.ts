import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  Kind,
  executeSync,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { Counter } from 'prom-client';
import type { Principal } from '../../shared/auth';
import { registry } from '../../shared/metrics';
import { parsePage, toConnection } from '../../shared/pagination';
import { SEARCHES_NOT_SENT_HEADER, type SearchField } from '../../shared/request-id';
import { NO_HITS } from '../../shared/search';
import { AuditTrail } from '../../shared/audit';
import { parseJurisdictions, parseSearchText } from '../../shared/validation';
import { READ_ROLES } from '../../shared/visibility';
import { personSearchReads } from '../../subgraphs/persons/src/search/recognize';
import { documentSearchReads } from '../../subgraphs/documents/src/search/recognize';
import { vehicleSearchReads } from '../../subgraphs/vehicles/src/search/recognize';
import { seizureSearchReads } from '../../subgraphs/substances/src/search/substance-match';

// A unified search sends one text to four subgraphs, and most texts are read by one or two of them: a name by
// persons, a VIN by vehicles and documents. The gateway runs each subgraph's own recognizer (the same code, deployed
// at the same commit) and answers a search whose subgraph would read nothing with the no-hits answer that subgraph
// gives, without the hop. The search of the same arguments that is sent carries their names to its subgraph, whose
// audit row records them as asked (SPEC 5.2: every search is logged).

/** Whether each search field's subgraph reads anything in a text: false only where it answers no hits without SQL. */
const READS: Record<SearchField, (text: string) => boolean> = {
  searchPersons: personSearchReads,
  searchDocuments: documentSearchReads,
  searchVehicles: vehicleSearchReads,
  searchSeizures: seizureSearchReads,
};

/** Which root searches of one request the gateway answers itself, and which sent search names them for the audit. */
export interface SearchRouting {
  /** The endpoint's API schema, which the no-hits answers are shaped by. */
  schema: GraphQLSchema;
  /** Response key of each search answered here with no hits → its field. */
  answered: Map<string, SearchField>;
  /** Response key of a sent search → the fields of the same arguments answered here, for its subgraph's audit row. */
  carriers: Map<string, SearchField[]>;
}

export const searchesNotSent = new Counter({
  name: 'liaison_gateway_searches_not_sent_total',
  help: 'Searches the gateway answered with no hits without sending them: their subgraph reads nothing in the text',
  labelNames: ['field'],
  registers: [registry],
});
/** The counter of each field, bound once: labelling it anew per answered search hashed its labels every time. */
const notSentCounters = Object.fromEntries(
  Object.keys(READS).map((field) => [field, searchesNotSent.labels({ field })]),
) as Record<SearchField, ReturnType<typeof searchesNotSent.labels>>;

/** What a search field's subgraph answers when it reads nothing: the first page of no hits, whatever its size. */
const NO_HITS_CONNECTION = toConnection(new AuditTrail(), [], NO_HITS, { limit: 1, offset: 0 });

/** One root search of the operation that may be answered here: plain text, first page, no criteria, no directive. */
interface RoutableSearch {
  key: string;
  field: SearchField;
  /** The arguments, as one string: searches are grouped by it. */
  sameAs: string;
  reads: boolean;
}

/**
 * The routing of a query's root searches, or undefined when nothing is answered here. A search is answered here only
 * when its subgraph reads nothing in its text and another search of the same text, jurisdictions and page size is
 * sent (the first that reads something, else the first): its subgraph logs the request, with the names of the others.
 * Anything unusual (a fragment at the root, a mutation, arguments the subgraphs would refuse, a caller without a
 * read role) sends every search as written, so that the subgraphs answer and refuse as they always do.
 */
export function routeSearches(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  principal: Principal,
): SearchRouting | undefined {
  if (operation.operation !== 'query' || !principal.roles.some((role) => READ_ROLES.includes(role))) return undefined;
  const roots = operation.selectionSet.selections;
  if (roots.some((selection) => selection.kind !== Kind.FIELD)) return undefined;
  const named = (roots as readonly FieldNode[]).filter(
    (field) => Object.hasOwn(READS, field.name.value) && !field.directives?.length,
  );
  // Most requests hold no two searches (a check, a record by id): nothing to route, no variables to coerce.
  if (named.length < 2) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const queryFields = schema.getQueryType()?.getFields();
  if (coerced.errors || !queryFields) return undefined;
  const groups = new Map<string, RoutableSearch[]>();
  for (const selection of named) {
    const field = selection.name.value as SearchField;
    if (!queryFields[field]) continue;
    const search = routableSearch(selection, field, getArgumentValues(queryFields[field], selection, coerced.coerced));
    if (search === null) return undefined;
    if (search) groups.set(search.sameAs, [...(groups.get(search.sameAs) ?? []), search]);
  }
  const routing: SearchRouting = { schema, answered: new Map(), carriers: new Map() };
  for (const group of groups.values()) {
    const carrier = group.find((search) => search.reads) ?? group[0];
    const unsent = group.filter((search) => search !== carrier && !search.reads);
    for (const search of unsent) routing.answered.set(search.key, search.field);
    if (unsent.length) routing.carriers.set(carrier.key, [...new Set(unsent.map((search) => search.field))]);
  }
  return routing.answered.size ? routing : undefined;
}

/** The search as routable, undefined when it must be sent as written, null when its arguments would be refused. */
function routableSearch(
  selection: FieldNode,
  field: SearchField,
  args: Record<string, unknown>,
): RoutableSearch | undefined | null {
  const { text, jurisdictions, first, criteria, after } = args as {
    text?: string | null;
    jurisdictions?: string[] | null;
    first?: number | null;
    criteria?: unknown;
    after?: string | null;
  };
  if (criteria != null || after != null) return undefined;
  let searched: string | undefined;
  try {
    searched = parseSearchText(text);
    parseJurisdictions(jurisdictions);
    parsePage(first, null);
  } catch {
    return null;
  }
  if (!searched) return undefined;
  return {
    key: (selection.alias ?? selection.name).value,
    field,
    sameAs: JSON.stringify([searched, jurisdictions ?? null, first ?? null]),
    reads: READS[field](searched),
  };
}

/** Keeps the request's routing in its context, once its operation is known. */
export function searchRoutingPlugin<
  TContext extends { principal: Principal; searchRouting?: SearchRouting },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema, contextValue }) {
          if (!operation) return;
          try {
            contextValue.searchRouting = routeSearches(schema, operation, request.variables, contextValue.principal);
          } catch {
            // Routing only saves hops: whatever it could not read goes to every subgraph, which answers as ever.
            contextValue.searchRouting = undefined;
          }
        },
      };
    },
  };
}

/** What the fetcher does with one subgraph fetch: answer it here, or send it with extra headers. */
export interface RoutedFetch {
  answer?: Awaited<ReturnType<GraphQLDataSource['process']>>;
  headers?: Record<string, string>;
}

/**
 * Routes one subgraph fetch of a request: a root fetch whose fields are all answered here is answered with those
 * searches' empty connections (executed against the API schema, so every selection, alias and `__typename` is as the
 * subgraph would answer it); the fetch of a carrier gets the header naming the searches answered here.
 */
export function routeFetch({
  request,
  context,
}: Pick<GraphQLDataSourceProcessOptions<{ searchRouting?: SearchRouting }>, 'request' | 'context'>):
  RoutedFetch | undefined {
  const routing = context.searchRouting;
  if (!routing || !request.query) return undefined;
  const fetch = rootFieldsOf(request.query);
  if (!fetch) return undefined;
  const answered = fetch.keys.map((key) => routing.answered.get(key));
  if (answered.every((field) => field !== undefined)) {
    for (const field of answered as SearchField[]) notSentCounters[field].inc();
    return { answer: JSON.parse(noHitsAnswer(fetch, routing.schema, request.variables)) };
  }
  const notSent = fetch.keys.flatMap((key) => routing.carriers.get(key) ?? []);
  return notSent.length ? { headers: { [SEARCHES_NOT_SENT_HEADER]: [...new Set(notSent)].join(',') } } : undefined;
}

/** A fetch of root fields: its document, their response keys, and its no-hits answer once computed (as JSON). */
interface RootFetch {
  document: DocumentNode;
  keys: string[];
  /** The root fields' names. */
  fields: string[];
  /** Whether a directive may make the answer depend on the variables: then it is executed every time. */
  directives: boolean;
  noHits?: string;
}

/**
 * The answer of a fetch whose root searches are all answered here: their empty connections, executed against the API
 * schema (so every selection, alias and `__typename` is as the subgraph would answer it). Without a directive it is
 * the same for every request, so it is executed once; a fresh copy is parsed per request, as the gateway merges into it.
 */
function noHitsAnswer(fetch: RootFetch, schema: GraphQLSchema, variables: Record<string, unknown> | undefined): string {
  if (fetch.noHits !== undefined) return fetch.noHits;
  const rootValue = Object.fromEntries(fetch.fields.map((field) => [field, NO_HITS_CONNECTION]));
  const { data, errors } = executeSync({ schema, document: fetch.document, rootValue, variableValues: variables });
  const answer = JSON.stringify({ data, errors: errors?.map((error) => error.toJSON()) });
  if (!fetch.directives && !errors) fetch.noHits = answer;
  return answer;
}

/** A fetch's document and the response keys of its root fields; undefined for a fetch with anything else at its root. */
const fetchRoots = new Map<string, RootFetch | undefined>();
/** The query planner's fetches are few per operation; the cache is emptied when a flood of shapes exceeds this. */
const MAX_FETCH_SHAPES = 1_000;

function rootFieldsOf(query: string): RootFetch | undefined {
  if (fetchRoots.has(query)) return fetchRoots.get(query);
  if (fetchRoots.size >= MAX_FETCH_SHAPES) fetchRoots.clear();
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const selections = operation?.operation === 'query' ? operation.selectionSet.selections : [];
  let roots: RootFetch | undefined;
  if (
    selections.length &&
    selections.every((selection) => selection.kind === Kind.FIELD && !selection.directives?.length)
  ) {
    const fields = selections as FieldNode[];
    roots = {
      document,
      keys: fields.map((field) => (field.alias ?? field.name).value),
      fields: fields.map((field) => field.name.value),
      directives: query.includes('@'),
    };
  }
  fetchRoots.set(query, roots);
  return roots;
}
