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
} from './auth';
import { createDataSource, databaseTls } from './database';
import { serviceDatabaseUrl } from './database-roles';
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
import { CLIENT_REQUEST_ID_HEADER, clientOperationNameOf, clientRequestIdOf, gatewayRequestId } from './request-id';

/** Connections each subgraph keeps for hit/no-hit checks, and for its audit rows (group commit needs few). */
const CHECK_POOL_SIZE = Number(process.env.LIAISON_CHECK_POOL_SIZE ?? 3);
const AUDIT_POOL_SIZE = 2;

export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  entities: MixedList<Function>;
  resolvers: object;
  /** Fresh per request: the loaders apply the principal's visibility to every record they return. */
  createLoaders(dataSource: DataSource, scope: LoaderScope): TLoaders;
  /** Runs once at startup, before the service answers (e.g. reference data its tables must hold). */
  prepare?(dataSource: DataSource): Promise<unknown>;
}

/** Starts one subgraph as its own HTTPS service (HTTP with `LIAISON_TLS=off`) on its port, over its own database connection pool. */
export async function startSubgraph<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<RunningService> {
  const log = createLogger(definition.name);
  // As the subgraph's own role: its schema only, and append-only audit and version tables (docs/security.md).
  const url = serviceDatabaseUrl(definition.name);
  // TLS to PostgreSQL when the server offers it (or as the URL's sslmode says): shared/database.ts.
  const ssl = url ? await databaseTls(url) : undefined;
  const dataSource = createDataSource(definition.name, { url, entities: definition.entities, ssl, bounded: true });
  // Pools of their own, so that a burst of slow searches holding every search connection starves neither the
  // hit/no-hit checks of border lanes nor the audit rows every answer waits for.
  const checkDataSource = createDataSource(definition.name, { url, ssl, bounded: true, poolSize: CHECK_POOL_SIZE });
  const auditDataSource = createDataSource(definition.name, { url, ssl, bounded: true, poolSize: AUDIT_POOL_SIZE });
  await Promise.all([dataSource, checkDataSource, auditDataSource].map((pool) => pool.initialize()));
  await definition.prepare?.(dataSource);
  const verifyGateway = await gatewayCredentialVerifier(definition.name);
  const verifyUser = await userTokenVerifier();
  const typeDefs = subgraphTypeDefs(definition.name);
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: { ...scalarResolvers, ...definition.resolvers } as GraphQLResolverMap<unknown>,
  });
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
        auditPlugin<RequestContext<TLoaders>>(new AuditWriter(auditDataSource, definition.name)),
      ],
    },
    // Nothing is answered, not even _service or _entities, without a user token and the gateway's credential for this
    // subgraph and that token.
    createContext: async ({ requestId, headers, signal }) => {
      const token = bearerToken(headers);
      const credential = headers[GATEWAY_CREDENTIAL_HEADER];
      await verifyGateway(typeof credential === 'string' ? credential : undefined, token);
      const principal = await verifyUser(token);
      const audit = new AuditTrail();
      return {
        // The gateway's id for the request, so that its rows in every subgraph share it.
        requestId: gatewayRequestId(headers) ?? requestId,
        clientRequestId: clientRequestIdOf(headers, CLIENT_REQUEST_ID_HEADER),
        clientOperationName: clientOperationNameOf(headers),
        principal,
        token,
        audit,
        signal,
        purpose: parsePurpose(typeof headers[PURPOSE_HEADER] === 'string' ? headers[PURPOSE_HEADER].trim() : undefined),
        dataSource,
        checkDataSource,
        log: log.child({ requestId, user: principal.userId }),
        loaders: definition.createLoaders(dataSource, { principal, audit }),
      };
    },
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
    close: async () => {
      await Promise.all([dataSource, checkDataSource, auditDataSource].map((pool) => pool.destroy()));
    },
  });
}
