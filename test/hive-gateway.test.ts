// The committed supergraph on a second federation gateway (issue 15, item 4): Hive Gateway, started on
// gateway/supergraph.graphql with the configuration in bench/hive-gateway.config.ts (the subgraphs' addresses, the
// headers they require and the gateway credential), answers the repository's UnifiedSearch as our gateway does.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PURPOSE_HEADER } from '../shared/auth';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/schema';
import { startHiveGateway, type HiveGateway } from '../bench/hive';
import { freePort } from '../scripts/stack';
import { graphql, postJson, serviceUrl, tokenFor } from './client';
import { UNIFIED_SEARCH_TEXT } from './fixtures';

const UNIFIED_SEARCH = readFileSync(path.join(__dirname, '..', 'operations', 'UnifiedSearch.graphql'), 'utf8');

describe('the supergraph on Hive Gateway', () => {
  let hive: HiveGateway;
  beforeAll(async () => {
    hive = await startHiveGateway({
      port: await freePort(),
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, serviceUrl(name)])) as Record<
        SubgraphName,
        string
      >,
      logFile: path.join(os.tmpdir(), `liaison-hive-gateway-${process.pid}.log`),
    });
  }, 90_000);
  afterAll(() => hive?.stop());

  it('answers UnifiedSearch as our gateway does, through the same subgraphs', async () => {
    const variables = { text: UNIFIED_SEARCH_TEXT };
    const headers = { authorization: `Bearer ${await tokenFor()}`, [PURPOSE_HEADER]: 'HIVE-GATEWAY-TEST' };
    const viaHive = await postJson(hive.url, headers, { query: UNIFIED_SEARCH, variables });
    const viaOurs = await graphql(UNIFIED_SEARCH, variables);
    expect(viaHive.errors).toBeUndefined();
    expect(viaOurs.errors).toBeUndefined();
    for (const search of ['persons', 'documents', 'vehicles', 'seizures'])
      expect(viaHive.data[search].edges.length).toBeGreaterThan(0);
    expect(viaHive.data).toEqual(viaOurs.data);
  });

  it('is refused by the subgraphs without a user token, as our gateway is', async () => {
    const answer = await postJson(
      hive.url,
      { [PURPOSE_HEADER]: 'HIVE-GATEWAY-TEST' },
      { query: UNIFIED_SEARCH, variables: { text: 'x' } },
    );
    expect(answer.data?.persons ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
  });
});
