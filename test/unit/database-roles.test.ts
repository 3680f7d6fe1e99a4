import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ownerRole, rolePrefix, serviceDatabaseUrl, serviceRole } from '../../shared/database-roles';

describe('database role names', () => {
  it('come from LIAISON_DB_ROLE_PREFIX, default liaison', () => {
    expect(ownerRole({})).toBe('liaison_owner');
    expect(serviceRole('persons', { LIAISON_DB_ROLE_PREFIX: 'liaison_b' })).toBe('liaison_b_persons');
  });

  it.each(['Liaison', 'liaison-b', 'x"; DROP ROLE postgres; --', '1liaison', 'a'.repeat(49)])(
    'refuse a prefix that is not a plain identifier: %s',
    (prefix) => {
      expect(() => rolePrefix({ LIAISON_DB_ROLE_PREFIX: prefix })).toThrow(/LIAISON_DB_ROLE_PREFIX/);
    },
  );
});

describe("a service's database URL", () => {
  let keys: string;
  const saved = process.env.LIAISON_KEYS_DIR;
  beforeEach(() => {
    keys = mkdtempSync(path.join(os.tmpdir(), 'liaison-roles-keys-'));
    process.env.LIAISON_KEYS_DIR = keys;
  });
  afterEach(() => {
    process.env.LIAISON_KEYS_DIR = saved;
    rmSync(keys, { recursive: true, force: true });
  });

  it('is <NAME>_SERVICE_DATABASE_URL when set', () => {
    const env = {
      DATABASE_URL: 'postgres://admin:secret@db/liaison',
      PERSONS_SERVICE_DATABASE_URL: 'postgres://p@db/x',
    };
    expect(serviceDatabaseUrl('persons', env)).toBe('postgres://p@db/x');
  });

  it("is otherwise the subgraph's database with its role and a private development password", () => {
    const env = {
      DATABASE_URL: 'postgres://admin:secret@db:5432/liaison',
      VEHICLES_DATABASE_URL: 'postgres://a@v/veh',
    };
    const persons = new URL(serviceDatabaseUrl('persons', env)!);
    expect([persons.username, persons.host, persons.pathname]).toEqual(['liaison_persons', 'db:5432', '/liaison']);
    expect(persons.password).toMatch(/^[\w-]{32}$/);
    expect(new URL(serviceDatabaseUrl('persons', env)!).password).toBe(persons.password);
    expect(statSync(path.join(keys, 'database-liaison_persons.secret')).mode & 0o077).toBe(0);
    const vehicles = new URL(serviceDatabaseUrl('vehicles', env)!);
    expect([vehicles.username, vehicles.host, vehicles.pathname]).toEqual(['liaison_vehicles', 'v', '/veh']);
    expect(vehicles.password).not.toBe(persons.password);
  });
});
