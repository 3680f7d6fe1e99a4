// Tokens and gateway credentials signed as Liaison's issuers sign them, then changed by a probe: what the token,
// transport and input suites forge from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, exportPKCS8, generateKeyPair, importPKCS8, type CryptoKey } from 'jose';
import {
  GATEWAY_ISSUER,
  USER_TOKEN_HASH_CLAIM,
  keysDir,
  subgraphAudience,
  tokenSettings,
  userTokenHash,
  type Role,
} from '../shared/auth';
import { OFFICER, type ServiceName } from './client';

/** The run's development signing key for user tokens or for the gateway credential. */
export const developmentKey = (name: 'users' | 'gateway') =>
  importPKCS8(readFileSync(path.join(keysDir(), `${name}-private.pem`), 'utf8'), 'ES256');

/** A key nobody trusts. */
export async function strangerKey(): Promise<CryptoKey> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return importPKCS8(await exportPKCS8(privateKey), 'ES256');
}

/** A user token with the officer's claims (and `roles`), changed by `change` before it is signed. */
export async function forgedUserToken(
  change: (jwt: SignJWT) => SignJWT,
  options: { roles?: Role[]; key?: CryptoKey; issuedAt?: boolean } = {},
): Promise<string> {
  const { issuer, audience } = tokenSettings();
  const jwt = new SignJWT({
    agency: OFFICER.agency,
    jurisdiction: OFFICER.jurisdiction,
    roles: options.roles ?? ['officer'],
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(OFFICER.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setExpirationTime('1h');
  return change(options.issuedAt === false ? jwt : jwt.setIssuedAt()).sign(
    options.key ?? (await developmentKey('users')),
  );
}

/** What a gateway credential is signed for: the subgraph it is sent to and the user token it travels with. */
export interface Binding {
  service: ServiceName;
  userToken: string;
}

/** A gateway credential signed like the gateway's for `binding`, its claims replaced by `claims`, then changed. */
export async function forgedGatewayCredential(
  binding: Binding,
  change: (jwt: SignJWT) => SignJWT = (jwt) => jwt,
  options: { key?: CryptoKey; claims?: Record<string, unknown> } = {},
): Promise<string> {
  const jwt = new SignJWT(options.claims ?? { [USER_TOKEN_HASH_CLAIM]: userTokenHash(binding.userToken) })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(GATEWAY_ISSUER)
    .setSubject(GATEWAY_ISSUER)
    .setAudience(subgraphAudience(binding.service))
    .setIssuedAt()
    .setExpirationTime('60s');
  return change(jwt).sign(options.key ?? (await developmentKey('gateway')));
}
