// Hive Gateway (the `@graphql-hive/gateway` CLI, a devDependency) as a child process on the committed supergraph,
// routed to this run's subgraphs, for comparison with our Apollo gateway on the same subgraphs and the same load.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_CREDENTIAL_HEADER, PURPOSE_HEADER, keysDir } from '../shared/auth';
import { developmentCaFile } from '../shared/tls';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { SUPERGRAPH_PATH } from '../gateway/src/compose';

const CONFIG = path.join(__dirname, 'hive-gateway.config.ts');

export interface HiveGateway {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function cliPath(): string {
  const manifest = require.resolve('@graphql-hive/gateway/package.json');
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway'];
  return path.join(path.dirname(manifest), bin);
}

export async function startHiveGateway(options: {
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  logFile: string;
}): Promise<HiveGateway> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_HIVE_SUBGRAPHS: SUBGRAPH_NAMES.join(','),
    BENCH_HIVE_PROPAGATED_HEADERS: ['authorization', PURPOSE_HEADER].join(','),
    BENCH_HIVE_CREDENTIAL_HEADER: GATEWAY_CREDENTIAL_HEADER,
    // The development gateway key the stack of this run verifies with, and the CA its subgraphs' certificates chain to.
    BENCH_HIVE_GATEWAY_KEY_FILE: path.join(keysDir(), 'gateway-private.pem'),
    NODE_EXTRA_CA_CERTS: developmentCaFile(),
  };
  for (const name of SUBGRAPH_NAMES) env[`${name.toUpperCase()}_URL`] = options.subgraphUrls[name];
  const child = spawn(
    process.execPath,
    [cliPath(), 'supergraph', SUPERGRAPH_PATH, '--port', String(options.port), '--host', '127.0.0.1', '-c', CONFIG],
    { cwd: path.resolve(__dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Hive Gateway exited with code ${child.exitCode}; see ${options.logFile}`);
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/readiness`)).ok)
        return { url: `http://127.0.0.1:${options.port}/graphql`, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`Hive Gateway was not ready within 60 s; see ${options.logFile}`);
}
