import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPKCS8, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import {
  ensureDevelopmentKeys,
  gatewayCredentialSigner,
  gatewayCredentialVerifier,
  signDevelopmentToken,
  userTokenVerifier,
  type Principal,
} from '../../shared/auth';

const OFFICER: Principal = { userId: 'officer-1', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };

describe('authentication', () => {
  let verify: Awaited<ReturnType<typeof userTokenVerifier>>;
  beforeAll(async () => {
    process.env.LIAISON_KEYS_DIR = mkdtempSync(path.join(os.tmpdir(), 'liaison-keys-'));
    await ensureDevelopmentKeys();
    verify = await userTokenVerifier();
  });
  afterAll(() => {
    delete process.env.LIAISON_KEYS_DIR;
  });

  it('accepts a signed token and reads the principal from it', async () => {
    expect(await verify(await signDevelopmentToken(OFFICER))).toEqual({ ...OFFICER, contract: undefined });
  });

  it('refuses an expired token', async () => {
    const token = await signDevelopmentToken(OFFICER, { expiresIn: '-1m' });
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const token = await signDevelopmentToken(OFFICER, { privateKeyPem: await exportPKCS8(privateKey) });
    await expect(verify(token)).rejects.toThrow(/signature verification failed/);
  });

  it('refuses an unsigned token', async () => {
    const token = new UnsecuredJWT({ agency: 'SE-NOA', jurisdiction: 'SE', roles: ['admin'] })
      .setSubject('mallory')
      .setIssuer('liaison-dev')
      .setAudience('liaison-api')
      .setExpirationTime('1h')
      .encode();
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token for another audience, and one with unknown roles or agency', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const wrongAudience = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setAudience('other')
      .sign(privateKey);
    await expect(verify(wrongAudience)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(await signDevelopmentToken({ ...OFFICER, roles: ['root' as never] }))).rejects.toThrow(/roles/);
    await expect(verify(await signDevelopmentToken({ ...OFFICER, agency: 'DE-BKA' }))).rejects.toThrow(
      /no agency of SE/,
    );
  });

  it('binds a partner credential to a contract', async () => {
    const partner: Principal = { userId: 'partner-1', agency: 'NL-KMAR', jurisdiction: 'NL', roles: ['partner'] };
    await expect(verify(await signDevelopmentToken(partner))).rejects.toThrow(/contract/);
    expect(await verify(await signDevelopmentToken({ ...partner, contract: 'hit-no-hit' }))).toMatchObject({
      contract: 'hit-no-hit',
    });
  });

  it('lets subgraphs tell the gateway from anyone else', async () => {
    const sign = await gatewayCredentialSigner();
    const verifyGateway = await gatewayCredentialVerifier('persons');
    const user = await signDevelopmentToken(OFFICER);
    await expect(verifyGateway(await sign('persons', user), user)).resolves.toBeUndefined();
    await expect(verifyGateway(undefined, user)).rejects.toThrow(/gateway only/);
    await expect(verifyGateway(user, user)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('binds the gateway credential to one subgraph and one user token, and keeps it for a while', async () => {
    const sign = await gatewayCredentialSigner();
    const verifyPersons = await gatewayCredentialVerifier('persons');
    const user = await signDevelopmentToken(OFFICER);
    const other = await signDevelopmentToken({ ...OFFICER, userId: 'officer-2' });
    const credential = await sign('persons', user);
    // Signed once per (subgraph, user token) for half its life.
    expect(await sign('persons', user)).toBe(credential);
    expect(await sign('documents', user)).not.toBe(credential);
    expect(await sign('persons', other)).not.toBe(credential);
    await expect(verifyPersons(credential, other)).rejects.toThrow(/another user token/);
    // Verified once, still bound on every use.
    await expect(verifyPersons(credential, user)).resolves.toBeUndefined();
    await expect(verifyPersons(credential, other)).rejects.toThrow(/another user token/);
    await expect((await gatewayCredentialVerifier('documents'))(credential, user)).rejects.toThrow(/aud/);
  });
});
