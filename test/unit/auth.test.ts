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
    const verifyGateway = await gatewayCredentialVerifier();
    await expect(verifyGateway(await sign())).resolves.toBeUndefined();
    await expect(verifyGateway(undefined)).rejects.toThrow(/gateway only/);
    await expect(verifyGateway(await signDevelopmentToken(OFFICER))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
