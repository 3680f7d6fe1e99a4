// Faults under load, on loopback: a subgraph killed, stopped (SIGSTOP) and sent SIGTERM, the gateway sent SIGTERM, and
// PostgreSQL restarted under load and during an import. The clients keep sending throughout; every answer they get
// is JSON with status 200 (partial results with SUBGRAPH_UNAVAILABLE while a subgraph is gone), nothing needs a
// restart to recover, a drained client never sees a reset, and the import writes every line exactly once.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startStackOnFreePorts, type Stack } from '../scripts/stack';
import { runImport } from '../scripts/import/run';
import { migrateUp } from '../shared/migrate';
import { developmentCaFile } from '../shared/tls';
import type { Principal } from '../shared/auth';
import { loadFixtures, UNIFIED_SEARCH_TEXT } from './fixtures';
import { freePort } from './setup/database';
import { complete, since, startLoad, type Load, type Outcome } from './support/load';
import { until } from './support/until';

const QUERY = `query Faults($text: String!) {
  searchPersons(text: $text, first: 3) { totalCount }
  searchDocuments(text: $text, first: 3) { totalCount edges { node { id holder { id } } } }
  searchVehicles(text: $text, first: 3) { totalCount }
  searchSeizures(text: $text, first: 3) { totalCount }
}`;
const FIELDS = ['searchPersons', 'searchDocuments', 'searchVehicles', 'searchSeizures'];
const VARIABLES = { text: UNIFIED_SEARCH_TEXT };
/** Short deadlines, so that a stopped subgraph and its circuit show within seconds. */
const FAULT_SETTINGS = {
  SUBGRAPH_TIMEOUT_MS: '1500',
  SUBGRAPH_BREAKER_RESET_MS: '1000',
  LIAISON_DRAIN_DELAY_MS: '1500',
};

/** Outcomes that are not a JSON answer with status 200. */
const failures = (outcomes: Outcome[]) =>
  outcomes.filter((outcome) => outcome.transportError || outcome.status !== 200 || !outcome.json);

/** Waits for 12 complete answers after now: the clients are served in full again. */
async function servedInFull(load: Load): Promise<void> {
  const from = load.elapsed();
  await until(
    () => since(load.outcomes, from).filter((outcome) => complete(outcome, FIELDS)).length >= 12,
    'full answers again',
  );
}

/**
 * The answers with errors, each checked to report only SUBGRAPH_UNAVAILABLE; returned are the fault's own answers,
 * `missing` null and each of `present` answered. (While the machine is busy restarting a subgraph, another may miss
 * its deadline too: such an answer is partial in another way, and not counted.)
 */
function partialAnswers(outcomes: Outcome[], missing: string | undefined, present: string[]): Outcome[] {
  const partial = outcomes.filter((outcome) => outcome.codes.length > 0);
  for (const outcome of partial) expect(new Set(outcome.codes)).toEqual(new Set(['SUBGRAPH_UNAVAILABLE']));
  return partial.filter(
    (outcome) =>
      (!missing || outcome.data?.[missing] === null) &&
      present.every((field) => outcome.data?.[field] !== null && outcome.data?.[field] !== undefined),
  );
}

/** A stack of its own on `databaseUrl`, so that the suite's shared services are not the ones hurt. */
function privateStack(databaseUrl: string, embeddedDatabase: boolean): Promise<Stack> {
  return startStackOnFreePorts({
    databaseUrl,
    logDir: mkdtempSync(path.join(os.tmpdir(), 'liaison-test-faults-')),
    keysDir: process.env.LIAISON_KEYS_DIR!,
    env: {
      ...FAULT_SETTINGS,
      // A second stack beside the suite's on a server of 100 connections: each search pool opens whole at start.
      DB_POOL_SIZE: '4',
      ...(embeddedDatabase ? { LIAISON_DATABASE_CA_FILE: developmentCaFile() } : {}),
    },
  });
}

describe('services failing under load', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await privateStack(process.env.LIAISON_TEST_DATABASE_URL!, !process.env.DATABASE_URL);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('a subgraph killed (SIGKILL): partial results while it is gone, full results once it is back, no gateway restart', async () => {
    const gatewayPid = stack.service('gateway').pid;
    const load = await startLoad(stack.urls.gateway, QUERY, VARIABLES);
    try {
      await load.answers(12);
      const killedAt = load.elapsed();
      process.kill(stack.service('vehicles').pid, 'SIGKILL');
      await until(
        () => since(load.outcomes, killedAt).some((outcome) => outcome.codes.includes('SUBGRAPH_UNAVAILABLE')),
        'an answer reporting vehicles unavailable',
      );
      await stack.restart('vehicles');
      await servedInFull(load);
    } finally {
      await load.stop();
    }
    expect(failures(load.outcomes)).toEqual([]);
    expect(
      partialAnswers(load.outcomes, 'searchVehicles', ['searchPersons', 'searchDocuments']).length,
    ).toBeGreaterThan(0);
    expect(stack.service('gateway').pid).toBe(gatewayPid);
  });

  it('a subgraph stopped (SIGSTOP): answers within the deadline, then fast through the open circuit, and full once it runs again', async () => {
    const documents = stack.service('documents');
    const load = await startLoad(stack.urls.gateway, QUERY, VARIABLES);
    try {
      await load.answers(12);
      const stoppedAt = load.elapsed();
      process.kill(documents.pid, 'SIGSTOP');
      await until(
        () => since(load.outcomes, stoppedAt).some((outcome) => outcome.circuitOpen),
        'an answer failed fast by the open circuit',
      );
      process.kill(documents.pid, 'SIGCONT');
      await servedInFull(load);
    } finally {
      process.kill(documents.pid, 'SIGCONT');
      await load.stop();
    }
    expect(failures(load.outcomes)).toEqual([]);
    expect(partialAnswers(load.outcomes, 'searchDocuments', ['searchPersons']).length).toBeGreaterThan(0);
    expect(stack.service('documents').pid).toBe(documents.pid);
  });

  it('a subgraph sent SIGTERM under keep-alive load: it drains, the gateway answers partially, then fully after its restart', async () => {
    const load = await startLoad(stack.urls.gateway, QUERY, VARIABLES);
    try {
      await load.answers(12);
      const persons = stack.service('persons');
      process.kill(persons.pid, 'SIGTERM');
      await until(
        () => load.outcomes.some((outcome) => outcome.data?.searchPersons === null),
        'an answer without persons',
      );
      await stack.restart('persons');
      await servedInFull(load);
    } finally {
      await load.stop();
    }
    expect(failures(load.outcomes)).toEqual([]);
    expect(partialAnswers(load.outcomes, 'searchPersons', ['searchVehicles']).length).toBeGreaterThan(0);
  });

  it('the gateway sent SIGTERM under keep-alive load: requests in flight are answered, each client is told Connection: close, none is reset', async () => {
    // A client leaves once an answer says Connection: close, as one behind a load balancer would be sent elsewhere.
    const load = await startLoad(stack.urls.gateway, QUERY, VARIABLES, 6, { leaveOnClose: true });
    await load.answers(12);
    const signalledAt = load.elapsed();
    try {
      process.kill(stack.service('gateway').pid, 'SIGTERM');
      await until(() => load.left() === 6, 'every client told to leave');
    } finally {
      await load.stop();
      await stack.restart('gateway');
    }
    const outcomes = load.outcomes;
    expect(since(outcomes, signalledAt).length).toBeGreaterThanOrEqual(6);
    expect(failures(outcomes)).toEqual([]);
    expect(outcomes.every((outcome) => complete(outcome, FIELDS))).toBe(true);
    expect(outcomes.filter((outcome) => outcome.connection === 'close')).toHaveLength(6);
  });
});

const NL: Principal = { userId: 'nl-importer', agency: 'NL-LE', jurisdiction: 'NL', roles: ['officer'] };
const IMPORT_LINES = 240;

describe('PostgreSQL restarted', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-faults-pg-'));
  const password = randomBytes(18).toString('base64url');
  let port: number;
  let database: { url: string; stop(): Promise<void> };
  let stack: Stack;
  /** Starts the cluster in `dataDir` in a process of its own (test/support/postgres-process.ts). */
  const startDatabase = async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, 'support', 'postgres-process.ts'),
        path.join(dataDir, 'data'),
        String(port),
        'liaison_faults',
        password,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(() => output.includes('"url"') || child.exitCode !== null, 'PostgreSQL started', 120_000);
    if (!output.includes('"url"')) throw new Error(`PostgreSQL did not start (exit code ${child.exitCode})`);
    const { url } = JSON.parse(output.trim().split('\n').pop()!) as { url: string };
    database = {
      url,
      stop: async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      },
    };
  };
  /** Stops PostgreSQL (its sessions are ended), keeps it down for `downMs`, starts it again. */
  const restartDatabase = async (downMs: number) => {
    await database.stop();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await startDatabase();
  };

  beforeAll(async () => {
    chmodSync(dataDir, 0o755);
    port = await freePort();
    await startDatabase();
    await migrateUp({ url: database.url });
    await loadFixtures(database.url);
    stack = await privateStack(database.url, true);
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('under load: clear errors while it is down, full answers after it is back, with no service restarted', async () => {
    const pids = { ...stack.pids };
    const load = await startLoad(stack.urls.gateway, QUERY, VARIABLES);
    await load.answers(12);
    const downFrom = load.elapsed();
    try {
      await restartDatabase(1500);
      await servedInFull(load);
    } finally {
      await load.stop();
    }
    const outcomes = since(load.outcomes, downFrom);
    expect(outcomes.filter((outcome) => outcome.transportError || !outcome.json)).toEqual([]);
    const failed = outcomes.filter((outcome) => outcome.codes.length > 0);
    expect(failed.length).toBeGreaterThan(0);
    // Said as the database, its audit log or a subgraph being unavailable, never as an internal fault or a crash.
    for (const outcome of failed) {
      expect([200, 503]).toContain(outcome.status);
      for (const code of outcome.codes)
        expect(['DATABASE_UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE']).toContain(code);
    }
    expect(stack.service('gateway').pid).toBe(pids.gateway);
    expect(stack.service('persons').pid).toBe(pids.persons);
  });

  it('during an import: the import waits, resumes and writes every line exactly once', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'liaison-test-faults-import-')), 'records.ndjson');
    const lines = Array.from({ length: IMPORT_LINES }, (_, i) =>
      JSON.stringify({
        type: 'document',
        record: {
          nationalReference: `NL-FAULT-${i}`,
          number: `NLF${String(i).padStart(6, '0')}`,
          type: 'PASSPORT',
          issuingCountry: 'NL',
          status: 'LOST',
        },
      }),
    );
    writeFileSync(file, lines.join('\n') + '\n');
    let restarted: Promise<void> | undefined;
    const retries: number[] = [];
    const summary = await runImport({
      file,
      principal: NL,
      purpose: 'IMPORT-FAULT-TEST',
      url: database.url,
      progressEvery: 20,
      retryDelaysMs: [250, 500, 1000, 2000, 4000, 8000],
      onProgress: ({ lines: done }) => {
        if (done === 60) restarted ??= restartDatabase(1500);
      },
      onRetry: ({ line }) => retries.push(line),
    });
    await restarted;
    expect(retries.length).toBeGreaterThan(0);
    // A failed line names its reason here, where a count alone would not.
    expect(summary.failures).toEqual([]);
    expect(summary.failed).toBe(0);
    expect(summary.created + summary.unchanged).toBe(IMPORT_LINES);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS records,
                (SELECT count(*)::int FROM documents.record_version v WHERE v.record_id = ANY(array_agg(d.id))) AS versions
           FROM documents.document d WHERE d.national_reference LIKE 'NL-FAULT-%'`,
      );
      expect(rows[0]).toEqual({ records: IMPORT_LINES, versions: IMPORT_LINES });
    } finally {
      await client.end();
    }
    // Run again: nothing changes.
    const again = await runImport({ file, principal: NL, purpose: 'IMPORT-FAULT-TEST', url: database.url });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: IMPORT_LINES, failed: 0 });
  });
});
