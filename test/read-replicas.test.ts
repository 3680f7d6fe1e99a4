// Read replicas (issue 15, item 2): a primary and a streaming replica (two PostgreSQL clusters on loopback, the
// replica made by pg_basebackup), and the whole stack on them with READ_DATABASE_URLS. Searches read the replica while
// writes and audit rows go to the primary; a mutation reads what it wrote; the replication lag under writes is
// measured and kept (test-artifacts/read-replica-lag.md); with the replica down, reads fall back to the primary, and
// they return to the replica when it is back.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PURPOSE_HEADER, type Principal } from '../shared/auth';
import { freePorts, startStackOnFreePorts, type Stack } from '../scripts/stack';
import { postJson, tokenFor } from './client';
import { PAPADOPOULOU } from './fixtures';
import { PgCluster, insertDocumentCopies, keepArtifact, lagRow, lagUnderLoad } from './support/pg-cluster';
import { until } from './support/until';

const GERMAN_WRITER: Principal = { userId: 'de-writer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };

describe('reads on a streaming replica', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'liaison-replicas-'));
  let primary: PgCluster;
  let replica: PgCluster;
  let stack: Stack;

  beforeAll(async () => {
    const [primaryPort, replicaPort] = await freePorts(2);
    primary = await PgCluster.migrated(path.join(folder, 'primary'), primaryPort, { fixtures: true });
    replica = await PgCluster.baseBackup(primary, path.join(folder, 'replica'), replicaPort);
    await replica.start();
    stack = await startStackOnFreePorts({
      databaseUrl: primary.url('liaison'),
      logDir: path.join(folder, 'logs'),
      keysDir: process.env.LIAISON_KEYS_DIR!,
      env: {
        READ_DATABASE_URLS: replica.url('liaison'),
        // The tests pause the replica's replay on purpose: it must keep getting reads however far behind.
        LIAISON_READ_MAX_LAG_SECONDS: '86400',
        DB_POOL_SIZE: '3',
      },
    });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
    await replica?.stop();
    await primary?.stop();
  });

  const send = async (query: string, variables: Record<string, unknown>, purpose: string) =>
    postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(GERMAN_WRITER)}`, [PURPOSE_HEADER]: purpose },
      { query, variables },
    );

  async function createDocument(number: string): Promise<string> {
    const { data, errors } = await send(
      `mutation ($input: DocumentInput!) { createDocument(input: $input) { id number versions { version } } }`,
      {
        input: {
          nationalReference: `DE-REPLICA-${number}`,
          number,
          type: 'PASSPORT',
          issuingCountry: 'DE',
          status: 'LOST',
          holderId: PAPADOPOULOU,
        },
      },
      'REPLICA-WRITE',
    );
    expect(errors).toBeUndefined();
    // Read back by the mutation's own request: from the primary, though the replica may not have it yet.
    expect(data.createDocument).toMatchObject({ number, versions: [{ version: 1 }] });
    return data.createDocument.id;
  }

  async function found(number: string, purpose = 'REPLICA-READ'): Promise<boolean> {
    const { data, errors } = await send(
      'query ($text: String!) { searchDocuments(text: $text, first: 1) { edges { node { number } } } }',
      { text: number },
      purpose,
    );
    expect(errors).toBeUndefined();
    return data.searchDocuments.edges.some((edge: { node: { number: string } }) => edge.node.number === number);
  }

  const replayPaused = (paused: boolean) =>
    replica.sql(paused ? 'SELECT pg_wal_replay_pause()' : 'SELECT pg_wal_replay_resume()');

  it('searches on the replica; the write and the search’s audit rows on the primary', async () => {
    await replayPaused(true);
    const number = `RR${Date.now() % 10_000_000}`;
    await createDocument(number);
    expect(await primary.sql('SELECT 1 FROM documents.document WHERE number = $1', [number])).toHaveLength(1);
    const purpose = `REPLICA-${randomUUID().slice(0, 8)}`;
    // The replica has not replayed the write: the search, served there, does not find it.
    expect(await found(number, purpose)).toBe(false);
    const audited = await primary.sql('SELECT 1 FROM documents.audit_event WHERE purpose = $1', [purpose]);
    expect(audited.length).toBeGreaterThan(0);
    await replayPaused(false);
    await until(() => found(number), 'the replica replayed the write');
  });

  it('measures the replication lag under a write load', async () => {
    const { lags, loadRowsPerSecond } = await lagUnderLoad({
      probes: 40,
      write: (i) => createDocument(`RL${i}${Date.now() % 1_000_000}`),
      seen: async (id) => (await replica.sql('SELECT 1 FROM documents.document WHERE id = $1', [id])).length > 0,
      // Meanwhile 20,000 documents written on the primary in batches of 1,000, as a bulk import would.
      load: async () => {
        const [{ id }] = await primary.sql<{ id: string }>('SELECT id FROM documents.document LIMIT 1');
        for (let batch = 0; batch < 20; batch++) await insertDocumentCopies(primary, id, `RRLOAD${batch}-`, 1000);
        return 20_000;
      },
    });
    const metrics = await (await fetch(stack.metricsUrls.documents)).text();
    const gauge = /^liaison_read_replica_lag_seconds\{[^}]*\} (\S+)/m.exec(metrics);
    expect(gauge).not.toBeNull();
    expect(Number(gauge![1])).toBeGreaterThanOrEqual(0);
    keepArtifact(
      'read-replica-lag.md',
      `# Read replica lag (test/read-replicas.test.ts)\n\nWhile the primary takes 20,000 documents in batches of ` +
        `1,000, documents are created one after another through the gateway; for each, the time from the mutation's ` +
        `answer until the streaming replica has it (polled every 5 ms).\n\n| probes | load rows/s | p50 ms | p90 ms | max ms |\n` +
        `|---:|---:|---:|---:|---:|\n${lagRow(lags, loadRowsPerSecond)}\n`,
    );
    expect(lags).toHaveLength(40);
  }, 180_000);

  it('falls back to the primary while the replica is down, and returns to it when it is back', async () => {
    await replica.stop();
    const number = `RD${Date.now() % 10_000_000}`;
    await createDocument(number);
    // Within the replica's probe interval the reads move to the primary, which has the new row.
    await until(async () => {
      try {
        return await found(number);
      } catch {
        return false;
      }
    }, 'reads on the primary');
    for (let i = 0; i < 10; i++) expect(await found(number)).toBe(true);
    const metrics = await (await fetch(stack.metricsUrls.documents)).text();
    expect(metrics).toMatch(/^liaison_read_replica_lag_seconds\{[^}]*\} -1$/m);

    await replica.start();
    await until(async () => {
      const [row] = await replica.sql<{ caught: boolean }>(
        'SELECT pg_last_wal_replay_lsn() IS NOT NULL AND pg_is_in_recovery() AS caught',
      );
      return row.caught;
    }, 'the replica streams again');
    await replayPaused(true);
    const unseen = `RB${Date.now() % 10_000_000}`;
    await createDocument(unseen);
    // Back on the replica, which has not replayed this one: not found, where the primary would have found it.
    await until(async () => !(await found(unseen)), 'reads on the replica again');
    await replayPaused(false);
  }, 180_000);
});
