// A process that starts one gateway as `npm start` and the test stack do (scripts/stack.ts) and prints its pid, for
// test/lifecycle.test.ts to kill this parent and see the gateway stop by itself.
import os from 'node:os';
import path from 'node:path';
import { startService } from '../../scripts/stack';
import { freePort } from '../setup/database';

async function main(): Promise<void> {
  const gateway = await startService('gateway', {
    port: await freePort(),
    metricsPort: 0,
    logDir: path.join(os.tmpdir(), 'liaison-test-lifecycle'),
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  console.log(JSON.stringify({ pid: gateway.pid, url: gateway.url }));
  setInterval(() => undefined, 60_000);
}

void main();
