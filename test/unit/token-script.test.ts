import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const keysDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-token-keys-'));

function token(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LIAISON_KEYS_DIR: keysDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

describe('npm run token', () => {
  it("gives each jurisdiction's development user its own sub", () => {
    const de = token('--jurisdiction', 'DE');
    const fi = token('--jurisdiction', 'fi', '--roles', 'analyst');
    expect(de.status).toBe(0);
    expect(claims(de.stdout)).toMatchObject({ sub: 'dev-officer-de', jurisdiction: 'DE', roles: ['officer'] });
    expect(claims(fi.stdout)).toMatchObject({ sub: 'dev-analyst-fi', jurisdiction: 'FI', agency: 'FI-KRP' });
  });

  it('refuses a partner without a contract, and an unknown role', () => {
    const partner = token('--roles', 'partner');
    expect(partner.status).toBe(2);
    expect(partner.stdout).toBe('');
    expect(partner.stderr).toMatch(/--contract hit-no-hit/);
    expect(token('--roles', 'partner', '--contract', 'hit-no-hit').status).toBe(0);
    expect(token('--roles', 'superuser').stderr).toMatch(/unknown role superuser/);
  });

  it('answers --help', () => {
    const help = token('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run token/);
  });
});
