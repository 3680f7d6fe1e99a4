import { MIGRATIONS } from '../migrations';
import { createDataSource } from './database';
import { SUBGRAPH_NAMES, type SubgraphName } from './schema';

/** Runs every pending migration of every subgraph (each against its own database URL unless `url` is given). */
export async function migrateUp(options: { url?: string; names?: readonly SubgraphName[] } = {}): Promise<string[]> {
  const applied: string[] = [];
  for (const name of options.names ?? SUBGRAPH_NAMES) {
    const dataSource = createDataSource(name, { url: options.url, migrations: MIGRATIONS[name], poolSize: 1 });
    await dataSource.initialize();
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
    const dataSource = createDataSource(name, { url: options.url, migrations: MIGRATIONS[name], poolSize: 1 });
    await dataSource.initialize();
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

async function hasApplied(dataSource: import('typeorm').DataSource, name: SubgraphName): Promise<boolean> {
  const [{ exists }] = await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS exists', [
    `public.${name}_migrations`,
  ]);
  if (!exists) return false;
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM public."${name}_migrations"`);
  return count > 0;
}
