import { mkdtempSync, rmSync, statSync, chmodSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDevelopmentKeys } from '../../shared/auth';
import { reachableDataDir } from '../../shared/embedded-postgres';

const asRoot = process.getuid?.() === 0;

describe('the embedded cluster folder, for a PostgreSQL running as its own system user', () => {
  let root: string;
  const keysDir = process.env.LIAISON_KEYS_DIR;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'liaison-dirs-'));
    chmodSync(root, 0o755);
  });
  afterEach(() => {
    process.env.LIAISON_KEYS_DIR = keysDir;
    rmSync(root, { recursive: true, force: true });
  });

  it('the development keys stay private without closing .data, which holds the cluster too', async () => {
    process.env.LIAISON_KEYS_DIR = path.join(root, '.data', 'keys');
    await ensureDevelopmentKeys();
    expect(statSync(path.join(root, '.data', 'keys')).mode & 0o077).toBe(0);
    expect(statSync(path.join(root, '.data')).mode & 0o001).toBe(0o001);
  });

  (asRoot ? it : it.skip)('run as root: .data is opened to others if it was closed', () => {
    mkdirSync(path.join(root, '.data'), { mode: 0o700 });
    expect(reachableDataDir(path.join(root, '.data', 'postgres'))).toBe(path.join(root, '.data', 'postgres'));
    expect(statSync(path.join(root, '.data')).mode & 0o001).toBe(0o001);
  });

  (asRoot ? it : it.skip)(
    'run as root under a closed folder (/root): the cluster moves to the temporary folder',
    () => {
      const closed = path.join(root, 'home');
      mkdirSync(path.join(closed, 'project'), { recursive: true, mode: 0o700 });
      chmodSync(closed, 0o700);
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
      const dataDir = reachableDataDir(path.join(closed, 'project', '.data', 'postgres'));
      warn.mockRestore();
      expect(dataDir.startsWith(os.tmpdir())).toBe(true);
      expect(path.basename(dataDir)).toBe('postgres');
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  );

  (asRoot ? it : it.skip)('refuses a temporary folder that others can write to (its name is predictable)', () => {
    const closed = path.join(root, 'home2');
    mkdirSync(path.join(closed, 'project'), { recursive: true });
    chmodSync(closed, 0o700);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const dataDir = reachableDataDir(path.join(closed, 'project', '.data', 'postgres'));
    chmodSync(path.dirname(dataDir), 0o777);
    try {
      expect(() => reachableDataDir(path.join(closed, 'project', '.data', 'postgres'))).toThrow(/root's alone/);
    } finally {
      warn.mockRestore();
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});
