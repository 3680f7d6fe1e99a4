// Replicas of one service on one machine (issue 15): with LIAISON_REPLICAS=N the service's process becomes the primary
// of N Node cluster workers that share its port (the primary hands each connection to a worker in turn). Nothing a
// request needs lives in one worker only: the audit, the outboxes and the feeds' wake-ups are in PostgreSQL, the
// gateway's rate limits are counted in the primary for all workers, and /metrics adds up every worker's counters.
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { metricsPort } from './config';
import { createLogger } from './logger';
import { registry, serveMetrics } from './metrics';
import type { SubgraphName } from './schema';

/** The most replicas one service may ask for: more than the cores of any machine we plan for. */
const MAX_REPLICAS = 32;
/** A worker that dies this soon after its start is not restarted again at once: it would only die again. */
const RESTART_BACKOFF_MS = 1_000;

/** How many processes a service runs as: `LIAISON_REPLICAS` (1 to 32; default 1, this process alone). */
export function replicaCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LIAISON_REPLICAS?.trim();
  if (!raw) return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_REPLICAS) {
    throw new Error(`LIAISON_REPLICAS must be a whole number from 1 to ${MAX_REPLICAS}, got '${raw}'`);
  }
  return count;
}

/** Whether this process is one of several replicas (a cluster worker): its primary serves /metrics for all. */
export function isReplica(): boolean {
  return cluster.isWorker;
}

/**
 * Runs a service: `start` in this process when it runs alone, else in each of N workers forked from this process,
 * which stays their primary. The primary restarts a worker that dies, stops them all on SIGTERM/SIGINT (each drains
 * as a lone service does), and stops when the process that started it goes away.
 */
export function runReplicated(name: SubgraphName | 'gateway', start: () => Promise<unknown>): void {
  const count = cluster.isPrimary ? replicaCount() : 1;
  if (cluster.isWorker || count === 1) {
    if (cluster.isWorker) {
      // A worker answers its primary's requests for its counters (the constructor listens for them), from our registry.
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([registry]);
    }
    void start();
    return;
  }
  void superviseReplicas(name, count);
}

async function superviseReplicas(name: SubgraphName | 'gateway', count: number): Promise<void> {
  const log = createLogger(name);
  // The gateway's rate limits (gateway/src/rate-limits.ts) count here, for every worker.
  new RateLimiterClusterMaster();
  const metrics = new AggregatorRegistry();
  let stopping = false;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork({ LIAISON_REPLICA: String(startedAt.size + 1) }), Date.now());
  cluster.on('exit', (worker, code, signal) => {
    const since = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, 'a replica died: starting another');
    setTimeout(
      () => {
        if (!stopping) fork();
      },
      Math.max(0, RESTART_BACKOFF_MS - since),
    );
  });
  for (let i = 0; i < count; i++) fork();
  const metricsServer = await serveMetrics(metricsPort(name), () => metrics.clusterMetrics());
  log.info({ replicas: count }, `${name}: ${count} replicas on one port`);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    metricsServer.close();
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop());
  // Started by another process with an IPC channel (scripts/stack.ts): stop when that process is gone.
  if (process.channel) {
    process.channel.unref();
    process.once('disconnect', () => void stop());
  }
}
