import { Client } from 'pg';
import { graphql, OFFICER } from './client';
import { ERIKSSON } from './fixtures';

async function withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function lastAuditRow(schema: string, purpose: string) {
  return withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT * FROM ${schema}.audit_event WHERE purpose = $1 ORDER BY id DESC LIMIT 1`,
      [purpose],
    );
    return rows[0];
  });
}

describe('audit log', () => {
  it('logs a search with who, why, what was asked and which records were returned', async () => {
    const purpose = 'AUDIT-CASE-1';
    const { errors } = await graphql(
      `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { edges { node { id number } } } }`,
      {},
      'gateway',
      { purpose },
    );
    expect(errors).toBeUndefined();
    const row = await lastAuditRow('documents', purpose);
    expect(row).toMatchObject({
      user_id: OFFICER.userId,
      agency: OFFICER.agency,
      jurisdiction: OFFICER.jurisdiction,
      purpose,
      criteria: { searchDocuments: expect.objectContaining({ text: ERIKSSON.documentNumber }) },
      record_ids: [ERIKSSON.document],
    });
    expect(row.occurred_at).toBeInstanceOf(Date);
  });

  it('logs disclosures through links and _entities in the subgraph that owns the record', async () => {
    const purpose = 'AUDIT-CASE-2';
    await graphql(`{ person(id: "${ERIKSSON.person}") { documents { id } vehicles { id } } }`, {}, 'gateway', {
      purpose,
    });
    expect((await lastAuditRow('documents', purpose)).record_ids).toEqual([ERIKSSON.document]);
    expect((await lastAuditRow('vehicles', purpose)).record_ids).toEqual([ERIKSSON.vehicle]);
  });

  it('cannot be updated, deleted or truncated', async () => {
    await withDatabase(async (client) => {
      await expect(client.query(`UPDATE documents.audit_event SET purpose = 'x'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM vehicles.audit_event`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE substances.audit_event`)).rejects.toThrow(/append-only/);
    });
  });

  it('discloses nothing when the audit write fails, and serves again once it works', async () => {
    const query = `{ searchDocuments(text: "${ERIKSSON.documentNumber}") { edges { node { id number } } } }`;
    // A real failure: the audit table refuses every new row until the constraint is dropped.
    await withDatabase((client) =>
      client.query('ALTER TABLE documents.audit_event ADD CONSTRAINT injected_failure CHECK (false) NOT VALID'),
    );
    try {
      const { data, errors } = await graphql(query);
      expect(data?.searchDocuments ?? null).toBeNull();
      expect(JSON.stringify(data ?? null)).not.toContain(ERIKSSON.documentNumber);
      expect(errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await withDatabase((client) =>
        client.query('ALTER TABLE documents.audit_event DROP CONSTRAINT injected_failure'),
      );
    }
    const { data, errors } = await graphql(query);
    expect(errors).toBeUndefined();
    expect(data.searchDocuments.edges[0].node.number).toBe(ERIKSSON.documentNumber);
  });
});
