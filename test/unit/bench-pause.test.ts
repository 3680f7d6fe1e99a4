import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { signalProcessTree, whileStopped } from '../../bench/metrics';

/** A process's state letter from /proc: T when stopped, R or S when it runs or sleeps. */
const state = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
const children = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('npm run bench: the stacks not measured are stopped for a round', () => {
  it('stops a process and its children (SIGSTOP), and lets them all run again (SIGCONT)', async () => {
    // A parent with one child, as a service with a replica or Hive Gateway with a worker.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        "require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000)",
      ],
      { stdio: 'ignore' },
    );
    try {
      await until(() => children(parent.pid!).length === 1);
      const [child] = children(parent.pid!);
      signalProcessTree(parent.pid!, 'SIGSTOP');
      await until(() => state(parent.pid!) === 'T' && state(child) === 'T');
      expect([state(parent.pid!), state(child)]).toEqual(['T', 'T']);
      signalProcessTree(parent.pid!, 'SIGCONT');
      await until(() => state(parent.pid!) !== 'T' && state(child) !== 'T');
      expect(state(parent.pid!)).not.toBe('T');
      expect(state(child)).not.toBe('T');
      process.kill(child, 'SIGKILL');
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('keeps processes stopped while the work runs, and lets them run again even when it fails', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      let during = '';
      await expect(
        whileStopped([other.pid!], async () => {
          await until(() => state(other.pid!) === 'T');
          during = state(other.pid!);
          throw new Error('the round failed');
        }),
      ).rejects.toThrow('the round failed');
      expect(during).toBe('T');
      await until(() => state(other.pid!) !== 'T');
      expect(state(other.pid!)).not.toBe('T');
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('passes over a process that is gone', () => {
    expect(() => signalProcessTree(2 ** 22 + 1, 'SIGSTOP')).not.toThrow();
  });
});
