// `npm start`: database (embedded unless DATABASE_URL is set), migrations, demo data on first start, the four
// subgraphs and the gateway, each its own process. Ctrl-C stops everything.
import path from 'node:path';
import { Client } from 'pg';
import { ensureDevelopmentKeys, signDevelopmentToken } from '../shared/auth';
import { developmentCaFile, ensureDevelopmentCertificates } from '../shared/tls';
import { migrateUp } from '../shared/migrate';
import { databaseUrl, servicePort } from '../shared/config';
import { openDatabase } from './database-env';
import { startStack } from './stack';
import { replicaCount } from '../shared/replicas';
import { progressBars, seedDatabase } from './seed';

const DEMO_SIZE = 10_000;
const LOG_DIR = path.resolve(__dirname, '..', '.data', 'logs');

/** `--replicas N` (or LIAISON_REPLICAS): each service as N processes behind its one port (shared/replicas.ts). */
function replicasOption(argv: string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === '--replicas' || arg.startsWith('--replicas='));
  if (at < 0) return undefined;
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  replicaCount({ LIAISON_REPLICAS: value });
  return value;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const replicas = replicasOption(process.argv.slice(2));
  if (replicas) process.env.LIAISON_REPLICAS = replicas;
  const perService = replicaCount();
  // Development conveniences (field suggestions in errors) for the services this command starts.
  process.env.NODE_ENV ??= 'development';
  // The sandbox prefills a development token for a browser on this machine: under this command only.
  process.env.LIAISON_SANDBOX_DEVELOPMENT_TOKEN = 'on';
  await ensureDevelopmentKeys();
  await ensureDevelopmentCertificates();
  const database = await openDatabase();
  console.log(`database: ${database.embedded ? 'embedded PostgreSQL in .data/postgres' : 'DATABASE_URL'}`);
  await migrateUp();
  // A border post's records come from the centre (npm run border-post): never demo data.
  if (!process.env.LIAISON_BORDER_POST && (await isEmpty())) {
    console.log(`first start: loading the demo set (${DEMO_SIZE.toLocaleString('en')} records)`);
    // The seed's own progress bars, table by table, as `npm run seed` shows them.
    const bars = progressBars();
    try {
      await seedDatabase({ size: DEMO_SIZE, seed: 42, onProgress: bars.update, onStep: bars.log });
    } finally {
      bars.stop();
    }
  }
  const stack = await startStack({
    logDir: LOG_DIR,
    // The embedded PostgreSQL offers TLS with a certificate of the development CA: the services verify it.
    env: database.embedded ? { LIAISON_DATABASE_CA_FILE: developmentCaFile() } : {},
    ports: {
      gateway: servicePort('gateway'),
      persons: servicePort('persons'),
      documents: servicePort('documents'),
      vehicles: servicePort('vehicles'),
      substances: servicePort('substances'),
      exchange: servicePort('exchange'),
    },
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const token = await signDevelopmentToken({
    userId: 'dev-officer',
    agency: 'SE-NOA',
    jurisdiction: 'SE',
    roles: ['officer'],
  });
  const query =
    '{ searchPersons(text: \\"Stefan Rosu 1983\\", first: 3) { totalCount edges { score node { familyName givenNames dateOfBirth } } } }';
  console.log(`
Liaison is up in ${seconds} s${perService > 1 ? `, each service as ${perService} processes behind its port` : ''}.

  gateway     ${stack.urls.gateway}   (GraphQL sandbox: open it in a browser)
  persons     ${stack.urls.persons}
  documents   ${stack.urls.documents}
  vehicles    ${stack.urls.vehicles}
  substances  ${stack.urls.substances}
  health      /health and /ready on every service's own address (the subgraphs' over HTTPS, CA ${developmentCaFile()})
  metrics     ${stack.metricsUrls.gateway} (each service's /metrics on its own port: ${Object.values(stack.metricsUrls)
    .map((url) => new URL(url).port)
    .join(', ')})
  logs        ${LOG_DIR}/<service>.log

Development token (officer of SE-NOA, Sweden, valid 12 h; others: \`npm run token -- --jurisdiction DE --roles analyst\`):

  ${token}

Every request needs it (Authorization: Bearer <token>) and a purpose or case reference (x-liaison-purpose).
Try the unified search (operations/UnifiedSearch.graphql), or:

  curl -s ${stack.urls.gateway} -H 'content-type: application/json' \\
    -H "authorization: Bearer ${token}" -H 'x-liaison-purpose: DEMO-2026-0001' \\
    -d '{"query":"${query}"}'

Ctrl-C stops everything.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping…');
    await stack.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function isEmpty(): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl('persons') });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT NOT EXISTS (SELECT 1 FROM persons.person) AS empty');
    return rows[0].empty as boolean;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
