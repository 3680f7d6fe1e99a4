import { createCipheriv, createDecipheriv, randomBytes, randomFillSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keysDir, type Principal } from './auth';
import { isProduction } from './config';

// The ids a record holds of records in other subgraphs (`Document.holderId`, `Vehicle.holderId`, `Seizure.personIds`,
// `Seizure.vehicleIds`) travel through the gateway to the subgraph that owns the linked record. They are sealed on the
// way: AES-256-GCM under a key only the subgraphs hold, a fresh nonce each time, bound to the caller. Whoever reads
// them straight from a subgraph (with a captured gateway credential) learns neither the id nor whether two records
// share a holder, and only the owning subgraph opens them, then applies its own visibility rule to what they name.

const PREFIX = 'L1.';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key file: `LIAISON_LINK_KEY_FILE`, else `links.key` beside the development keys (`keysDir`). */
function linkKeyFile(keysDir: string): string | undefined {
  return process.env.LIAISON_LINK_KEY_FILE ?? (isProduction ? undefined : path.join(keysDir, 'links.key'));
}

/** Makes the development link key (32 random bytes, base64, readable by this user only) when it does not exist. */
export function ensureDevelopmentLinkKey(keysDir: string): void {
  const file = path.join(keysDir, 'links.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
}

let cachedKey: { dir: string; key: Buffer } | undefined;

function linkKey(): Buffer {
  const dir = keysDir();
  if (cachedKey?.dir === dir) return cachedKey.key;
  const file = linkKeyFile(dir);
  if (!file || !existsSync(file)) {
    throw new Error('No link key: set LIAISON_LINK_KEY_FILE (32 random bytes, base64) or run `npm start` once');
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} must hold 32 bytes, base64`);
  cachedKey = { dir, key };
  return key;
}

/** Each caller's binding, made once per verified principal (the token cache hands the same one to its requests). */
const bindings = new WeakMap<Principal, Buffer>();

/** What a sealed id is bound to: the caller it was sealed for, so that another caller cannot replay it. */
function boundTo(principal: Principal): Buffer {
  let binding = bindings.get(principal);
  if (!binding) {
    binding = Buffer.from(`${principal.jurisdiction}\u0000${principal.agency}\u0000${principal.userId}`);
    bindings.set(principal, binding);
  }
  return binding;
}

/**
 * Random nonces drawn from the CSPRNG 256 at a time and each used once: one `randomBytes` call per seal was half of a
 * seal's CPU (a page of seizures seals some 30 ids). As Node's own `randomUUID` does with its entropy.
 */
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let nonceOffset = noncePool.length;

/** A fresh nonce: a view of the pool, which the caller copies before the pool is drawn again. */
function freshNonce(): Buffer {
  if (nonceOffset === noncePool.length) {
    randomFillSync(noncePool);
    nonceOffset = 0;
  }
  nonceOffset += NONCE_BYTES;
  return noncePool.subarray(nonceOffset - NONCE_BYTES, nonceOffset);
}

/** Seals a record id for the caller: `L1.` and base64url of nonce, tag and the 16 bytes of the uuid. */
export function sealLinkId(id: string, principal: Principal): string {
  // Used synchronously: the cipher and the concatenation below copy it.
  const nonce = freshNonce();
  const cipher = createCipheriv('aes-256-gcm', linkKey(), nonce).setAAD(boundTo(principal));
  const sealed = Buffer.concat([cipher.update(Buffer.from(id.replace(/-/g, ''), 'hex')), cipher.final()]);
  return PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The record id a sealed id names, or null when it is not one this caller was given (forged, raw, replayed). */
export function openLinkId(sealed: unknown, principal: Principal): string | null {
  if (typeof sealed !== 'string' || !sealed.startsWith(PREFIX) || sealed.length > 80) return null;
  const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  if (bytes.length !== NONCE_BYTES + TAG_BYTES + 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', linkKey(), bytes.subarray(0, NONCE_BYTES))
      .setAAD(boundTo(principal))
      .setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    const hex = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'hex',
    );
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return UUID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** The records a list of sealed ids names, in order, without the ones that do not open. */
export function openLinkIds(sealed: readonly unknown[], principal: Principal): string[] {
  return sealed.map((one) => openLinkId(one, principal)).filter((id): id is string => id !== null);
}
