// The database side of the search evaluation, shared by generate.ts and run.ts: a fresh scratch database (on
// DATABASE_URL's server, or on an embedded PostgreSQL in a temporary folder when it is unset), migrated and seeded
// with the evaluation set's seed and size, and a fingerprint of the seeded records.
import { Client } from 'pg';
import type { Principal } from '../../shared/auth';
import { migrateUp } from '../../shared/migrate';
import { SUBGRAPH_NAMES } from '../../shared/schema';
import { seedDatabase, type SeedSummary } from '../../scripts/seed/index';
import { createScratchDatabase, dropScratchDatabase, openTestServer } from '../setup/database';

/**
 * Who the evaluation searches as: an officer of the Swedish national operations department. Correct answers are
 * the records this officer may see (SPEC 5.2): current, shared with SE (owned, shared with all, or listed), and not
 * H3 unless owned by SE.
 */
export const EVAL_VIEWER: Principal = {
  userId: 'eval-search',
  agency: 'SE-NOA',
  jurisdiction: 'SE',
  roles: ['officer'],
};

/** SQL condition (viewer's jurisdiction as parameter $1) for the records the viewer may see. */
export const VISIBLE_SQL = `(expires_at IS NULL OR expires_at > now())
  AND (owner_jurisdiction = $1::varchar OR sharing = 'ALL_JURISDICTIONS'
       OR (sharing = 'LISTED_JURISDICTIONS' AND $1::varchar = ANY(shared_with)))
  AND (handling_code <> 'H3' OR owner_jurisdiction = $1::varchar)`;

export interface EvalDatabase {
  url: string;
  /** True when the server is an embedded PostgreSQL started for this run. */
  embedded: boolean;
  seed: SeedSummary;
  /** Drops the scratch database and stops the embedded server, if any. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Creates, migrates and seeds a scratch database. Points DATABASE_URL and every `<NAME>_DATABASE_URL` of this
 * process at it, so that the seed (and any service started with this environment) uses it and nothing else.
 */
export async function openEvalDatabase(options: {
  size: number;
  seed: number;
  log: (message: string) => void;
}): Promise<EvalDatabase> {
  const embedded = !process.env.DATABASE_URL;
  options.log(embedded ? 'starting an embedded PostgreSQL' : 'using the PostgreSQL server of DATABASE_URL');
  const server = await openTestServer();
  let url: string | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (url) await dropScratchDatabase(server.adminUrl, url).catch(() => {});
    await server.stop();
  };
  try {
    url = await createScratchDatabase(server.adminUrl, 'liaison_eval');
    process.env.DATABASE_URL = url;
    for (const name of SUBGRAPH_NAMES) process.env[`${name.toUpperCase()}_DATABASE_URL`] = url;
    await migrateUp({ url });
    options.log(`seeding ${options.size.toLocaleString('en')} records with seed ${options.seed}`);
    // A line per table every tenth of its records: a seed of a million records takes minutes.
    const reported = new Map<string, number>();
    const seed = await seedDatabase({
      size: options.size,
      seed: options.seed,
      onProgress: ({ table, done, total }) => {
        const tenth = Math.floor((done / Math.max(total, 1)) * 10);
        if (tenth > (reported.get(table) ?? -1)) {
          reported.set(table, tenth);
          options.log(`  ${table}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
        }
      },
    });
    return { url, embedded, seed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A digest of the seeded records' identifying values (names, dates of birth, numbers, VINs, plates, seizures, the
 * substance catalogue's names), their visibility (owner, sharing, handling) and expiry. Columns derived by the matching code (search_name, *_normalized) are left out on purpose: the
 * labelled set stays valid while matching changes, and is stale only when the seed itself changes. Independent of
 * the server's collation and time zone.
 */
export async function fingerprint(client: Client): Promise<string> {
  const { rows } = await client.query<{ digest: string }>(`
    SELECT md5(concat_ws('/',
      (SELECT md5(string_agg(concat_ws('|', id, owner_jurisdiction, sharing, shared_with::text, handling_code, family_name, given_names, family_name_latin, given_names_latin,
                  name_at_birth, aliases::text, sex, dob_year, dob_month, dob_day, nationalities::text, extract(epoch FROM expires_at)),
                  E'\\n' ORDER BY id)) FROM persons.person),
      (SELECT md5(string_agg(concat_ws('|', id, owner_jurisdiction, sharing, shared_with::text, handling_code, number, issuing_country, mrz, extract(epoch FROM expires_at)), E'\\n' ORDER BY id))
         FROM documents.document),
      (SELECT md5(string_agg(concat_ws('|', id, owner_jurisdiction, sharing, shared_with::text, handling_code, vin, registration_plate, registration_country, extract(epoch FROM expires_at)),
                  E'\\n' ORDER BY id)) FROM vehicles.vehicle),
      (SELECT md5(string_agg(concat_ws('|', id, owner_jurisdiction, sharing, shared_with::text, handling_code, substance_id, country, to_char(seized_on, 'YYYY-MM-DD'), extract(epoch FROM expires_at)), E'\\n' ORDER BY id))
         FROM substances.seizure),
      (SELECT md5(string_agg(concat_ws('|', substance_id, name, language, kind), E'\\n'
                  ORDER BY substance_id, language COLLATE "C", kind COLLATE "C", name COLLATE "C")) FROM substances.substance_name),
      (SELECT md5(string_agg(concat_ws('|', id, cas_number), E'\\n' ORDER BY id)) FROM substances.substance))) AS digest`);
  return rows[0].digest;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'liaison-eval' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A POST to the gateway that waits as its `Retry-After` says and sends again when it answers 429 (a few times at
 * most), as a client would: on a quick machine a few queries in flight pass its 200 searches a second for one
 * credential. `init` builds each attempt's request (a fresh timeout signal each time).
 */
export async function postRespectingRateLimit(url: string, init: () => RequestInit): Promise<Response> {
  for (let refused = 0; ; refused++) {
    const response = await fetch(url, init());
    const retryAfter = Number(response.headers.get('retry-after'));
    if (response.status !== 429 || !(retryAfter > 0) || refused >= 5) return response;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
}
