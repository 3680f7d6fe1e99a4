// Read replicas (issue 15, item 2): a subgraph sends its read-only statements (searches, detail lookups, links,
// hit/no-hit checks) to PostgreSQL streaming replicas and its writes, audit rows and outbox to the primary. Each
// second the primary's WAL position is noted and each replica is asked how far it has replayed: a replica is as old
// as the newest noted position it has replayed, and one that is older than allowed, is no standby, or does not answer
// within the probe's bound gets no reads until it passes again; with no replica fit the reads go to the primary.
import type { TlsOptions } from 'node:tls';
import { Gauge } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type pino from 'pino';
import type { DataSource, MixedList } from 'typeorm';
import { createDataSource } from './database';
import { registry } from './metrics';
import { poolOf } from './sql';
import type { SubgraphName } from './schema';

/** Seconds a replica's copy is behind its primary, as its last probe saw it; -1 when it did not answer. */
const replicaLag = new Gauge({
  name: 'liaison_read_replica_lag_seconds',
  help: 'How far behind the primary each read replica was at its last probe, in seconds; -1 when it did not answer',
  labelNames: ['replica'] as const,
  registers: [registry],
  // With several processes (shared/replicas.ts) each probes on its own: the worst reading, not a sum.
  aggregator: 'max',
});

/** A probe that takes longer than this (a replica whose host vanished) counts as a failed one. */
const PROBE_TIMEOUT_MS = 2_000;

/** Where a request reads: the searches' and loaders' pool, and the checks' pool, of one server. */
export interface ReadTarget {
  dataSource: DataSource;
  checkDataSource: DataSource;
}

interface Replica {
  url: string;
  label: string;
  /** Opened once the replica first answers (its TLS decided then, not while it was down). */
  target?: ReadTarget;
  fit: boolean;
}

/** A WAL position (`16/B374D848`) as a number that orders like it. */
function walPosition(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
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
  /** The primary's WAL position at each recent probe, oldest first. */
  private readonly positions: { at: number; position: bigint }[] = [];
  private next = 0;
  private timer?: NodeJS.Timeout;
  private probing?: Promise<void>;

  constructor(
    private readonly primary: ReadTarget,
    private readonly options?: ReadReplicaOptions,
  ) {}

  private get maxLagSeconds(): number {
    return this.options?.maxLagSeconds ?? Number(process.env.LIAISON_READ_MAX_LAG_SECONDS ?? 5);
  }

  /** Probes the replicas once and then every second; one that cannot be reached now gets reads once it passes. */
  async start(): Promise<void> {
    const options = this.options;
    if (!options?.urls.length) return;
    for (const [i, url] of options.urls.entries()) {
      this.replicas.push({ url, label: `${new URL(url).hostname}:${new URL(url).port || 5432}#${i}`, fit: false });
    }
    await this.probe();
    this.timer = setInterval(() => void this.probe(), options.probeMs ?? 1_000);
    this.timer.unref();
  }

  /** Where this request reads: the next fit replica in turn, else the primary. */
  pick(): ReadTarget {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length];
      if (replica.fit && replica.target) return replica.target;
    }
    return this.primary;
  }

  /** Whether any replica is configured: without one every read is the primary's, and nothing need be switched. */
  get configured(): boolean {
    return this.replicas.length > 0;
  }

  get primaryTarget(): ReadTarget {
    return this.primary;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probing;
    const sources = this.replicas.flatMap((replica) =>
      replica.target ? [replica.target.dataSource, replica.target.checkDataSource] : [],
    );
    await Promise.all(sources.filter((source) => source.isInitialized).map((source) => source.destroy()));
  }

  private probe(): Promise<void> {
    // One probe at a time, each bounded: a replica that hangs neither piles probes up nor keeps its reads.
    return (this.probing ??= this.probeAll().finally(() => {
      this.probing = undefined;
    }));
  }

  private async probeAll(): Promise<void> {
    try {
      const [row] = (await this.primary.checkDataSource.query('SELECT pg_current_wal_lsn()::text AS lsn')) as {
        lsn: string;
      }[];
      this.positions.push({ at: Date.now(), position: walPosition(row.lsn) });
      // Enough history to tell "older than allowed" apart from "up to date".
      const kept = Date.now() - (this.maxLagSeconds + 2) * 1000;
      while (this.positions.length > 3_600 || (this.positions.length > 2 && this.positions[1].at < kept)) {
        this.positions.shift();
      }
    } catch {
      // The primary does not answer: the replicas are judged on the positions noted so far.
    }
    await Promise.all(
      this.replicas.map((replica) =>
        withTimeout(this.probeOne(replica), PROBE_TIMEOUT_MS).catch((error: Error) =>
          this.unfit(replica, error.message),
        ),
      ),
    );
  }

  private async probeOne(replica: Replica): Promise<void> {
    const target = replica.target ?? (await this.open(replica));
    const [row] = (await target.checkDataSource.query(
      'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed',
    )) as { standby: boolean; replayed: string | null }[];
    if (!row.standby || !row.replayed) return this.unfit(replica, 'not a standby');
    const replayed = walPosition(row.replayed);
    // As old as the newest noted position it has replayed; older than every one noted: older than they are.
    const newestReplayed = [...this.positions].reverse().find((noted) => noted.position <= replayed);
    const lag = (Date.now() - (newestReplayed ?? this.positions[0] ?? { at: Date.now() }).at) / 1000;
    replicaLag.set({ replica: replica.label }, Math.round(lag * 10) / 10);
    const fit = lag <= this.maxLagSeconds;
    if (fit !== replica.fit) {
      this.options!.log[fit ? 'info' : 'warn'](
        { replica: replica.label, lag },
        fit ? 'read replica in use' : 'read replica lags: reads go elsewhere',
      );
    }
    replica.fit = fit;
  }

  /** The replica's pools, opened once it answers; a failed opening is retried whole at the next probe. */
  private async open(replica: Replica): Promise<ReadTarget> {
    const options = this.options!;
    const ssl = await options.ssl?.(replica.url);
    const make = (poolSize?: number) =>
      createDataSource(options.name, { url: replica.url, entities: options.entities, ssl, bounded: true, poolSize });
    const target = { dataSource: make(), checkDataSource: make(options.checkPoolSize) };
    try {
      for (const source of [target.dataSource, target.checkDataSource]) {
        await source.initialize();
        // A server going away ends its idle connections first: no reads go there from then, not at the next probe.
        poolOf(source).on('error', () => this.unfit(replica, 'a connection to it failed'));
      }
    } catch (error) {
      await Promise.all(
        [target.dataSource, target.checkDataSource].filter((s) => s.isInitialized).map((s) => s.destroy()),
      );
      throw error;
    }
    replica.target = target;
    return target;
  }

  private unfit(replica: Replica, reason: string): void {
    replicaLag.set({ replica: replica.label }, -1);
    if (replica.fit)
      this.options!.log.warn({ replica: replica.label, reason }, 'read replica down: reads go elsewhere');
    replica.fit = false;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
