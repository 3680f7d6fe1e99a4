// Lifecycle: a service started by another process stops when that process dies (no orphans under a supervisor, a
// container or a script), and a service sent SIGTERM stops.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startService } from '../scripts/stack';
import { freePort } from './setup/database';
import os from 'node:os';
import { until } from './support/until';
import { alive } from './support/processes';

describe('service lifecycle', () => {
  it('a service whose parent is killed (SIGKILL, no cleanup) stops by itself', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'support', 'gateway-parent.ts')], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    parent.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(() => output.includes('"pid"'), 'the parent started its gateway', 120_000);
    const { pid } = JSON.parse(output.trim().split('\n').pop()!) as { pid: number };
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await until(() => !alive(pid), `gateway ${pid} stopped after its parent died`, 30_000);
    expect(alive(pid)).toBe(false);
  });

  it('on SIGTERM a service stops', async () => {
    const gateway = await startService('gateway', {
      port: await freePort(),
      metricsPort: 0,
      logDir: path.join(os.tmpdir(), 'liaison-test-lifecycle'),
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    const health = gateway.url.replace(/graphql$/, 'health');
    expect((await fetch(health)).status).toBe(200);
    process.kill(gateway.pid, 'SIGTERM');
    await until(() => !alive(gateway.pid), `gateway ${gateway.pid} stopped on SIGTERM`, 30_000);
    await expect(fetch(health)).rejects.toThrow();
    await gateway.stop();
  });
});
