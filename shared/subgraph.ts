import type http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { ServiceRequest } from './graphql-http';
import type express from 'express';
import type pino from 'pino';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DataSource, MixedList } from 'typeorm';
import {
  GATEWAY_CREDENTIAL_HEADER,
  PURPOSE_HEADER,
  bearerToken,
  gatewayCredentialVerifier,
  userTokenVerifier,
  type Principal,
} from './auth';
import { HitOutboxRelay } from './hit-outbox';
import { SEARCH_SUBGRAPH_NAMES } from './schema';
import { notAtBorderPost } from './errors';
import { createDataSource, databaseTls, defaultPoolSize } from './database';
import { searchEachText, warmEveryConnection, warmUpEnabled, type WarmUp } from './warm-up';
import { serviceDatabaseUrl, serviceReadDatabaseUrls } from './database-roles';
import { ReadReplicas, readYourWritesPlugin } from './read-replicas';
import { createLogger } from './logger';
import { servicePort, tlsEnabled } from './config';
import { subgraphTypeDefs, type SubgraphName } from './schema';
import { scalarResolvers } from './scalars';
import { runService, type RunningService } from './service';
import { parsePurpose, requirePurposePlugin } from './purpose';
import type { LoaderScope, RequestContext } from './context';
import { AuditTrail, AuditWriter, auditPlugin } from './audit';
import { contractBindingPlugin } from './contract-binding';
import { introspectionDepthRule, introspectionRolesPlugin } from './introspection';
import { supportedOperationRule } from './operation-rules';
import {
  CLIENT_REQUEST_ID_HEADER,
  OPERATION_TYPE_HEADER,
  clientOperationNameOf,
  clientRequestIdOf,
  gatewayRequestId,
  searchesNotSentOf,
} from './request-id';

/** Connections each subgraph keeps for hit/no-hit checks, and for its audit rows (group commit needs few). */
const CHECK_POOL_SIZE = Number(process.env.LIAISON_CHECK_POOL_SIZE ?? 3);
const AUDIT_POOL_SIZE = 2;

/**
 * The most connections one subgraph process may hold: its search pool (DB_POOL_SIZE), its check and audit pools, the
 * hit outbox's relay and a LISTEN session.
 */
export const subgraphConnections = (): number => defaultPoolSize() + CHECK_POOL_SIZE + AUDIT_POOL_SIZE + 2;

export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  entities: MixedList<Function>;
  resolvers: object;
  /** Fresh per request: the loaders apply the principal's visibility to every record they return. */
  createLoaders(dataSource: DataSource, scope: LoaderScope): TLoaders;
  /** Runs once at startup, before the service answers (e.g. reference data its tables must hold). */
  prepare?(dataSource: DataSource): Promise<unknown>;
  /**
   * Texts of each shape the subgraph's search statements take and its search, run once on each connection of its
   * search pool before the service answers (shared/warm-up.ts), so that no request waits for a statement to be planned.
   */
  warmUp?: WarmUp;
  /** Whether a border post (LIAISON_BORDER_POST) holds this subgraph's records (shared/border-post.ts). */
  servedAtBorderPosts?: boolean;
  /** A subgraph that holds records ships the hit notifications its audit rows queue (shared/hit-outbox.ts). */
  hitOutbox?: { actionOnHit?(status: string): string };
  /** Routes beside /graphql (the exchange's notification feed), given what they need to authenticate and audit. */
  routes?(app: express.Express, services: SubgraphServices<TLoaders>): void;
  /** Subscriptions over server-sent events on /graphql (the exchange's `hitNotifications`). */
  eventStream?(services: SubgraphServices<TLoaders>): http.RequestListener;
  /** Background work started with the service and stopped before its pools close (the exchange's publisher). */
  workers?(services: SubgraphServices<TLoaders>): Worker[];
}

export interface Worker {
  stop(): Promise<void>;
  /** The service starts to stop: end what would hold its draining (live feeds). */
  stopping?(): void;
}

/** What a subgraph's own routes and workers share with its GraphQL endpoint. */
export interface SubgraphServices<TLoaders = unknown> {
  dataSource: DataSource;
  auditWriter: AuditWriter;
  log: pino.Logger;
  /** The caller of a request that reached the service directly: its token and the gateway's credential, verified. */
  authenticate(headers: IncomingHttpHeaders): Promise<{ principal: Principal; token: string }>;
  /** The subgraph's executable schema, as /graphql serves it. */
  schema: GraphQLSchema;
  /** The per-request context /graphql builds (authenticated, fresh loaders), for a subscription's execution. */
  createContext(request: ServiceRequest): Promise<RequestContext<TLoaders>>;
}

/** Starts one subgraph as its own HTTPS service (HTTP with `LIAISON_TLS=off`) on its port, over its own database connection pool. */
export async function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<RunningService> {
  const log = createLogger(definition.name);
  // As the subgraph's own role: its schema only, and append-only audit and version tables (docs/security.md).
  const url = serviceDatabaseUrl(definition.name);
  // TLS to PostgreSQL when the server offers it (or as the URL's sslmode says): shared/database.ts.
  const ssl = url ? await databaseTls(url) : undefined;
  const borderPost = process.env.LIAISON_BORDER_POST?.trim();
  // The exchange reads what its bureaus just wrote (a request, then the inbox): it reads its primary.
  const readUrls = definition.name === 'exchange' ? [] : serviceReadDatabaseUrls(definition.name);
  // Warmed where the searches read this pool: not when they read replicas, nor at a border post that refuses them.
  const warm =
    definition.warmUp !== undefined &&
    warmUpEnabled() &&
    !readUrls.length &&
    !(borderPost && !definition.servedAtBorderPosts);
  // A warmed pool keeps its connections, and with them their plans, through lulls.
  const dataSource = createDataSource(definition.name, {
    url,
    entities: definition.entities,
    ssl,
    bounded: true,
    keepConnections: warm,
  });
  // Pools of their own, so that a burst of slow searches holding every search connection starves neither the
  // hit/no-hit checks of border lanes nor the audit rows every answer waits for.
  const checkDataSource = createDataSource(definition.name, { url, ssl, bounded: true, poolSize: CHECK_POOL_SIZE });
  const auditDataSource = createDataSource(definition.name, { url, ssl, bounded: true, poolSize: AUDIT_POOL_SIZE });
  await Promise.all([dataSource, checkDataSource, auditDataSource].map((pool) => pool.initialize()));
  await definition.prepare?.(dataSource);
  if (warm) {
    // Only sooner answers hang on it: a warm-up that failed leaves the statements to be planned on first use.
    await warmEveryConnection(dataSource, () => searchEachText(dataSource, definition.warmUp!), log).catch(
      (error: unknown) =>
        log.warn({ err: error }, 'warm-up failed: the search statements will be planned on first use'),
    );
  }
  // Reads on streaming replicas when configured (READ_DATABASE_URLS); writes, audit rows and the outbox stay here.
  const readReplicas = new ReadReplicas(
    { dataSource, checkDataSource },
    {
      name: definition.name,
      urls: readUrls,
      entities: definition.entities,
      ssl: databaseTls,
      checkPoolSize: CHECK_POOL_SIZE,
      log,
    },
  );
  await readReplicas.start();
  const verifyGateway = await gatewayCredentialVerifier(definition.name);
  const verifyUser = await userTokenVerifier();
  const authenticate = async (headers: IncomingHttpHeaders) => {
    const token = bearerToken(headers);
    const credential = headers[GATEWAY_CREDENTIAL_HEADER];
    await verifyGateway(typeof credential === 'string' ? credential : undefined, token);
    return { principal: await verifyUser(token), token };
  };
  // The outbox's relay on a pool of its own (one delivery at a time), woken by the audit writer's commits.
  const relayDataSource = definition.hitOutbox
    ? createDataSource(definition.name, { url, ssl, bounded: true, poolSize: 1 })
    : undefined;
  await relayDataSource?.initialize();
  const schemaName = SEARCH_SUBGRAPH_NAMES.find((name) => name === definition.name);
  const relay =
    relayDataSource && schemaName
      ? new HitOutboxRelay({
          schema: schemaName,
          dataSource: relayDataSource,
          log,
          actionOnHit: definition.hitOutbox?.actionOnHit,
        })
      : undefined;
  relay?.start();
  const auditWriter = new AuditWriter(auditDataSource, definition.name, relay && (() => relay.wake()));
  // Nothing is answered, not even _service or _entities, without a user token and the gateway's credential for this
  // subgraph and that token.
  const createContext = async ({ requestId, headers, signal }: ServiceRequest): Promise<RequestContext<TLoaders>> => {
    const { principal, token } = await authenticate(headers);
    const audit = new AuditTrail();
    // Searches of this request with the same arguments that the gateway answered unsent: asked all the same.
    const notSent = searchesNotSentOf(headers);
    if (notSent) audit.describeNotSent(notSent);
    // Every fetch of a client's mutation reads the primary, the gateway's lookups after the write too.
    const reads = headers[OPERATION_TYPE_HEADER] === 'mutation' ? readReplicas.primaryTarget : readReplicas.pick();
    // The gateway's id for the request, so that its rows and log lines in every subgraph share it.
    const sharedRequestId = gatewayRequestId(headers) ?? requestId;
    return {
      requestId: sharedRequestId,
      clientRequestId: clientRequestIdOf(headers, CLIENT_REQUEST_ID_HEADER),
      clientOperationName: clientOperationNameOf(headers),
      principal,
      token,
      audit,
      signal,
      purpose: parsePurpose(typeof headers[PURPOSE_HEADER] === 'string' ? headers[PURPOSE_HEADER].trim() : undefined),
      dataSource,
      readDataSource: reads.dataSource,
      checkDataSource: reads.checkDataSource,
      log: log.child({ requestId: sharedRequestId, user: principal.userId }),
      loaders: definition.createLoaders(reads.dataSource, { principal, audit }),
    };
  };
  const typeDefs = subgraphTypeDefs(definition.name);
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: { ...scalarResolvers, ...definition.resolvers } as GraphQLResolverMap<unknown>,
  });
  if (borderPost) refuseAtBorderPost(schema, definition, borderPost);
  const services: SubgraphServices<TLoaders> = { dataSource, auditWriter, log, authenticate, schema, createContext };
  const workers: Worker[] = relay ? [relay] : [];
  workers.push(...(definition.workers?.(services) ?? []));
  return runService<RequestContext<TLoaders>>({
    name: definition.name,
    port: servicePort(definition.name),
    tls: tlsEnabled(),
    log,
    apollo: {
      schema,
      introspection: true,
      validationRules: [introspectionDepthRule, supportedOperationRule],
      includeStacktraceInErrorResponses: false,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        contractBindingPlugin<RequestContext<TLoaders>>(typeDefs),
        introspectionRolesPlugin<RequestContext<TLoaders>>(),
        requirePurposePlugin<RequestContext<TLoaders>>(),
        auditPlugin<RequestContext<TLoaders>>(auditWriter),
        // Only where a replica could be read: a hook less on every request otherwise.
        ...(readReplicas.configured
          ? [
              readYourWritesPlugin<RequestContext<TLoaders>>(readReplicas.primaryTarget, (dataSource, context) =>
                definition.createLoaders(dataSource, context),
              ),
            ]
          : []),
      ],
    },
    createContext,
    eventStream: definition.eventStream?.(services),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
    routes: definition.routes ? (app) => definition.routes!(app, services) : undefined,
    onStopping: () => workers.forEach((worker) => worker.stopping?.()),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.stop()));
      await readReplicas.stop();
      const pools = [dataSource, checkDataSource, auditDataSource, ...(relayDataSource ? [relayDataSource] : [])];
      await Promise.all(pools.map((pool) => pool.destroy()));
    },
  });
}

/**
 * At a border post, writes are the centre's (a record changed in the copy would no longer match the centre's later
 * changes of it): every mutation answers NOT_AT_BORDER_POST. A subgraph whose records are not copied there answers
 * every query field (and `_entities`) so too, never with an empty "no hit"; `_service` still describes it.
 */
function refuseAtBorderPost(
  schema: GraphQLSchema,
  definition: Pick<SubgraphDefinition<unknown>, 'name' | 'servedAtBorderPosts'>,
  borderPost: string,
): void {
  const types = definition.servedAtBorderPosts
    ? [schema.getMutationType()]
    : [schema.getQueryType(), schema.getMutationType()];
  for (const type of types) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name === '_service') continue;
      field.resolve = () => {
        throw notAtBorderPost(definition.name, borderPost);
      };
    }
  }
}
