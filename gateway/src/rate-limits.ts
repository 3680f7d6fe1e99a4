// Rate limits per credential (a user or partner token) on searches and hit/no-hit checks. A check answers "is this
// number known?", so a partner system without a limit could walk the number space: partners get a tight limit, the
// roles that work cases a wide one that only stops a runaway client. Counted in this gateway process (with several
// replicas of the gateway on one machine, LIAISON_REPLICAS, the cluster's primary counts for all of them; gateways on
// several machines each count their own share, which rate-limiter-flexible's Redis store would make one count).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { rootFields } from '../../shared/operation-rules';
import { Counter } from 'prom-client';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../../shared/auth';
import { registry } from '../../shared/metrics';
import { isReplica } from '../../shared/replicas';

export type RateCategory = 'searches' | 'checks' | 'partner-checks';

/** A limit: `points` (search requests, or check items) per `seconds`. */
export interface RateLimit {
  points: number;
  seconds: number;
}

/** The defaults; each is overridden by `LIAISON_RATE_LIMIT_<CATEGORY>`, e.g. `LIAISON_RATE_LIMIT_PARTNER_CHECKS=50/1,20000/3600`. */
export const DEFAULT_RATE_LIMITS: Record<RateCategory, RateLimit[]> = {
  // Officers, analysts, admins: far above what one person or lane sends, below what a runaway loop does.
  searches: [{ points: 200, seconds: 1 }],
  checks: [{ points: 20_000, seconds: 1 }],
  // Partner systems: a steady 50 checked items a second, at most 20,000 an hour.
  'partner-checks': [
    { points: 50, seconds: 1 },
    { points: 20_000, seconds: 3_600 },
  ],
};

const rateLimited = new Counter({
  name: 'liaison_rate_limited_total',
  help: 'Requests refused with RATE_LIMITED, by category',
  labelNames: ['category'] as const,
  registers: [registry],
});

/** Reads `50/1,20000/3600` (points per seconds, comma-separated); `off` means no limit. */
export function parseRateLimits(raw: string): RateLimit[] {
  if (raw.trim() === 'off') return [];
  return raw.split(',').map((part) => {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(part);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`a rate limit is points/seconds (e.g. 50/1), or off; got '${part}'`);
    }
    return { points: Number(match[1]), seconds: Number(match[2]) };
  });
}

function configuredLimits(): Record<RateCategory, RateLimit[]> {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const category of Object.keys(limits) as RateCategory[]) {
    const raw = process.env[`LIAISON_RATE_LIMIT_${category.toUpperCase().replace('-', '_')}`];
    if (raw !== undefined) limits[category] = parseRateLimits(raw);
  }
  return limits;
}

/**
 * What an operation costs: 1 for a request holding any search, and the number of items checked, counting the root
 * fields behind fragments too (a batch check spread from a fragment is no cheaper).
 */
export function operationCost(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): { searches: number; checks: number } {
  let searches = 0;
  let checks = 0;
  for (const selection of rootFields(operation, document)) {
    const name = selection.name.value;
    if (name.startsWith('search')) searches = 1;
    if (!name.startsWith('check')) continue;
    const items = selection.arguments?.find((argument) => argument.name.value === 'items')?.value;
    if (!items) checks += 1;
    else if (items.kind === Kind.LIST) checks += items.values.length;
    else if (items.kind === Kind.VARIABLE) {
      const value = variables?.[items.name.value];
      checks += Array.isArray(value) ? value.length : 1;
    } else checks += 1;
  }
  return { searches, checks };
}

function rateLimitedError(category: RateCategory, retryAfterMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(`too many ${category.replace('-', ' ')} for this credential: try again in ${seconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429 },
    },
  });
}

/**
 * Counts each request's searches and checked items against its credential's limits before anything is resolved, and
 * refuses the request over a limit with RATE_LIMITED (HTTP 429, `Retry-After`).
 */
export function rateLimitPlugin<TContext extends { principal: Principal }>(): ApolloServerPlugin<TContext> {
  const limiters = Object.fromEntries(
    Object.entries(configuredLimits()).map(([category, limits]) => [
      category,
      limits.map((limit, i) =>
        // A replica asks its cluster's primary (shared/replicas.ts), so that N replicas do not allow N times the limit.
        isReplica()
          ? new RateLimiterCluster({ keyPrefix: `${category}-${i}`, points: limit.points, duration: limit.seconds })
          : new RateLimiterMemory({ points: limit.points, duration: limit.seconds }),
      ),
    ]),
  ) as Record<RateCategory, RateLimiterAbstract[]>;

  const consume = async (category: RateCategory, key: string, points: number) => {
    for (const limiter of limiters[category]) {
      try {
        await limiter.consume(key, points);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        rateLimited.inc({ category });
        throw rateLimitedError(category, refusal.msBeforeNext);
      }
    }
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const { principal } = contextValue;
          const key = `${principal.jurisdiction}:${principal.agency}:${principal.userId}`;
          const cost = operationCost(operation, document, request.variables);
          if (cost.searches) await consume('searches', key, cost.searches);
          if (cost.checks) await consume(principal.contract ? 'partner-checks' : 'checks', key, cost.checks);
        },
        async willSendResponse({ response, errors }) {
          const refusal = errors?.find((error) => error.extensions.code === 'RATE_LIMITED');
          if (refusal) response.http.headers.set('retry-after', String(refusal.extensions.retryAfterSeconds));
        },
      };
    },
  };
}
