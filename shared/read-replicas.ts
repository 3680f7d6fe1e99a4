// Read replicas (issue 15, item 2): a subgraph sends its read-only statements (searches, detail lookups, links,
// hit/no-hit checks) to PostgreSQL streaming replicas and its writes, audit rows and outbox to the primary. Each
// replica is probed every second for its replay lag; a replica that fails the probe, or lags more than allowed, gets
// no reads until it passes again, and with no replica fit the reads go to the primary.
import type { TlsOptions } from 'node:tls';
import { Gauge } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type pino from 'pino';
import type { DataSource, MixedList } from 'typeorm';
import { createDataSource } from './database';
import { registry } from './metrics';
import { poolOf } from './sql';
import type { SubgraphName } from './schema';

/** Seconds the replay of a replica is behind its primary (0 when it has replayed all it received); -1 when down. */
const replicaLag = new Gauge({
  name: 'liaison_read_replica_lag_seconds',
  help: 'Replay lag of each read replica as its last probe saw it; -1 when it did not answer',
  labelNames: ['replica'] as const,
  registers: [registry],
});

/** The standby's own view of its lag: nothing left to replay counts as none, whenever the last write was. */
const LAG_SQL = `SELECT pg_is_in_recovery() AS standby,
  CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
       ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END AS lag`;

/** Where a request reads: the searches' and loaders' pool, and the checks' pool, of one server. */
export interface ReadTarget {
  dataSource: DataSource;
  checkDataSource: DataSource;
}

interface Replica extends ReadTarget {
  label: string;
  fit: boolean;
}

export interface ReadReplicaOptions {
  name: SubgraphName;
  urls: string[];
  entities: MixedList<Function>;
  ssl?: (url: string) => Promise<boolean | TlsOptions | undefined>;
  checkPoolSize: number;
  log: pino.Logger;
  /** A replica further behind than this gets no reads (`LIAISON_READ_MAX_LAG_SECONDS`, default 5). */
  maxLagSeconds?: number;
  probeMs?: number;
}

/** The read replicas of one subgraph, or none: then every read goes to the primary. */
export class ReadReplicas {
  private readonly replicas: Replica[] = [];
  private next = 0;
  private timer?: NodeJS.Timeout;
  private probing?: Promise<void>;

  constructor(
    private readonly primary: ReadTarget,
    private readonly options?: ReadReplicaOptions,
  ) {}

  /** Opens the replicas' pools; one that cannot be reached now is not fatal: it gets reads once a probe passes. */
  async start(): Promise<void> {
    const options = this.options;
    if (!options?.urls.length) return;
    for (const [i, url] of options.urls.entries()) {
      const ssl = await options.ssl?.(url);
      const open = (poolSize?: number) =>
        createDataSource(options.name, { url, entities: options.entities, ssl, bounded: true, poolSize });
      const label = `${new URL(url).hostname}:${new URL(url).port || 5432}#${i}`;
      this.replicas.push({
        label,
        dataSource: open(),
        checkDataSource: open(options.checkPoolSize),
        fit: false,
      });
    }
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.options?.probeMs ?? 1_000);
    this.timer.unref();
  }

  /** Where this request reads: the next fit replica in turn, else the primary. */
  pick(): ReadTarget {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length];
      if (replica.fit) return replica;
    }
    return this.primary;
  }

  get primaryTarget(): ReadTarget {
    return this.primary;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probing;
    const sources = this.replicas.flatMap((replica) => [replica.dataSource, replica.checkDataSource]);
    await Promise.all(sources.filter((source) => source.isInitialized).map((source) => source.destroy()));
  }

  private probe(): Promise<void> {
    // One probe at a time: a replica that hangs does not pile them up.
    return (this.probing ??= Promise.all(this.replicas.map((replica) => this.probeOne(replica))).then(() => {
      this.probing = undefined;
    }));
  }

  private async probeOne(replica: Replica): Promise<void> {
    const { log } = this.options!;
    const maxLag = this.options!.maxLagSeconds ?? Number(process.env.LIAISON_READ_MAX_LAG_SECONDS ?? 5);
    try {
      for (const source of [replica.dataSource, replica.checkDataSource]) {
        if (source.isInitialized) continue;
        await source.initialize();
        // A server going away ends its idle connections first: no reads go there from then, not at the next probe.
        poolOf(source).on('error', () => this.unfit(replica, 'a connection to it failed'));
      }
      const [row] = (await replica.checkDataSource.query(LAG_SQL)) as { standby: boolean; lag: string | number }[];
      const lag = Number(row.lag);
      replicaLag.set({ replica: replica.label }, lag);
      const fit = lag <= maxLag;
      if (fit !== replica.fit) {
        log[fit ? 'info' : 'warn'](
          { replica: replica.label, lag, standby: row.standby },
          fit ? 'read replica in use' : 'read replica lags: reads go elsewhere',
        );
      }
      replica.fit = fit;
    } catch (error) {
      this.unfit(replica, (error as Error).message);
    }
  }

  private unfit(replica: Replica, reason: string): void {
    replicaLag.set({ replica: replica.label }, -1);
    if (replica.fit)
      this.options!.log.warn({ replica: replica.label, reason }, 'read replica down: reads go elsewhere');
    replica.fit = false;
  }
}

/**
 * A mutation's request reads the primary throughout, so that what it wrote is what it returns (a replica may not have
 * replayed it yet): decided once the operation is known, before any resolver runs, with loaders made anew on the primary.
 */
export function readYourWritesPlugin<
  TContext extends { readDataSource: DataSource; checkDataSource: DataSource; loaders: TLoaders },
  TLoaders = TContext['loaders'],
>(
  primary: ReadTarget,
  loadersOn: (dataSource: DataSource, context: TContext) => TLoaders,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.readDataSource === primary.dataSource) return;
          contextValue.readDataSource = primary.dataSource;
          contextValue.checkDataSource = primary.checkDataSource;
          contextValue.loaders = loadersOn(primary.dataSource, contextValue);
        },
      };
    },
  };
}
