import { MIGRATIONS } from '../migrations';
import { createDataSource } from './database';
import { ownerRole, prepareOwnerRole } from './database-roles';
import { SUBGRAPH_NAMES, type SubgraphName } from './schema';

/** Runs every pending migration of every subgraph (each against its own database URL unless `url` is given). */
export async function migrateUp(options: { url?: string; names?: readonly SubgraphName[] } = {}): Promise<string[]> {
  const applied: string[] = [];
  for (const name of options.names ?? SUBGRAPH_NAMES) {
    const dataSource = await ownersDataSource(name, options.url);
    try {
      const migrations = await dataSource.runMigrations({ transaction: 'each' });
      applied.push(...migrations.map((migration) => `${name}: ${migration.name}`));
    } finally {
      await dataSource.destroy();
    }
  }
  return applied;
}

/** Reverts every applied migration of every subgraph, newest first. */
export async function migrateDownAll(options: { url?: string; names?: readonly SubgraphName[] } = {}): Promise<number> {
  let reverted = 0;
  for (const name of [...(options.names ?? SUBGRAPH_NAMES)].reverse()) {
    const dataSource = await ownersDataSource(name, options.url);
    try {
      while (await hasApplied(dataSource, name)) {
        await dataSource.undoLastMigration({ transaction: 'each' });
        reverted++;
      }
    } finally {
      await dataSource.destroy();
    }
  }
  return reverted;
}

/** Reverts the last `count` applied migrations of one subgraph, newest first (tests of a migration on existing rows). */
export async function migrateDownLast(options: { url?: string; name: SubgraphName; count: number }): Promise<void> {
  const dataSource = await ownersDataSource(options.name, options.url);
  try {
    for (let undone = 0; undone < options.count; undone++) await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** A subgraph's migrations, run as the owner role (docs/security.md), once the roles are ready for them. */
async function ownersDataSource(name: SubgraphName, url: string | undefined): Promise<import('typeorm').DataSource> {
  const admin = createDataSource(name, { url, poolSize: 1 });
  await admin.initialize();
  try {
    await prepareOwnerRole((sql, parameters) => admin.query(sql, parameters), name);
  } finally {
    await admin.destroy();
  }
  const dataSource = createDataSource(name, { url, migrations: MIGRATIONS[name], poolSize: 1, role: ownerRole() });
  await dataSource.initialize();
  return dataSource;
}

async function hasApplied(dataSource: import('typeorm').DataSource, name: SubgraphName): Promise<boolean> {
  const [{ exists }] = await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS exists', [
    `public.${name}_migrations`,
  ]);
  if (!exists) return false;
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM public."${name}_migrations"`);
  return count > 0;
}
