// `npm run border-post -- <command>`: a border post's copy of the centre (README, "Border posts").
//   publish --jurisdiction FI              at the centre (DATABASE_URL): the publication for FI's border posts
//   subscribe --jurisdiction FI --centre URL   at the border post (DATABASE_URL, an empty database): migrations,
//                                          the local audit outbox, and the subscription (copies the tables first)
//   ship --name FI-VAALIMAA --centre URL [--once]   at the border post: ships its audit rows to the centre, every
//                                          second while the link is up, and says what it shipped and what waits
import { Client, Pool } from 'pg';
import { databaseUrl } from '../shared/config';
import { migrateUp } from '../shared/migrate';
import { borderPostStatements, publicationStatements, shipAuditRows, waitingAuditRows } from '../shared/border-post';

const USAGE = `usage: npm run border-post -- publish --jurisdiction XX
       npm run border-post -- subscribe --jurisdiction XX --centre URL
       npm run border-post -- ship --name NAME --centre URL [--once]`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function required(args: string[], name: string): string {
  const value = option(args, name);
  if (!value) throw new Error(`--${name} is required\n${USAGE}`);
  return value;
}

async function run(url: string, statements: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One by one, outside a transaction: CREATE SUBSCRIPTION may not run in one.
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

async function ship(args: string[], localUrl: string): Promise<void> {
  const name = required(args, 'name');
  const border = new Pool({ connectionString: localUrl, max: 1 });
  // A half-open link must not hold the outbox rows locked forever: every statement to the centre is bounded.
  const centre = new Pool({
    connectionString: required(args, 'centre'),
    max: 1,
    connectionTimeoutMillis: 3_000,
    query_timeout: 30_000,
    keepAlive: true,
  });
  // Either server restarting ends idle connections: the pools drop them and the next round reconnects.
  border.on('error', () => undefined);
  centre.on('error', () => undefined);
  let stopping = false;
  process.once('SIGINT', () => (stopping = true));
  process.once('SIGTERM', () => (stopping = true));
  const once = args.includes('--once');
  let total = 0;
  let linkDown = false;
  do {
    try {
      const shipped = await shipAuditRows(border, centre, name);
      total += shipped;
      if (shipped || linkDown)
        console.log(`shipped ${shipped} audit rows (${total} in all), ${await waitingAuditRows(border)} waiting`);
      linkDown = false;
    } catch (error) {
      if (!linkDown) console.log(`the centre does not answer (${(error as Error).message}): audit rows wait here`);
      linkDown = true;
    }
    if (!once) await new Promise((resolve) => setTimeout(resolve, 1_000));
  } while (!stopping && !once);
  await Promise.all([border.end(), centre.end()]);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const url = databaseUrl();
  if (!url) throw new Error("set DATABASE_URL: the centre's database (publish) or the border post's (subscribe, ship)");
  if (command === 'publish') {
    await run(url, publicationStatements(required(args, 'jurisdiction')));
    console.log(`published what border posts of ${required(args, 'jurisdiction')} may serve`);
  } else if (command === 'subscribe') {
    await migrateUp({ url });
    await run(
      url,
      borderPostStatements({ jurisdiction: required(args, 'jurisdiction'), centreUrl: required(args, 'centre') }),
    );
    console.log('subscribed: the centre copies the tables now, then streams every change');
  } else if (command === 'ship') {
    await ship(args, url);
  } else {
    throw new Error(USAGE);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
