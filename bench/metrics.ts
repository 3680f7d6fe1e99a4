// What the services say about themselves during a run: SQL statements sent (liaison_sql_statements_total) and CPU
// time (process_cpu_seconds_total), read from /metrics before and after a run; and resident memory, sampled each
// second, and the CPU time of a process that has no /metrics of ours (Hive Gateway), read from /proc.
import { readFileSync } from 'node:fs';

/** The value of an unlabelled metric in a Prometheus text exposition. */
function metricValue(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in /metrics`);
  return Number(line.slice(name.length + 1).split(' ')[0]);
}

export interface ServiceMetrics {
  sqlStatements: number;
  cpuSeconds: number;
}

/** A service's `/metrics`, on its own port (`metricsUrl`, from the stack). */
export async function readMetrics(metricsUrl: string): Promise<ServiceMetrics> {
  const response = await fetch(metricsUrl);
  const text = await response.text();
  return {
    sqlStatements: metricValue(text, 'liaison_sql_statements_total'),
    cpuSeconds: metricValue(text, 'process_cpu_seconds_total'),
  };
}

/** The pids of a process's children, from /proc (Linux); none where /proc cannot tell. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Stops (SIGSTOP) or lets run again (SIGCONT) a process and its descendants (a service's replicas, Hive Gateway's
 * workers); a process already gone is passed over.
 */
export function signalProcessTree(pid: number, signal: 'SIGSTOP' | 'SIGCONT'): void {
  for (const child of childPids(pid)) signalProcessTree(child, signal);
  try {
    process.kill(pid, signal);
  } catch {
    // gone
  }
}

/**
 * Runs `work` with the processes `pids` and their descendants stopped (SIGSTOP), and lets them run again after it
 * (SIGCONT), however it ends: on one machine, what is not measured takes no CPU from what is.
 */
export async function whileStopped<T>(pids: readonly number[], work: () => Promise<T>): Promise<T> {
  for (const pid of pids) signalProcessTree(pid, 'SIGSTOP');
  try {
    return await work();
  } finally {
    for (const pid of pids) signalProcessTree(pid, 'SIGCONT');
  }
}

/** Resident memory of a process and its descendants, from /proc (Linux); 0 where /proc cannot tell. */
export function processTreeRss(pid: number): number {
  try {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    return rss + childPids(pid).reduce((sum, child) => sum + processTreeRss(child), 0);
  } catch {
    return 0;
  }
}

/** The fields of `/proc/<pid>/stat` after the command name (which may hold spaces): state first; throws if none. */
function statFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
}

/**
 * User and system CPU time of a process and its live descendants, from /proc/<pid>/stat (Linux, 100 ticks a second);
 * 0 where unknown.
 */
export function processTreeCpuSeconds(pid: number): number {
  try {
    // utime and stime are the 12th and 13th fields after the command name.
    const fields = statFields(pid);
    const own = (Number(fields[11]) + Number(fields[12])) / 100;
    return own + childPids(pid).reduce((sum, child) => sum + processTreeCpuSeconds(child), 0);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of a PostgreSQL server on this machine so far: its postmaster's own and that of the backends it has
 * reaped (cutime, cstime), plus its live processes' (backends, checkpointer, WAL writer, autovacuum); 0 where unknown.
 */
export function postgresCpuSeconds(postmasterPid: number): number {
  try {
    const fields = statFields(postmasterPid);
    const reaped = (Number(fields[13]) + Number(fields[14])) / 100;
    return reaped + processTreeCpuSeconds(postmasterPid);
  } catch {
    return 0;
  }
}

/** The pid of the postmaster whose backend has pid `backendPid`, when it runs on this machine (Linux); else undefined. */
export function postmasterOf(backendPid: number): number | undefined {
  try {
    const parent = Number(statFields(backendPid)[1]);
    return readFileSync(`/proc/${parent}/comm`, 'utf8').trim() === 'postgres' ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** Samples memory once a second while a run lasts and keeps each process's peak. */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly sources: Record<string, () => Promise<number> | number>) {}

  start(): void {
    this.peaks.clear();
    void this.sample();
    this.timer = setInterval(() => void this.sample(), 1000);
  }

  async stop(): Promise<Record<string, number>> {
    clearInterval(this.timer);
    await this.sample();
    return Object.fromEntries(this.peaks);
  }

  private async sample(): Promise<void> {
    await Promise.all(
      Object.entries(this.sources).map(async ([name, read]) => {
        try {
          const value = await read();
          this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, value));
        } catch {
          // a missed sample during a run is not worth failing the run for
        }
      }),
    );
  }
}
