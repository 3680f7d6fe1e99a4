import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Principal } from '../../shared/auth';
import { ensureDevelopmentLinkKey, openLinkId, openLinkIds, sealLinkId } from '../../shared/link-ids';

const SE_OFFICER: Principal = { userId: 'se-officer', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const DE_OFFICER: Principal = { userId: 'de-officer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const HOLDER = '68eeaf61-65ee-4101-8aaa-000000091fda';

/** The nonce of a sealed id: the first 12 bytes after `L1.`. */
const nonceOf = (sealed: string) => Buffer.from(sealed.slice(3), 'base64url').subarray(0, 12).toString('hex');

describe('sealed link ids', () => {
  const saved = process.env.LIAISON_KEYS_DIR;
  let keys: string;
  beforeAll(() => {
    keys = mkdtempSync(path.join(os.tmpdir(), 'liaison-link-keys-'));
    process.env.LIAISON_KEYS_DIR = keys;
    ensureDevelopmentLinkKey(keys);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LIAISON_KEYS_DIR;
    else process.env.LIAISON_KEYS_DIR = saved;
    rmSync(keys, { recursive: true, force: true });
  });

  it('opens for the caller it was sealed for, and for no other', () => {
    const sealed = sealLinkId(HOLDER, SE_OFFICER);
    expect(sealed).toMatch(/^L1\.[A-Za-z0-9_-]{59}$/);
    expect(sealed).not.toContain('91fda');
    expect(openLinkId(sealed, SE_OFFICER)).toBe(HOLDER);
    // A principal with the same identity (another request of the same user) opens it too.
    expect(openLinkId(sealed, { ...SE_OFFICER })).toBe(HOLDER);
    expect(openLinkId(sealed, DE_OFFICER)).toBeNull();
    expect(openLinkId(sealed, { ...SE_OFFICER, userId: 'se-other' })).toBeNull();
  });

  it('refuses a sealed id with any byte changed, a raw id and a foreign string', () => {
    const sealed = sealLinkId(HOLDER, SE_OFFICER);
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const at of [0, 11, 12, 27, 28, 43]) {
      const tampered = Buffer.from(bytes);
      tampered[at] ^= 1;
      expect(openLinkId(`L1.${tampered.toString('base64url')}`, SE_OFFICER)).toBeNull();
    }
    expect(openLinkIds([HOLDER, 'L1.xyz', 42, null, sealed], SE_OFFICER)).toEqual([HOLDER]);
  });

  it('never seals the same id the same way twice: a fresh nonce each time, across refills of the nonce pool', () => {
    // Several times the 256 nonces drawn at once, so that the pool is drawn again more than once.
    const sealed = Array.from({ length: 2_000 }, () => sealLinkId(HOLDER, SE_OFFICER));
    expect(new Set(sealed).size).toBe(sealed.length);
    expect(new Set(sealed.map(nonceOf)).size).toBe(sealed.length);
    expect(openLinkIds(sealed, SE_OFFICER)).toEqual(Array(sealed.length).fill(HOLDER));
  });
});
