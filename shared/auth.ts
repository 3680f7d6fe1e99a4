import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  createRemoteJWKSet,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWTVerifyGetKey,
} from 'jose';
import { ErrorCode } from './errors';
import { JURISDICTION_CODES, agencyByCode } from './jurisdictions';
import { isProduction } from './config';
import { ensureDevelopmentLinkKey } from './link-ids';

export const ROLES = ['officer', 'analyst', 'partner', 'data-protection', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: taken from a verified token, never from anything else the client sends. */
export interface Principal {
  userId: string;
  /** Agency code, e.g. `SE-NOA`. */
  agency: string;
  /** ISO 3166-1 alpha-2 code of the user's jurisdiction. */
  jurisdiction: string;
  roles: Role[];
  /** The schema contract a partner credential is bound to. */
  contract?: string;
}

const ALGORITHM = 'ES256';
/** Issuer of the gateway credential, checked by the subgraphs. */
export const GATEWAY_ISSUER = 'liaison-gateway';
/** Lifetime of one gateway credential; a subgraph refuses one that claims a longer life. */
export const GATEWAY_CREDENTIAL_SECONDS = 60;
/** Claim of the gateway credential holding the SHA-256 (base64url) of the user token it travels with. */
export const USER_TOKEN_HASH_CLAIM = 'uth';
/** Header carrying the gateway's credential from the gateway to the subgraphs. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-liaison-gateway';
/** Header carrying the purpose or case reference of a request (SPEC 5.2: why a search was made). */
export const PURPOSE_HEADER = 'x-liaison-purpose';

/** The bearer token of a request; a request without one is refused. */
export function bearerToken(headers: IncomingHttpHeaders): string {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!match) throw unauthenticated('send a Liaison token: `Authorization: Bearer <token>`');
  return match[1];
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

interface KeyPairFiles {
  privateKey: string;
  publicKey: string;
}

/** Folder of the development key pairs (`.data/keys`), made on first use; `LIAISON_KEYS_DIR` moves it. */
export function keysDir(): string {
  return process.env.LIAISON_KEYS_DIR ?? path.resolve(__dirname, '..', '.data', 'keys');
}

function keyFiles(name: 'users' | 'gateway'): KeyPairFiles {
  return {
    privateKey: path.join(keysDir(), `${name}-private.pem`),
    publicKey: path.join(keysDir(), `${name}-public.pem`),
  };
}

/** Creates the development key pairs for user tokens and the gateway credential when they do not exist yet. */
export async function ensureDevelopmentKeys(): Promise<void> {
  // The parent (`.data`) is created with the default mode: the embedded PostgreSQL keeps its cluster there too.
  mkdirSync(path.dirname(keysDir()), { recursive: true });
  mkdirSync(keysDir(), { recursive: true, mode: 0o700 });
  for (const name of ['users', 'gateway'] as const) {
    const files = keyFiles(name);
    if (existsSync(files.privateKey) && existsSync(files.publicKey)) continue;
    const pair = await generateKeyPair(ALGORITHM, { extractable: true });
    writeFileSync(files.privateKey, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    writeFileSync(files.publicKey, await exportSPKI(pair.publicKey));
  }
  ensureDevelopmentLinkKey(keysDir());
}

function readKey(envName: string, fallback: string): string {
  const file = process.env[envName] ?? (isProduction ? undefined : fallback);
  if (!file || !existsSync(file)) {
    throw new Error(`No key: set ${envName}${isProduction ? '' : ' or run `npm start` once to make development keys'}`);
  }
  return readFileSync(file, 'utf8');
}

export interface TokenSettings {
  issuer: string;
  audience: string;
  /** Longest a user token may live, from `iat` to `exp` (`LIAISON_MAX_TOKEN_LIFETIME`, seconds; 12 h). */
  maxLifetimeSeconds: number;
}

export function tokenSettings(): TokenSettings {
  return {
    issuer: process.env.LIAISON_JWT_ISSUER ?? 'liaison-dev',
    audience: process.env.LIAISON_JWT_AUDIENCE ?? 'liaison-api',
    maxLifetimeSeconds: Number(process.env.LIAISON_MAX_TOKEN_LIFETIME ?? 12 * 3600),
  };
}

/** A user id: printable, no control or line-breaking characters, 1 to 128 of them, not starting or ending in space. */
const USER_ID = /^[\p{L}\p{N}\p{P}\p{S}](?:[\p{L}\p{N}\p{P}\p{S} ]{0,126}[\p{L}\p{N}\p{P}\p{S}])?$/u;

/** Verifies the tokens users and partners present: a JWKS URL (`LIAISON_JWKS_URL`) or a PEM public key file. */
export async function userTokenVerifier(): Promise<(token: string) => Promise<Principal>> {
  const settings = tokenSettings();
  const key: CryptoKey | JWTVerifyGetKey = process.env.LIAISON_JWKS_URL
    ? createRemoteJWKSet(new URL(process.env.LIAISON_JWKS_URL))
    : await importSPKI(readKey('LIAISON_JWT_PUBLIC_KEY_FILE', keyFiles('users').publicKey), ALGORITHM);
  const cache = new VerifiedTokenCache<Principal>();
  return async (token) => {
    const cached = cache.get(token);
    if (cached) return cached;
    const { principal, expiresAt } = await verifyPrincipal(token, key, settings);
    return cache.put(token, principal, Math.min(expiresAt, Date.now() + 60_000));
  };
}

async function verifyPrincipal(
  token: string,
  key: CryptoKey | JWTVerifyGetKey,
  settings: TokenSettings,
): Promise<{ principal: Principal; expiresAt: number }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key as CryptoKey, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: [ALGORITHM, 'RS256'],
      requiredClaims: ['exp', 'sub', 'iat'],
      maxTokenAge: settings.maxLifetimeSeconds,
    }));
  } catch (error) {
    throw unauthenticated(`the token was refused: ${(error as Error).message}`);
  }
  if (payload.exp! - payload.iat! > settings.maxLifetimeSeconds) {
    throw unauthenticated(`the token lives longer than ${settings.maxLifetimeSeconds} s: ask for a shorter one`);
  }
  // The user id goes into every audit row: one printable line of at most 128 characters.
  if (!USER_ID.test(payload.sub!)) throw unauthenticated('the token names no valid user (`sub`)');
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  const jurisdiction = String(payload.jurisdiction ?? '');
  const agency = String(payload.agency ?? '');
  if (!JURISDICTION_CODES.has(jurisdiction))
    throw unauthenticated(`the token names no Liaison jurisdiction ('${jurisdiction}')`);
  if (!agencyByCode(agency) || !agency.startsWith(`${jurisdiction}-`)) {
    throw unauthenticated(`the token names no agency of ${jurisdiction} ('${agency}')`);
  }
  if (!roles.length || !roles.every((role): role is Role => (ROLES as readonly unknown[]).includes(role))) {
    throw unauthenticated(`the token's roles must be some of ${ROLES.join(', ')}`);
  }
  const contract = typeof payload.contract === 'string' ? payload.contract : undefined;
  if (roles.includes('partner') && !contract) throw unauthenticated('a partner credential must name its contract');
  return { principal: { userId: payload.sub!, agency, jurisdiction, roles, contract }, expiresAt: payload.exp! * 1000 };
}

/** The audience of the gateway credential for one subgraph: a credential for persons is refused by documents. */
export function subgraphAudience(subgraph: string): string {
  return `liaison-subgraph:${subgraph}`;
}

/** SHA-256 of a user token, base64url: what binds a gateway credential to the token it travels with. */
export function userTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The gateway's side: signs the credential it sends with a subgraph request, for that subgraph (audience) and that
 * user token (its hash), living GATEWAY_CREDENTIAL_SECONDS. Kept per (subgraph, user token) for half its life, so that
 * a user's requests do not each pay an ES256 signature.
 */
export async function gatewayCredentialSigner(): Promise<(subgraph: string, userToken: string) => Promise<string>> {
  const key = await importPKCS8(readKey('LIAISON_GATEWAY_PRIVATE_KEY_FILE', keyFiles('gateway').privateKey), ALGORITHM);
  const cache = new VerifiedTokenCache<string>();
  return async (subgraph, userToken) => {
    const cacheKey = `${subgraph} ${userToken}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const credential = await new SignJWT({ [USER_TOKEN_HASH_CLAIM]: userTokenHash(userToken) })
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(GATEWAY_ISSUER)
      .setSubject(GATEWAY_ISSUER)
      .setAudience(subgraphAudience(subgraph))
      .setIssuedAt()
      .setExpirationTime(`${GATEWAY_CREDENTIAL_SECONDS}s`)
      .sign(key);
    return cache.put(cacheKey, credential, Date.now() + (GATEWAY_CREDENTIAL_SECONDS / 2) * 1000);
  };
}

/**
 * A subgraph's side: refuses a request without a gateway credential issued by the gateway, for this subgraph, alive
 * and no longer-lived than the gateway issues them, and bound to the request's user token. A verified credential is
 * kept until it expires, with the last user token found to match its hash (another token is hashed and compared).
 */
export async function gatewayCredentialVerifier(
  subgraph: string,
): Promise<(credential: string | undefined, userToken: string) => Promise<void>> {
  const key = await importSPKI(readKey('LIAISON_GATEWAY_PUBLIC_KEY_FILE', keyFiles('gateway').publicKey), ALGORITHM);
  const audience = subgraphAudience(subgraph);
  const cache = new VerifiedTokenCache<{ hash: string; token?: string }>();
  return async (credential, userToken) => {
    if (!credential) throw unauthenticated('this service answers the Liaison gateway only: no gateway credential');
    let boundTo = cache.get(credential);
    // The token this credential was last found bound to: the same string again needs no hashing.
    if (boundTo?.token !== undefined && boundTo.token === userToken) return;
    if (boundTo === undefined) {
      try {
        const { payload } = await jwtVerify(credential, key, {
          issuer: GATEWAY_ISSUER,
          audience,
          algorithms: [ALGORITHM],
          requiredClaims: ['exp', 'iat', USER_TOKEN_HASH_CLAIM],
          // A few seconds of clock skew between the gateway's and this host's clocks.
          maxTokenAge: GATEWAY_CREDENTIAL_SECONDS + 5,
          clockTolerance: 5,
        });
        boundTo = cache.put(credential, { hash: String(payload[USER_TOKEN_HASH_CLAIM]) }, payload.exp! * 1000);
      } catch (error) {
        throw unauthenticated(`the gateway credential was refused: ${(error as Error).message}`);
      }
    }
    if (boundTo.hash !== userTokenHash(userToken))
      throw unauthenticated('the gateway credential was refused: it was issued for another user token');
    boundTo.token = userToken;
  };
}

/** Signs a user token with the development key (for `npm start`, the tests and the benchmark). */
export async function signDevelopmentToken(
  principal: Principal,
  options: { expiresIn?: string; privateKeyPem?: string } = {},
): Promise<string> {
  const settings = tokenSettings();
  const key = await importPKCS8(options.privateKeyPem ?? readFileSync(keyFiles('users').privateKey, 'utf8'), ALGORITHM);
  return new SignJWT({
    agency: principal.agency,
    jurisdiction: principal.jurisdiction,
    roles: principal.roles,
    ...(principal.contract ? { contract: principal.contract } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(principal.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(key);
}

/**
 * Remembers verified tokens (and signed credentials) until they expire, so that a token is verified once per process,
 * not per request; bounded, the least recently used going first (lru-cache, as the persons service's word readings).
 */
class VerifiedTokenCache<T extends NonNullable<unknown>> {
  private readonly entries = new LRUCache<string, T>({ max: 10_000 });

  get(token: string): T | undefined {
    return this.entries.get(token);
  }

  /** Keeps `value` until `until` (ms since the epoch); one already past is not kept. */
  put(token: string, value: T, until: number): T {
    const ttl = until - Date.now();
    if (ttl > 0) this.entries.set(token, value, { ttl });
    return value;
  }
}
