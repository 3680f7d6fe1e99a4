import { Client, type QueryResult } from 'pg';

/** One statement on the suite's database (set up by jest's global setup), on a connection of its own. */
export async function sql(statement: string, values: unknown[] = []): Promise<QueryResult> {
  const client = new Client({ connectionString: process.env.LIAISON_TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(statement, values);
  } finally {
    await client.end();
  }
}
