// Schema contracts: a partner credential bound to a contract reaches the graph only through that contract's
// endpoint, which serves the contract's filtered schema (the committed, versioned one) and nothing more.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  type IntrospectionQuery,
} from 'graphql';
import { graphql, OFFICER, serviceUrl, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import type { Principal } from '../shared/auth';
import { CONTRACTS, breakingChanges, contractFiles, releases } from '../gateway/src/contracts';

const PARTNER: Principal = {
  userId: 'nl-border-lane-7',
  agency: 'NL-KMAR',
  jurisdiction: 'NL',
  roles: ['partner'],
  contract: 'hit-no-hit',
};
const contractUrl = (name: string) => serviceUrl('gateway').replace(/\/graphql$/, `/contracts/${name}/graphql`);

const CHECK = `query($number: String!) { checkDocument(number: $number, issuingCountry: "SE") {
  hit matches { reference ownerJurisdiction status actionOnHit } } }`;

describe('the hit-no-hit contract', () => {
  it('answers a partner’s checks at its endpoint', async () => {
    const { data, errors } = await graphql(CHECK, { number: ERIKSSON.documentNumber }, 'gateway', {
      principal: PARTNER,
    });
    expect(errors).toBeUndefined();
    expect(data.checkDocument).toMatchObject({ hit: true, matches: [{ ownerJurisdiction: 'SE' }] });
  });

  it('serves exactly the committed contract schema: the checks and batch checks, no search, no mutation', async () => {
    const { data, errors } = await graphql<IntrospectionQuery>(getIntrospectionQuery(), {}, 'gateway', {
      principal: PARTNER,
    });
    expect(errors).toBeUndefined();
    const served = buildClientSchema(data!);
    expect(Object.keys(served.getQueryType()!.getFields()).sort()).toEqual([
      'checkDocument',
      'checkDocuments',
      'checkPerson',
      'checkPersons',
      'checkVehicle',
      'checkVehicles',
    ]);
    expect(served.getMutationType() ?? null).toBeNull();
    const committed = buildSchema(readFileSync(contractFiles(CONTRACTS[0]).schema, 'utf8'));
    expect(findBreakingChanges(committed, served)).toEqual([]);
    expect(findBreakingChanges(served, committed)).toEqual([]);
  });

  it('refuses what is outside the contract before any subgraph is asked', async () => {
    const { errors } = await graphql('{ searchPersons(text: "Anna Eriksson") { totalCount } }', {}, 'gateway', {
      principal: PARTNER,
    });
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('holds a partner credential to its contract: the full graph refuses it, naming the endpoint to use', async () => {
    const { data, errors } = await graphql(CHECK, { number: ERIKSSON.documentNumber }, 'gateway', {
      principal: PARTNER,
      contractEndpoint: false,
    });
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toContain('/contracts/hit-no-hit/graphql');
  });

  it('refuses a credential bound to another contract', async () => {
    const response = await fetch(contractUrl('hit-no-hit'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor({ ...PARTNER, contract: 'europol-hub' })}`,
        'x-liaison-purpose': 'CONTRACT-PROBE',
      },
      body: JSON.stringify({ query: CHECK, variables: { number: ERIKSSON.documentNumber } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(403);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is open to officers too, with the same schema', async () => {
    const response = await fetch(contractUrl('hit-no-hit'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(OFFICER)}`,
        'x-liaison-purpose': 'CONTRACT-PROBE',
      },
      body: JSON.stringify({ query: CHECK, variables: { number: ERIKSSON.documentNumber } }),
    });
    // The whole body, so that a refusal or an error shows its code and message.
    expect({ status: response.status, body: await response.json() }).toMatchObject({
      status: 200,
      body: { data: { checkDocument: { hit: true } } },
    });
  });

  it('released the batch checks as v2, adding to v1 and breaking nothing of it', () => {
    const versions = releases(CONTRACTS[0]).map(({ version, file }) => ({
      version,
      schema: buildSchema(readFileSync(file, 'utf8')),
    }));
    expect(versions.map(({ version }) => version)).toEqual([1, 2]);
    const [v1, v2] = versions.map(({ schema }) => Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(v2.filter((field) => !v1.includes(field))).toEqual(['checkDocuments', 'checkPersons', 'checkVehicles']);
    expect(findBreakingChanges(versions[0].schema, versions[1].schema)).toEqual([]);
  });

  it('breaks none of its released versions', () => {
    for (const contract of CONTRACTS) {
      expect(breakingChanges(contract, readFileSync(contractFiles(contract).schema, 'utf8'))).toEqual([]);
    }
  });
});
