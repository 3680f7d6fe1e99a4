import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ensureDevelopmentKeys } from '../shared/auth';
import { ensureServiceLogins, serviceReadDatabaseUrls } from '../shared/database-roles';
import { metricsPort, tlsEnabled } from '../shared/config';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { ensureDevelopmentCertificates, probe } from '../shared/tls';

/**
 * Where the services' code is: this checkout, or `LIAISON_SERVICES_ROOT` (another checkout, e.g. a git worktree of an
 * earlier commit with its own `npm ci`), so that the benchmark can measure two commits on the same data and inputs.
 */
const ROOT = path.resolve(process.env.LIAISON_SERVICES_ROOT ?? path.resolve(__dirname, '..'));
const READY_TIMEOUT_MS = 180_000;
export type ServiceName = SubgraphName | 'gateway';

const ENTRY_POINTS: Record<ServiceName, string> = {
  persons: 'subgraphs/persons/src/index.ts',
  documents: 'subgraphs/documents/src/index.ts',
  vehicles: 'subgraphs/vehicles/src/index.ts',
  substances: 'subgraphs/substances/src/index.ts',
  exchange: 'subgraphs/exchange/src/index.ts',
  gateway: 'gateway/src/index.ts',
};

export interface ServiceProcess {
  url: string;
  /** The service's process id. */
  pid: number;
  /** Its Prometheus metrics, on a port of their own (plain HTTP, loopback). */
  metricsUrl: string;
  stop(): Promise<void>;
}

/** The scheme a service answers on: the subgraphs serve HTTPS unless `LIAISON_TLS=off`; the gateway plain HTTP. */
export function serviceScheme(name: ServiceName, env: NodeJS.ProcessEnv = process.env): 'http' | 'https' {
  return name !== 'gateway' && tlsEnabled(env) ? 'https' : 'http';
}

/**
 * Starts one service as its own Node process, its output appended to `<logDir>/<name>.log`, and waits until ready
 * (its /ready over HTTPS, trusting the services' CA, when it serves HTTPS).
 */
export async function startService(
  name: ServiceName,
  options: { port: number; metricsPort?: number; logDir: string; env: NodeJS.ProcessEnv },
): Promise<ServiceProcess> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const env = { ...options.env, [`${name.toUpperCase()}_PORT`]: String(options.port) };
  if (options.metricsPort !== undefined) env[`${name.toUpperCase()}_METRICS_PORT`] = String(options.metricsPort);
  const origin = `${serviceScheme(name, env)}://127.0.0.1:${options.port}`;
  // LIAISON_CPU_PROF_DIR: each service writes a V8 CPU profile there when it stops (`node --cpu-prof`).
  const profile = env.LIAISON_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.LIAISON_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ENTRY_POINTS[name]], {
    cwd: ROOT,
    env,
    // An IPC channel: the service stops when it closes, so that no service outlives the process that started it.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.channel?.unref();
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // A stopped process (SIGSTOP) acts on the SIGTERM once it runs again.
    child.kill('SIGCONT');
    await exited;
  };
  try {
    await waitUntilReady(name, `${origin}/ready`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const metrics = options.metricsPort ?? metricsPort(name);
  return { url: `${origin}/graphql`, pid: child.pid!, metricsUrl: `http://127.0.0.1:${metrics}/metrics`, stop };
}

export interface Stack {
  urls: Record<ServiceName, string>;
  metricsUrls: Record<ServiceName, string>;
  /** Each service's process id at start (the benchmark reads memory from /proc instead of scraping /metrics). */
  pids: Record<ServiceName, number>;
  /** A service's process now (after a restart, the new one). */
  service(name: ServiceName): ServiceProcess;
  /** Stops a service if it still runs and starts it again on the same ports with the same settings. */
  restart(name: ServiceName): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs and then the gateway, each its own process, and waits until all are ready. Each subgraph
 * connects as its own database role (`ensureServiceLogins` gives the roles their development passwords); no service
 * process is given the administrator's database URL.
 */
export async function startStack(options: {
  ports: Record<ServiceName, number>;
  /** Ports of /metrics; else each service's `<NAME>_METRICS_PORT` or default. */
  metricsPorts?: Record<ServiceName, number>;
  logDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<Stack> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of SUBGRAPH_NAMES)
    env[`${name.toUpperCase()}_URL`] = `${serviceScheme(name, env)}://127.0.0.1:${options.ports[name]}/graphql`;
  env.GATEWAY_URL = `${serviceScheme('gateway', env)}://127.0.0.1:${options.ports.gateway}/graphql`;
  const serviceUrls = await ensureServiceLogins(env);
  const services = new Map<ServiceName, ServiceProcess>();
  const stopAll = async () => {
    await services.get('gateway')?.stop();
    await Promise.all([...services.values()].map((service) => service.stop()));
  };
  const launch = async (name: ServiceName) => {
    const own = serviceEnv(env, name === 'gateway' ? undefined : [name, serviceUrls[name]]);
    services.set(
      name,
      await startService(name, {
        port: options.ports[name],
        metricsPort: options.metricsPorts?.[name],
        logDir: options.logDir,
        env: own,
      }),
    );
  };
  try {
    // Every launch settles before a failure is reported, so that no service still starting is left running.
    const launched = await Promise.allSettled(SUBGRAPH_NAMES.map(launch));
    const failed = launched.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    await launch('gateway');
  } catch (error) {
    await stopAll();
    throw error;
  }
  const field = <K extends 'url' | 'metricsUrl' | 'pid'>(key: K) =>
    Object.fromEntries([...services].map(([name, service]) => [name, service[key]])) as Record<
      ServiceName,
      ServiceProcess[K]
    >;
  return {
    urls: field('url'),
    metricsUrls: field('metricsUrl'),
    pids: field('pid'),
    service: (name) => services.get(name)!,
    restart: async (name) => {
      await services.get(name)?.stop();
      await launch(name);
      return services.get(name)!;
    },
    stop: stopAll,
  };
}

/**
 * A service's environment without any administrator database URL; a subgraph gets its role's URLs, also as
 * `DATABASE_URL` for the services of an earlier checkout (`LIAISON_SERVICES_ROOT`), which know no other variable.
 */
function serviceEnv(env: NodeJS.ProcessEnv, database?: [SubgraphName, string]): NodeJS.ProcessEnv {
  const own = Object.fromEntries(Object.entries(env).filter(([key]) => !/(^|_)DATABASE_URLS?$/.test(key)));
  if (!database) return own;
  const [name, url] = database;
  // Its read replicas' URLs too (READ_DATABASE_URLS), as its own role.
  const replicas = serviceReadDatabaseUrls(name, env).join(',');
  return {
    ...own,
    DATABASE_URL: url,
    [`${name.toUpperCase()}_SERVICE_DATABASE_URL`]: url,
    ...(replicas ? { [`${name.toUpperCase()}_SERVICE_READ_DATABASE_URLS`]: replicas } : {}),
  };
}

async function waitUntilReady(name: string, readyUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  // Generous: on a loaded two-core machine a service compiling through tsx takes tens of seconds to come up.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
    try {
      if ((await probe(readyUrl, 5000)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

/** `count` distinct TCP ports on 127.0.0.1 that nothing listens on now (each held until all are found). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.unref();
          server.on('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The stack on free ports over `databaseUrl`, with fresh development keys and certificates in `keysDir`, set for this
 * process too so that it signs what the services verify and trusts their CA: how the test suite, the search
 * evaluation and the benchmark start it. `env` adds settings (`LIAISON_TLS=off`).
 */
export async function startStackOnFreePorts(options: {
  databaseUrl: string;
  logDir: string;
  keysDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<Stack> {
  process.env.LIAISON_KEYS_DIR = options.keysDir;
  await ensureDevelopmentKeys();
  await ensureDevelopmentCertificates();
  const names: ServiceName[] = ['gateway', ...SUBGRAPH_NAMES];
  const found = await freePorts(names.length * 2);
  const portsOf = (offset: number) =>
    Object.fromEntries(names.map((name, i) => [name, found[offset + i]])) as Record<ServiceName, number>;
  return startStack({
    ports: portsOf(0),
    metricsPorts: portsOf(names.length),
    logDir: options.logDir,
    env: { DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'warn', LIAISON_KEYS_DIR: options.keysDir, ...options.env },
  });
}
