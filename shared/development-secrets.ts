import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keysDir } from './auth';

/**
 * A development secret kept with the development keys (`<keysDir>/<name>.secret`, mode 0600, or in `dir`), made on first use:
 * the embedded PostgreSQL's superuser password and the services' database passwords. Two processes asking at once
 * get the same secret (the first link wins, the others read it).
 */
export function developmentSecret(name: string, dir = keysDir()): string {
  if (!/^[a-z0-9_-]+$/.test(name)) throw new Error(`not a secret name: ${name}`);
  const file = path.join(dir, `${name}.secret`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    // Written aside and linked into place: a reader never sees a half-written file.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(24).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (!secret) throw new Error(`${file} is empty: remove it to make a new one`);
  return secret;
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for `password`, so that `ALTER ROLE ... PASSWORD` never sends (or
 * logs) the password itself.
 */
export function scramVerifier(password: string, salt = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const storedKey = createHash('sha256').update(hmac(salted, 'Client Key')).digest('base64');
  const serverKey = hmac(salted, 'Server Key').toString('base64');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey}:${serverKey}`;
}
