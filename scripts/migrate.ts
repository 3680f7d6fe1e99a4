// `npm run migrate` applies pending migrations; `npm run migrate -- --down` reverts them all.
import { withDatabase } from './database-env';
import { migrateDownAll, migrateUp } from '../shared/migrate';

void withDatabase(async () => {
  if (process.argv.includes('--down')) {
    console.log(`reverted ${await migrateDownAll()} migrations`);
  } else {
    const applied = await migrateUp();
    console.log(applied.length ? `applied:\n  ${applied.join('\n  ')}` : 'database is up to date');
  }
});
