import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ensureDevelopmentKeys } from '../shared/auth';
import { ensureServiceLogins } from '../shared/database-roles';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';

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
  gateway: 'gateway/src/index.ts',
};

export interface ServiceProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts one service as its own Node process, its output appended to `<logDir>/<name>.log`, and waits until ready. */
export async function startService(
  name: ServiceName,
  options: { port: number; logDir: string; env: NodeJS.ProcessEnv },
): Promise<ServiceProcess> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const env = { ...options.env, [`${name.toUpperCase()}_PORT`]: String(options.port) };
  // LIAISON_CPU_PROF_DIR: each service writes a V8 CPU profile there when it stops (`node --cpu-prof`).
  const profile = env.LIAISON_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.LIAISON_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ENTRY_POINTS[name]], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilReady(name, options.port, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://localhost:${options.port}/graphql`, stop };
}

export interface Stack {
  urls: Record<ServiceName, string>;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs and then the gateway, each its own process, and waits until all are ready. Each subgraph
 * connects as its own database role (`ensureServiceLogins` gives the roles their development passwords); no service
 * process is given the administrator's database URL.
 */
export async function startStack(options: {
  ports: Record<ServiceName, number>;
  logDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<Stack> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of SUBGRAPH_NAMES)
    env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${options.ports[name]}/graphql`;
  env.GATEWAY_URL = `http://127.0.0.1:${options.ports.gateway}/graphql`;
  const serviceUrls = await ensureServiceLogins(env);
  const services = new Map<ServiceName, ServiceProcess>();
  const stopAll = async () => {
    await services.get('gateway')?.stop();
    await Promise.all([...services.values()].map((service) => service.stop()));
  };
  const launch = async (name: ServiceName) => {
    const own = serviceEnv(env, name === 'gateway' ? undefined : [name, serviceUrls[name]]);
    services.set(name, await startService(name, { port: options.ports[name], logDir: options.logDir, env: own }));
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
  const urls = Object.fromEntries([...services].map(([name, service]) => [name, service.url])) as Record<
    ServiceName,
    string
  >;
  return { urls, stop: stopAll };
}

/**
 * A service's environment without any administrator database URL; a subgraph gets its role's URL, also as
 * `DATABASE_URL` for the services of an earlier checkout (`LIAISON_SERVICES_ROOT`), which know no other variable.
 */
function serviceEnv(env: NodeJS.ProcessEnv, database?: [SubgraphName, string]): NodeJS.ProcessEnv {
  const own = Object.fromEntries(Object.entries(env).filter(([key]) => !/(^|_)DATABASE_URL$/.test(key)));
  if (!database) return own;
  const [name, url] = database;
  return { ...own, DATABASE_URL: url, [`${name.toUpperCase()}_SERVICE_DATABASE_URL`]: url };
}

async function waitUntilReady(name: string, port: number, child: ChildProcess, logFile: string): Promise<void> {
  // Generous: on a loaded two-core machine a service compiling through tsx takes tens of seconds to come up.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`http://localhost:${port}/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
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
 * The stack on free ports over `databaseUrl`, with fresh development keys in `keysDir`, set for this process too so
 * that it signs what the services verify: how the test suite, the search evaluation and the benchmark start it.
 */
export async function startStackOnFreePorts(options: {
  databaseUrl: string;
  logDir: string;
  keysDir: string;
}): Promise<Stack> {
  process.env.LIAISON_KEYS_DIR = options.keysDir;
  await ensureDevelopmentKeys();
  const names: ServiceName[] = ['gateway', ...SUBGRAPH_NAMES];
  const ports = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()] as const)));
  return startStack({
    ports: ports as Record<ServiceName, number>,
    logDir: options.logDir,
    env: { DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'warn', LIAISON_KEYS_DIR: options.keysDir },
  });
}
