// `npm run start:hive`: the committed supergraph on Hive Gateway (a second federation gateway), beside the services
// `npm start` runs, on HIVE_GATEWAY_PORT (default 4100). Same subgraphs, same tokens: it passes the client's token and
// purpose on and signs the gateway credential each subgraph requires (configuration: bench/hive-gateway.config.ts).
import os from 'node:os';
import path from 'node:path';
import { subgraphUrl } from '../shared/config';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { startHiveGateway } from '../bench/hive';

async function main(): Promise<void> {
  const port = Number(process.env.HIVE_GATEWAY_PORT ?? 4100);
  const logFile = path.join(os.tmpdir(), 'liaison-hive-gateway.log');
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<
    SubgraphName,
    string
  >;
  console.log(`starting Hive Gateway on gateway/supergraph.graphql (log: ${logFile})…`);
  const hive = await startHiveGateway({ port, subgraphUrls, logFile });
  console.log(`Hive Gateway: ${hive.url} (tokens: npm run token; stop with Ctrl-C)`);
  const stop = () => void hive.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
