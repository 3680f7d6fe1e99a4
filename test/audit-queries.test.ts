// The read side of the audit log: hitsOnMyRecords (owners learn who hit their records) and auditLog (the
// data-protection role supervises its own jurisdiction's requests), through the gateway over HTTP.
import { graphql, OFFICER, sqlStatementsSoFar } from './client';
import { ERIKSSON, fixtureId } from './fixtures';
import type { Principal } from '../shared/auth';
import { sql } from './sql';

const SE_OFFICER = OFFICER;
const DE: Principal = { userId: 'hits-de-officer', agency: 'DE-BKA', jurisdiction: 'DE', roles: ['officer'] };
const FR: Principal = { userId: 'hits-fr-analyst', agency: 'FR-OFAST', jurisdiction: 'FR', roles: ['analyst'] };
const FI: Principal = { userId: 'hits-fi-officer', agency: 'FI-KRP', jurisdiction: 'FI', roles: ['officer'] };
const SE_DPO: Principal = { userId: 'se-dpo', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['data-protection'] };
const SE_ADMIN: Principal = { userId: 'se-admin', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['admin'] };
const NL_PARTNER: Principal = {
  userId: 'nl-partner',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};

const ERIKSSON_RECORDS = new Set([ERIKSSON.person, ERIKSSON.document, ERIKSSON.vehicle, ERIKSSON.seizure]);
const FI_SEIZURE = fixtureId('seizure', 101);

const HIT_FIELDS = `edges { cursor node { occurredAt purpose operation
  requester { userId jurisdiction agency { code name } } record { id type nationalReference } } }
  pageInfo { hasNextPage hasPreviousPage endCursor }`;
const HITS = `query($filter: HitFilter, $first: Int, $after: String) {
  hitsOnMyRecords(filter: $filter) {
    id
    persons(first: $first, after: $after) { ${HIT_FIELDS} }
    documents(first: $first, after: $after) { ${HIT_FIELDS} }
    vehicles(first: $first, after: $after) { ${HIT_FIELDS} }
    substances(first: $first, after: $after) { ${HIT_FIELDS} }
  }
}`;
const EVENT_FIELDS = `edges { cursor node { id occurredAt requestId userId agency { code } jurisdiction purpose operation
  criteria recordIds } } pageInfo { hasNextPage hasPreviousPage endCursor }`;
const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter) {
    persons(first: $first, after: $after) { ${EVENT_FIELDS} }
    documents(first: $first, after: $after) { ${EVENT_FIELDS} }
    vehicles(first: $first, after: $after) { ${EVENT_FIELDS} }
    substances(first: $first, after: $after) { ${EVENT_FIELDS} }
  }
}`;

/** The rows of one statement. */
const selectRows = async <T = any>(statement: string, values: unknown[] = []): Promise<T[]> =>
  (await sql(statement, values)).rows;

const databaseNow = async (): Promise<string> =>
  (await selectRows<{ now: Date }>('SELECT clock_timestamp() AS now'))[0].now.toISOString();

async function ok(query: string, variables: Record<string, unknown>, principal: Principal, purpose?: string) {
  const { data, errors } = await graphql(query, variables, 'gateway', { principal, purpose });
  expect(errors).toBeUndefined();
  return data;
}

async function hits(principal: Principal, filter: Record<string, unknown>, first = 100, after?: string) {
  return (await ok(HITS, { filter, first, after }, principal)).hitsOnMyRecords;
}

async function errorCode(query: string, variables: Record<string, unknown>, principal: Principal) {
  const { errors } = await graphql(query, variables, 'gateway', { principal });
  return errors?.[0]?.extensions?.code;
}

const nodes = (connection: any) => connection.edges.map((edge: any) => edge.node);

let start: string;
let betweenDeAndFr: string;
let reference: Record<string, string>;

beforeAll(async () => {
  start = await databaseNow();
  // DE hits all four Eriksson records (SE) and, in substances, a Finnish seizure too.
  await ok(
    `query Investigate($vin: String!) {
      searchPersons(text: "Anna Eriksson") { edges { node { id } } }
      searchDocuments(text: "${ERIKSSON.documentNumber}") { edges { node { id } } }
      searchVehicles(text: $vin) { edges { node { id seizures { id } } } }
      seizure(id: "${FI_SEIZURE}") { id }
    }`,
    { vin: ERIKSSON.vin },
    DE,
    'DE-BKA-2026-HITS-1',
  );
  betweenDeAndFr = await databaseNow();
  await ok(`{ document(id: "${ERIKSSON.document}") { id } }`, {}, FR, 'FR-OFAST-2026-HITS-2');
  // Sweden's own request on its own record: not a foreign hit.
  await ok(`{ document(id: "${ERIKSSON.document}") { id } }`, {}, SE_OFFICER, 'SE-NOA-2026-OWN-3');
  const rows = await selectRows<{ id: string; national_reference: string }>(
    `SELECT id, national_reference FROM persons.person WHERE id = $1
     UNION ALL SELECT id, national_reference FROM documents.document WHERE id = $2
     UNION ALL SELECT id, national_reference FROM vehicles.vehicle WHERE id = $3
     UNION ALL SELECT id, national_reference FROM substances.seizure WHERE id = $4`,
    [ERIKSSON.person, ERIKSSON.document, ERIKSSON.vehicle, ERIKSSON.seizure],
  );
  reference = Object.fromEntries(rows.map((row) => [row.id, row.national_reference]));
});

describe('hitsOnMyRecords', () => {
  it("shows the owner who hit its records, when and why, in each subgraph's field", async () => {
    const report = await hits(SE_OFFICER, { since: start });
    const deHit = (id: string, type: string) => ({
      occurredAt: expect.any(String),
      purpose: 'DE-BKA-2026-HITS-1',
      operation: expect.stringContaining('Investigate'),
      requester: { userId: DE.userId, jurisdiction: 'DE', agency: { code: 'DE-BKA', name: 'Bundeskriminalamt' } },
      record: { id, type, nationalReference: reference[id] },
    });
    expect(nodes(report.persons)).toEqual([deHit(ERIKSSON.person, 'Person')]);
    expect(nodes(report.vehicles)).toEqual([deHit(ERIKSSON.vehicle, 'Vehicle')]);
    expect(nodes(report.substances)).toEqual([deHit(ERIKSSON.seizure, 'Seizure')]);
    // Newest first: the French lookup came after the German search.
    expect(nodes(report.documents)).toEqual([
      {
        ...deHit(ERIKSSON.document, 'Document'),
        purpose: 'FR-OFAST-2026-HITS-2',
        operation: 'document',
        requester: { userId: FR.userId, jurisdiction: 'FR', agency: expect.objectContaining({ code: 'FR-OFAST' }) },
      },
      deHit(ERIKSSON.document, 'Document'),
    ]);
  });

  it("never shows hits on other jurisdictions' records, nor (by default) its own jurisdiction's requests", async () => {
    const recordIds = async (filter: Record<string, unknown>) => {
      const report = await hits(SE_OFFICER, filter);
      const all = ['persons', 'documents', 'vehicles', 'substances'].flatMap((field) => nodes(report[field]));
      for (const hit of all) expect(hit.requester.jurisdiction).not.toBe('SE');
      return all.map((hit: any) => hit.record.id);
    };
    // Since this file's searches: the Eriksson records only, not the Finnish seizure DE also saw.
    expect(new Set(await recordIds({ since: start }))).toEqual(ERIKSSON_RECORDS);
    // Over the whole log (other test files' requests too): records Sweden owns, and no others.
    const owners = await selectRows<{ owner_jurisdiction: string }>(
      `SELECT owner_jurisdiction FROM persons.person WHERE id = ANY($1::uuid[])
       UNION ALL SELECT owner_jurisdiction FROM documents.document WHERE id = ANY($1::uuid[])
       UNION ALL SELECT owner_jurisdiction FROM vehicles.vehicle WHERE id = ANY($1::uuid[])
       UNION ALL SELECT owner_jurisdiction FROM substances.seizure WHERE id = ANY($1::uuid[])`,
      [await recordIds({})],
    );
    expect(new Set(owners.map((row) => row.owner_jurisdiction))).toEqual(new Set(['SE']));
    // Finland sees the German hit on its seizure, and nothing of Sweden's.
    const finnish = await hits(FI, { since: start });
    expect(nodes(finnish.substances)).toEqual([
      expect.objectContaining({ requester: expect.objectContaining({ userId: DE.userId }), record: expect.anything() }),
    ]);
    expect(nodes(finnish.substances)[0].record.id).toBe(FI_SEIZURE);
    expect(nodes(finnish.documents)).toEqual([]);
  });

  it("lists the owner's own jurisdiction's requests when the data-protection officer asks, to no one else", async () => {
    expect(await errorCode(HITS, { filter: { since: start, includeOwnJurisdiction: true } }, SE_OFFICER)).toBe(
      'FORBIDDEN',
    );
    const report = await hits(SE_DPO, { since: start, includeOwnJurisdiction: true });
    expect(nodes(report.documents).map((hit: any) => hit.requester.userId)).toEqual([
      SE_OFFICER.userId,
      FR.userId,
      DE.userId,
    ]);
  });

  it('filters by period, requester jurisdiction, requester agency and record', async () => {
    const userIds = (connection: any) => nodes(connection).map((hit: any) => hit.requester.userId);
    const byJurisdiction = await hits(SE_OFFICER, { since: start, requesterJurisdiction: 'fr' });
    expect(userIds(byJurisdiction.documents)).toEqual([FR.userId]);
    expect(userIds(byJurisdiction.persons)).toEqual([]);

    const byAgency = await hits(SE_OFFICER, { since: start, requesterAgency: 'DE-BKA' });
    expect(userIds(byAgency.documents)).toEqual([DE.userId]);
    expect(userIds(byAgency.persons)).toEqual([DE.userId]);

    const beforeFr = await hits(SE_OFFICER, { since: start, until: betweenDeAndFr });
    expect(userIds(beforeFr.documents)).toEqual([DE.userId]);
    const afterDe = await hits(SE_OFFICER, { since: betweenDeAndFr });
    expect(userIds(afterDe.documents)).toEqual([FR.userId]);
    expect(userIds(afterDe.persons)).toEqual([]);

    const byRecord = await hits(SE_OFFICER, { since: start, recordId: ERIKSSON.vehicle });
    expect(nodes(byRecord.vehicles).map((hit: any) => hit.record.id)).toEqual([ERIKSSON.vehicle]);
    expect(nodes(byRecord.documents)).toEqual([]);
    expect(nodes(byRecord.persons)).toEqual([]);
  });

  it('pages newest first with keyset cursors', async () => {
    const all = nodes((await hits(SE_DPO, { since: start, includeOwnJurisdiction: true })).documents);
    expect(all).toHaveLength(3);
    const paged = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page += 1) {
      const { documents } = await hits(SE_DPO, { since: start, includeOwnJurisdiction: true }, 1, after);
      expect(documents.edges).toHaveLength(1);
      expect(documents.pageInfo).toMatchObject({ hasNextPage: page < 2, hasPreviousPage: page > 0 });
      paged.push(documents.edges[0].node);
      after = documents.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const times = all.map((hit: any) => hit.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('is open to officers, analysts, data protection and admins; a partner is FORBIDDEN', async () => {
    for (const principal of [FR, SE_DPO, SE_ADMIN]) expect((await hits(principal, {})).id).toEqual(expect.any(String));
    // Not in the partner's schema contract at the gateway; the subgraphs refuse the role too (below).
    expect(await errorCode(HITS, {}, NL_PARTNER)).toBe('GRAPHQL_VALIDATION_FAILED');
    // The subgraphs check again when the report reaches them as a representation.
    const { errors } = await graphql(
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on HitReport {
              documents {
                edges {
                  cursor
                }
              }
            }
          }
        }
      `,
      { r: [{ __typename: 'HitReport', id: Buffer.from('{}').toString('base64url') }] },
      'documents',
      { principal: NL_PARTNER },
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a bad filter or cursor with BAD_USER_INPUT naming it', async () => {
    const badFilters = [
      [{ requesterJurisdiction: 'XX' }, 'filter.requesterJurisdiction'],
      [{ requesterAgency: 'DE-NOPE' }, 'filter.requesterAgency'],
      [{ recordId: 'not-a-uuid' }, 'filter.recordId'],
      [{ since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' }, 'filter.since'],
    ] as const;
    for (const [filter, argument] of badFilters) {
      const { errors } = await graphql(HITS, { filter }, 'gateway', { principal: SE_OFFICER });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    // Not a cursor at all; a cursor's shape with an impossible instant; an event id beyond bigint.
    const uuid = '00000000-0000-4000-8000-000000000001';
    const forged = [
      'nope',
      `hit:2026-13-45T99:00:00.000000Z:1:${uuid}`,
      `hit:2026-01-01T00:00:00.000000Z:9999999999999999999:${uuid}`,
    ];
    for (const after of forged) {
      const cursor = Buffer.from(after).toString('base64url');
      const { errors } = await graphql(HITS, { after: cursor }, 'gateway', { principal: SE_OFFICER });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('re-validates the filter a representation carries in every subgraph', async () => {
    const forged = Buffer.from(JSON.stringify({ requesterJurisdiction: 'XX' })).toString('base64url');
    for (const service of ['persons', 'documents', 'vehicles', 'substances'] as const) {
      for (const id of [forged, 'not base64!', Buffer.from('{"sql":"1; DROP"}').toString('base64url')]) {
        const { errors } = await graphql(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on HitReport { ${service} { edges { cursor } } } } }`,
          { r: [{ __typename: 'HitReport', id }] },
          service,
          { principal: SE_OFFICER },
        );
        expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('answers each field with one SQL statement, however many hits', async () => {
    const statementsFor = async (first: number) => {
      const before = await sqlStatementsSoFar();
      await hits(SE_DPO, { includeOwnJurisdiction: true }, first);
      return (await sqlStatementsSoFar()) - before;
    };
    // four fields, four audit rows
    expect(await statementsFor(1)).toBe(8);
    expect(await statementsFor(100)).toBe(8);
  });
});

describe('auditLog', () => {
  it("pages through the requests of the data-protection officer's own jurisdiction, with filters", async () => {
    const { auditLog } = await ok(AUDIT_LOG, { filter: { since: start }, first: 100 }, SE_DPO);
    const events = nodes(auditLog.documents);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.jurisdiction).toBe('SE');
    expect(events).toContainEqual({
      id: expect.stringMatching(/^documents:\d+$/),
      occurredAt: expect.any(String),
      requestId: expect.any(String),
      userId: SE_OFFICER.userId,
      agency: { code: 'SE-NOA' },
      jurisdiction: 'SE',
      purpose: 'SE-NOA-2026-OWN-3',
      operation: 'document',
      criteria: {},
      recordIds: [ERIKSSON.document],
    });
    // German and French requests are not Sweden's to supervise.
    expect(events.map((event: any) => event.userId)).not.toContain(DE.userId);

    const filtered = await ok(
      AUDIT_LOG,
      {
        filter: {
          since: start,
          userId: SE_OFFICER.userId,
          agency: 'SE-NOA',
          jurisdiction: 'SE',
          operation: 'document',
          purpose: 'SE-NOA-2026-OWN-3',
          recordId: ERIKSSON.document,
        },
      },
      SE_DPO,
    );
    expect(nodes(filtered.auditLog.documents).map((event: any) => event.purpose)).toEqual(['SE-NOA-2026-OWN-3']);
    expect(nodes(filtered.auditLog.persons)).toEqual([]);

    const otherUser = await ok(AUDIT_LOG, { filter: { since: start, userId: 'nobody' } }, SE_DPO);
    expect(nodes(otherUser.auditLog.documents)).toEqual([]);
  });

  it('pages with keyset cursors, newest first', async () => {
    // A fixed period: reading the log adds rows of its own, which would otherwise come first on the next page.
    const filter = { since: start, until: await databaseNow() };
    const all = nodes((await ok(AUDIT_LOG, { filter, first: 100 }, SE_DPO)).auditLog.persons);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = (await ok(AUDIT_LOG, { filter, first: 1 }, SE_DPO)).auditLog.persons;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await ok(AUDIT_LOG, { filter, first: 1, after: first.pageInfo.endCursor }, SE_DPO)).auditLog
      .persons;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect([first.edges[0].node.id, second.edges[0].node.id]).toEqual([all[0].id, all[1].id]);
  });

  it('is FORBIDDEN to every other role, and to other jurisdictions than the officer’s own', async () => {
    expect(await errorCode(AUDIT_LOG, {}, SE_OFFICER)).toBe('FORBIDDEN');
    expect(await errorCode(AUDIT_LOG, {}, SE_ADMIN)).toBe('FORBIDDEN');
    expect(await errorCode(AUDIT_LOG, {}, NL_PARTNER)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await errorCode(AUDIT_LOG, { filter: { jurisdiction: 'DE' } }, SE_DPO)).toBe('FORBIDDEN');
  });

  it('refuses a bad filter with BAD_USER_INPUT', async () => {
    expect(await errorCode(AUDIT_LOG, { filter: { agency: 'nonsense' } }, SE_DPO)).toBe('BAD_USER_INPUT');
    expect(await errorCode(AUDIT_LOG, { filter: { since: 'yesterday' } }, SE_DPO)).toBe('BAD_USER_INPUT');
  });

  it('is itself audited, in every subgraph, as a request that discloses no records', async () => {
    const purpose = 'SE-DPO-2026-REVIEW-7';
    await ok(AUDIT_LOG, { filter: { userId: DE.userId } }, SE_DPO, purpose);
    const { auditLog } = await ok(AUDIT_LOG, { filter: { since: start, purpose } }, SE_DPO);
    const [persons] = nodes(auditLog.persons);
    expect(persons).toMatchObject({
      userId: SE_DPO.userId,
      purpose,
      operation: 'auditLog',
      recordIds: [],
      criteria: {
        auditLog: { filter: { userId: DE.userId } },
        'AuditLogReport.persons': { filter: { userId: DE.userId }, first: 20 },
      },
    });
    expect(nodes(auditLog.substances)[0].criteria).toEqual({
      'AuditLogReport.substances': { filter: { userId: DE.userId }, first: 20 },
    });
  });

  it('audits hitsOnMyRecords too', async () => {
    const purpose = 'SE-NOA-2026-HITS-REVIEW';
    await ok(HITS, { filter: { requesterAgency: 'DE-BKA' }, first: 5 }, SE_OFFICER, purpose);
    const rows = await selectRows(`SELECT criteria, record_ids FROM vehicles.audit_event WHERE purpose = $1`, [
      purpose,
    ]);
    expect(rows).toEqual([
      {
        criteria: { 'HitReport.vehicles': { filter: { requesterAgency: 'DE-BKA' }, first: 5 } },
        record_ids: [],
      },
    ]);
    const [persons] = await selectRows(`SELECT criteria FROM persons.audit_event WHERE purpose = $1`, [purpose]);
    expect(persons.criteria.hitsOnMyRecords).toEqual({ filter: { requesterAgency: 'DE-BKA' } });
  });
});
