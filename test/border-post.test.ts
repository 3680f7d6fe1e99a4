// Border posts (issue 15, item 3), on loopback: a centre and a Finnish border post, each its own PostgreSQL cluster;
// the border post receives by logical replication (a publication with row filters) the documents and vehicles that
// Finland may see, and runs its own subgraphs and gateway on them. It answers checks with the copy's freshness in the
// response extensions; when the link to the centre is cut it keeps answering (stale), keeps its audit rows, and ships
// them once the link is back: each arrives at the centre exactly once, with the owner's hit notification made there.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { PURPOSE_HEADER, type Principal } from '../shared/auth';
import { borderPostStatements, publicationStatements, shipAuditRows, shippedAs } from '../shared/border-post';
import { serviceDatabaseUrl } from '../shared/database-roles';
import { DELETION_TABLES_V1 } from '../migrations/identifier-deletions';
import { freePorts, startStackOnFreePorts, type Stack } from '../scripts/stack';
import { postJson, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import { PgCluster, insertDocumentCopies, keepArtifact, lagRow, lagUnderLoad } from './support/pg-cluster';
import { until } from './support/until';

const BORDER_POST = 'FI-VAALIMAA';
const FINNISH_OFFICER: Principal = {
  userId: 'fi-border-1',
  agency: 'FI-TULLI',
  jurisdiction: 'FI',
  roles: ['officer'],
};
const CHECK = `query ($n: String!) { checkDocument(number: $n, issuingCountry: "SE") { hit matches { reference } } }`;

describe('a border post', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'liaison-border-'));
  let centre: PgCluster;
  let border: PgCluster;
  let stack: Stack;

  const run = async (cluster: PgCluster, statements: string[]) => {
    for (const statement of statements) await cluster.sql(statement);
  };
  /** A copy of Eriksson's passport at the centre under a new id and number, with the sharing given. */
  const copyOfPassport = async (number: string, sharing = "'ALL_JURISDICTIONS'", sharedWith = "'{}'") =>
    (
      await insertDocumentCopies(centre, ERIKSSON.document, number, 1, {
        sharing,
        shared_with: `${sharedWith}::varchar[]`,
      })
    )[0];
  const onBorder = async (id: string) =>
    (await border.sql('SELECT 1 FROM documents.document WHERE id = $1', [id])).length > 0;

  const check = async (number: string, purpose: string) =>
    postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: purpose },
      { query: CHECK, variables: { n: number } },
    );

  beforeAll(async () => {
    const [centrePort, borderPort] = await freePorts(2);
    centre = await PgCluster.migrated(path.join(folder, 'centre'), centrePort, {
      settings: ['wal_level=logical'],
      fixtures: true,
    });
    await run(centre, publicationStatements('FI'));

    border = await PgCluster.migrated(path.join(folder, 'border'), borderPort);
    await run(border, borderPostStatements({ jurisdiction: 'FI', centreUrl: centre.url('liaison') }));
    await until(
      async () => (await border.sql(`SELECT 1 FROM pg_subscription_rel WHERE srsubstate <> 'r'`)).length === 0,
      'the initial copy',
    );
    stack = await startStackOnFreePorts({
      databaseUrl: border.url('liaison'),
      logDir: path.join(folder, 'logs'),
      keysDir: process.env.LIAISON_KEYS_DIR!,
      env: {
        LIAISON_BORDER_POST: BORDER_POST,
        // A service role's login: the copy's status needs nothing else.
        LIAISON_BORDER_STATUS_URL: serviceDatabaseUrl('documents', { DATABASE_URL: border.url('liaison') }),
        DB_POOL_SIZE: '3',
      },
    });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
    await border?.stop();
    await centre?.stop();
    // The two clusters' data (about 270 MB a run); the services' logs stay beside them.
    for (const cluster of ['centre', 'border']) rmSync(path.join(folder, cluster), { recursive: true, force: true });
  });

  it('receives what Finland may see, and nothing else', async () => {
    const listedElsewhere = await copyOfPassport('BPLISTED1', "'LISTED_JURISDICTIONS'", "'{DE}'");
    const ownerOnly = await copyOfPassport('BPOWNER1', "'OWNER_ONLY'");
    const listedFinland = await copyOfPassport('BPLISTFI1', "'LISTED_JURISDICTIONS'", "'{DE,FI}'");
    await until(() => onBorder(listedFinland), 'the record listed for Finland at the border post');
    expect(await onBorder(listedElsewhere)).toBe(false);
    expect(await onBorder(ownerOnly)).toBe(false);
    const visible = `(owner_jurisdiction = 'FI' OR sharing = 'ALL_JURISDICTIONS'
      OR (sharing = 'LISTED_JURISDICTIONS' AND 'FI' = ANY (shared_with))) AND revoked_at IS NULL`;
    for (const table of ['documents.document', 'vehicles.vehicle']) {
      const ids = async (cluster: PgCluster, where: string) =>
        (await cluster.sql<{ id: string }>(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`)).map((row) => row.id);
      expect(await ids(border, 'true')).toEqual(await ids(centre, visible));
    }
    // Restricted at the centre afterwards: deleted at the border post.
    await centre.sql(`UPDATE documents.document SET shared_with = '{DE}' WHERE id = $1`, [listedFinland]);
    await until(async () => !(await onBorder(listedFinland)), 'the restricted record gone from the border post');
  });

  it('keeps the typo keys of what it receives, and finds a number typed with a typo there', async () => {
    // A number changed at the centre: its keys follow at the border post (the first copy, the restriction above and
    // this update all reached the post's key tables through its own row triggers).
    const renumbered = await copyOfPassport('BPTYPO01');
    await until(() => onBorder(renumbered), 'the copy at the border post');
    await centre.sql(
      `UPDATE documents.document SET number = 'BPTYPO02', number_normalized = 'BPTYPO02' WHERE id = $1`,
      [renumbered],
    );
    await until(
      async () =>
        (await border.sql(`SELECT 1 FROM documents.document WHERE number_normalized = 'BPTYPO02'`)).length > 0,
      'the new number at the border post',
    );
    for (const t of Object.values(DELETION_TABLES_V1)) {
      const keys = `SELECT key, ${t.recordId} AS id FROM ${t.schema}.${t.name}`;
      const expected = `SELECT k, r.id FROM ${t.schema}.${t.records} r,
                          unnest(${t.schema}.identifier_deletion_keys(r.${t.identifier})) AS k WHERE r.revoked_at IS NULL`;
      expect(await border.sql(`(${keys} EXCEPT ALL ${expected}) UNION ALL (${expected} EXCEPT ALL ${keys})`)).toEqual(
        [],
      );
    }
    expect((await border.sql('SELECT 1 FROM documents.document_number_deletion')).length).toBeGreaterThan(0);
    const answer = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-TYPO' },
      {
        query:
          '{ searchDocuments(text: "BPTYPO20", first: 5) { edges { score matchedOn { kind note } node { id } } } }',
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.searchDocuments.edges).toEqual([
      {
        score: 0.75,
        matchedOn: [{ kind: 'FUZZY', note: 'neighbours swapped at 7–8: typed 20, recorded 02' }],
        node: { id: renumbered },
      },
    ]);
  });

  it('answers a check from its copy, saying how fresh the copy is', async () => {
    const answer = await check(ERIKSSON.documentNumber, 'BORDER-CHECK');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.checkDocument).toEqual({ hit: true, matches: [{ reference: 'D-000001' }] });
    await until(async () => (await check('NOSUCH1', 'BORDER-FRESH')).extensions?.borderPost?.stale === false, 'fresh');
    const { borderPost } = (await check(ERIKSSON.documentNumber, 'BORDER-CHECK')).extensions;
    expect(borderPost).toMatchObject({ borderPost: BORDER_POST, stale: false });
    expect(borderPost.copyAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(borderPost.copyAgeSeconds).toBeLessThan(30);
  });

  it('holds the persons with alerts shared with Finland, with their names, and checks them there', async () => {
    const persons = await border.sql<{ id: string }>('SELECT id FROM persons.person ORDER BY id');
    expect(persons).toEqual([{ id: ERIKSSON.person }]);
    expect(await border.sql('SELECT 1 FROM persons.person_name WHERE person_id <> $1', [ERIKSSON.person])).toEqual([]);
    expect(await border.sql('SELECT 1 FROM persons.alert')).toHaveLength(1);
    // Her name words carry her year of birth, whichever of her rows the first copy brought first.
    expect(await border.sql('SELECT DISTINCT birth_year FROM persons.name_word_row')).toEqual([{ birth_year: 1974 }]);
    const answer = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-PERSON' },
      {
        query: `{
          checkPerson(name: "Anna Eriksson", dateOfBirth: "1974-03-21") { hit matches { actionOnHit } }
          searchPersons(text: "Eriksson Anna", first: 1) { edges { node { id } } }
        }`,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.checkPerson).toEqual({
      hit: true,
      matches: [{ actionOnHit: 'Arrest and contact the SIRENE bureau of Sweden' }],
    });
    expect(answer.data.searchPersons.edges).toEqual([{ node: { id: ERIKSSON.person } }]);
    // The alert removed at the centre: the person leaves the border post, names and alert with it.
    await centre.sql('DELETE FROM persons.alert WHERE person_id = $1', [ERIKSSON.person]);
    await until(async () => (await border.sql('SELECT 1 FROM persons.person')).length === 0, 'Eriksson gone');
    expect(await border.sql('SELECT 1 FROM persons.person_name')).toEqual([]);
    expect(await border.sql('SELECT 1 FROM persons.name_key_birth_year')).toEqual([]);
    await centre.sql(
      `INSERT INTO persons.alert (id, person_id, kind, action_on_hit, offence, issuing_jurisdiction, valid_from)
       VALUES (gen_random_uuid(), $1, 'WANTED_FOR_ARREST', 'Arrest and contact the SIRENE bureau of Sweden',
               'Drug trafficking', 'SE', '2025-11-05')`,
      [ERIKSSON.person],
    );
    await until(async () => (await border.sql('SELECT 1 FROM persons.person')).length === 1, 'Eriksson back');
    // The post's alert kinds by nationality are rebuilt from the rows that arrived: a criteria search finds her.
    const byCriteria = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-PERSON' },
      {
        query: `{ searchPersons(criteria: { nationality: "SE", alertKind: WANTED_FOR_ARREST }, first: 1) {
          edges { node { id } } } }`,
      },
    );
    expect(byCriteria.data.searchPersons.edges).toEqual([{ node: { id: ERIKSSON.person } }]);
    // Names that arrived after the first copy are in the post's dictionaries too: a misspelt search finds her.
    const misspelt = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-PERSON' },
      { query: '{ searchPersons(text: "Anna Erikson", first: 1) { edges { node { id } } } }' },
    );
    expect(misspelt.data.searchPersons.edges).toEqual([{ node: { id: ERIKSSON.person } }]);
    expect(await border.sql('SELECT DISTINCT birth_year FROM persons.name_word_row')).toEqual([{ birth_year: 1974 }]);
    // And in its name keys by year of birth: a check with her date of birth hits her again.
    const checkedAgain = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-PERSON' },
      { query: '{ checkPerson(name: "Eriksson Anna", dateOfBirth: "1974") { hit } }' },
    );
    expect(checkedAgain.data.checkPerson).toEqual({ hit: true });
    // Restricted to Germany at the centre: gone from the Finnish border post, names too; shared again: back.
    const share = (sharing: string, sharedWith: string) =>
      centre.sql('UPDATE persons.person SET sharing = $2, shared_with = $3 WHERE id = $1', [
        ERIKSSON.person,
        sharing,
        sharedWith,
      ]);
    await share('LISTED_JURISDICTIONS', '{DE}');
    await until(async () => (await border.sql('SELECT 1 FROM persons.person_name')).length === 0, 'names gone');
    expect(await border.sql('SELECT 1 FROM persons.person')).toEqual([]);
    expect(await border.sql('SELECT 1 FROM persons.name_key_birth_year')).toEqual([]);
    await share('ALL_JURISDICTIONS', '{}');
    await until(async () => (await border.sql('SELECT 1 FROM persons.person_name')).length > 0, 'names back');
  });

  it('refuses writes: the copy is the centre’s', async () => {
    const answer = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-WRITE' },
      {
        query: 'mutation ($id: ID!) { revokeDocument(id: $id, reason: "found again") { id } }',
        variables: { id: ERIKSSON.document },
      },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_AT_BORDER_POST');
    expect(await border.sql('SELECT revoked_at FROM documents.document WHERE id = $1', [ERIKSSON.document])).toEqual([
      { revoked_at: null },
    ]);
  });

  it('says seizures are not held there, rather than answering "no hit"', async () => {
    const answer = await postJson(
      stack.urls.gateway,
      { authorization: `Bearer ${await tokenFor(FINNISH_OFFICER)}`, [PURPOSE_HEADER]: 'BORDER-SEIZURE' },
      { query: '{ searchSeizures(text: "cocaine", first: 1) { totalCount } }' },
    );
    expect(answer.data).toEqual({ searchSeizures: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/border post FI-VAALIMAA holds a read-only copy .* substances here/),
        extensions: expect.objectContaining({ code: 'NOT_AT_BORDER_POST' }),
      }),
    ]);
  });

  it('measures the replication lag under a write load at the centre', async () => {
    const { lags, loadRowsPerSecond } = await lagUnderLoad({
      probes: 50,
      write: (i) => copyOfPassport(`BPPROBE${i}`),
      seen: onBorder,
      // Meanwhile 20,000 documents written in batches of 1,000, as a bulk import at the centre would.
      load: async () => {
        for (let batch = 0; batch < 20; batch++)
          await insertDocumentCopies(centre, ERIKSSON.document, `BPLOAD${batch}-`, 1000);
        return 20_000;
      },
    });
    keepArtifact(
      'border-post-lag.md',
      `# Border post replication lag (test/border-post.test.ts)\n\nWhile the centre takes 20,000 documents in batches ` +
        `of 1,000, single documents are inserted there one after another; for each, the time from its commit until the ` +
        `border post has it (polled every 5 ms).\n\n| probes | load rows/s | p50 ms | p90 ms | max ms |\n` +
        `|---:|---:|---:|---:|---:|\n${lagRow(lags, loadRowsPerSecond)}\n`,
    );
    expect(lags).toHaveLength(50);
    // And the whole load arrives: every row of it, at the border post.
    const loaded = async () =>
      (await border.sql<{ n: string }>(`SELECT count(*) AS n FROM documents.document WHERE number LIKE 'BPLOAD%'`))[0]
        .n;
    await until(async () => (await loaded()) === '20000', 'the whole load at the border post', 120_000);
  }, 180_000);

  it('keeps answering with the link cut, and ships its audit rows to the centre exactly once when it returns', async () => {
    const purpose = `BORDER-${randomUUID().slice(0, 8)}`;
    await centre.stop();
    await until(async () => (await check('NOSUCH2', 'BORDER-CUT')).extensions?.borderPost?.stale === true, 'stale');
    const answer = await check(ERIKSSON.documentNumber, purpose);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.checkDocument.hit).toBe(true);
    expect(answer.extensions.borderPost.stale).toBe(true);

    const borderPool = new Pool({ connectionString: border.url('liaison'), max: 1 });
    const centrePool = new Pool({ connectionString: centre.url('liaison'), max: 1, connectionTimeoutMillis: 1000 });
    centrePool.on('error', () => undefined);
    try {
      // Link down: nothing leaves, the rows wait.
      await expect(shipAuditRows(borderPool, centrePool, BORDER_POST)).rejects.toThrow();
      const waiting = await border.sql(
        `SELECT a.id FROM liaison_border.audit_outbox o JOIN documents.audit_event a ON a.id = o.audit_event_id
          WHERE a.purpose = $1`,
        [purpose],
      );
      expect(waiting).toHaveLength(1);

      await centre.start(['wal_level=logical']);
      // The command a border post runs (here once): ships what waited.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/border-post.ts',
          'ship',
          '--name',
          BORDER_POST,
          '--centre',
          centre.url('liaison'),
          '--once',
        ],
        { cwd: path.join(__dirname, '..'), env: { ...process.env, DATABASE_URL: border.url('liaison') } },
      );
      expect(stdout).toMatch(/shipped \d+ audit rows/);
      const origin = await shippedAs(borderPool, BORDER_POST);
      expect(origin).toMatch(/^FI-VAALIMAA#[0-9a-f]{8}$/);
      const arrived = () =>
        centre.sql<{ jurisdiction: string; operation: string }>(
          `SELECT jurisdiction, operation FROM documents.audit_event WHERE border_post = $1 AND purpose = $2`,
          [origin, purpose],
        );
      expect(await arrived()).toEqual([{ jurisdiction: 'FI', operation: expect.stringContaining('checkDocument') }]);
      const notifications = () =>
        centre.sql(
          `SELECT 1 FROM documents.hit_outbox WHERE purpose = $1 AND record_id = $2 AND owner_jurisdiction = 'SE'
              AND hit_by_jurisdiction = 'FI'`,
          [purpose, ERIKSSON.document],
        );
      expect(await notifications()).toHaveLength(1);

      // Shipped again (as when the link failed after the centre committed): kept once.
      await border.sql(
        `INSERT INTO liaison_border.audit_outbox (subgraph, audit_event_id)
         SELECT 'documents', id FROM documents.audit_event WHERE purpose = $1`,
        [purpose],
      );
      expect(await shipAuditRows(borderPool, centrePool, BORDER_POST)).toBeGreaterThan(0);
      expect(await arrived()).toHaveLength(1);
      expect(await notifications()).toHaveLength(1);
    } finally {
      await Promise.all([borderPool.end(), centrePool.end()]);
    }
    // The subscription streams again: fresh.
    await until(
      async () => (await check('NOSUCH3', 'BORDER-BACK')).extensions?.borderPost?.stale === false,
      'fresh again',
    );
  }, 180_000);
});
