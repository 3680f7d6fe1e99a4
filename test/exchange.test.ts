// The exchange after a hit (issue 14), through the real gateway and subgraphs: hit notifications (query and live
// feed), information requests between the two bureaus, their deadlines, who sees them and the audit of every read.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Principal } from '../shared/auth';
import { PURPOSE_HEADER } from '../shared/auth';
import { HIT_NOTIFICATIONS_PATH, RELAY_SECRET_HEADER, relaySecret } from '../shared/hit-outbox';
import { serviceRequest } from '../shared/tls';
import { graphql, postRaw, serviceUrl, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import { sql } from './sql';
import { germanHitOnSwedishPassport } from './support/hits';
import { until } from './support/until';

const SE_BUREAU: Principal = { userId: 'se-bureau', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['officer'] };
const DE_OFFICER: Principal = { userId: 'de-border-7', agency: 'DE-BPOL', jurisdiction: 'DE', roles: ['officer'] };
const FR_OFFICER: Principal = { userId: 'fr-officer', agency: 'FR-DNPJ', jurisdiction: 'FR', roles: ['officer'] };
const SE_PARTNER: Principal = { ...SE_BUREAU, userId: 'se-partner', roles: ['partner'], contract: 'hit-no-hit' };

const CHECK = `query Check($number: String!) { checkDocument(number: $number, issuingCountry: "SE") { hit } }`;
const NOTIFICATIONS = `query Notifications($after: String) {
  hitNotifications(after: $after, first: 100) {
    edges { node { id cursor record { type id nationalReference } ownerJurisdiction ownerAgency { code }
      hitByJurisdiction hitByAgency { code name } hitAt operation purpose status actionOnHit } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REQUEST_FIELDS = `id status overdue urgency handling question purpose deadline record { type id nationalReference }
  requestingJurisdiction requestingAgency { code } requestedBy ownerJurisdiction assignedAgency { code }
  answer answerHandling refusalReason versions { version change changedBy jurisdiction note }`;
const REQUEST = `mutation Ask($input: InformationRequestInput!) { requestInformation(input: $input) { ${REQUEST_FIELDS} } }`;
const INBOX = `query Inbox($status: [InformationRequestStatus!]) {
  informationRequestInbox(status: $status, first: 100) { edges { node { ${REQUEST_FIELDS} } } }
}`;
const ONE = `query One($id: ID!) { informationRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const ANSWER = `mutation Answer($id: ID!, $answer: String!, $handling: HandlingCode) {
  answerInformationRequest(id: $id, answer: $answer, handling: $handling) { ${REQUEST_FIELDS} }
}`;

/** A purpose no other test uses, so that this test's hits and rows can be told apart from the rest of the suite's. */
const casePurpose = () => `EXCHANGE-${randomUUID().slice(0, 8)}`;

type Notification = { purpose: string; cursor: string } & Record<string, any>;
/** Each principal's notifications read so far, and where its next read starts: the suite's other hits pile up too. */
const feeds = new Map<string, { after?: string; seen: Notification[] }>();

/** The principal's notifications made with `purpose`: pages through whatever arrived since the last read. */
async function notificationsFor(principal: Principal, purpose: string): Promise<Notification[]> {
  const feed = feeds.get(principal.userId) ?? { seen: [] };
  feeds.set(principal.userId, feed);
  for (;;) {
    const { data, errors } = await graphql(NOTIFICATIONS, { after: feed.after }, 'gateway', { principal });
    expect(errors).toBeUndefined();
    const { edges, pageInfo } = data.hitNotifications;
    feed.seen.push(...edges.map((edge: { node: Notification }) => edge.node));
    feed.after = pageInfo.endCursor ?? feed.after;
    if (!pageInfo.hasNextPage) break;
  }
  return feed.seen.filter((node) => node.purpose === purpose);
}

describe('hit notifications', () => {
  it('tell the owner of every hit by another jurisdiction, once per record and hit, and no one else', async () => {
    const purpose = casePurpose();
    await germanHitOnSwedishPassport(purpose);
    await germanHitOnSwedishPassport(purpose);
    let seen: Record<string, any>[] = [];
    await until(async () => (seen = await notificationsFor(SE_BUREAU, purpose)).length >= 2, 'two notifications');
    // Two hits, two notifications, each with its own stable id.
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((node) => node.id)).size).toBe(2);
    expect(seen[0]).toMatchObject({
      record: { type: 'DOCUMENT', id: ERIKSSON.document, nationalReference: expect.any(String) },
      ownerJurisdiction: 'SE',
      hitByJurisdiction: 'DE',
      hitByAgency: { code: 'DE-BPOL', name: 'Bundespolizei' },
      operation: 'Check checkDocument',
      purpose,
      status: expect.any(String),
      actionOnHit: expect.stringContaining('Seize'),
    });
    // The record itself, resolved by the documents subgraph with the owner's visibility.
    const linked = await graphql(
      `
        query ($after: String) {
          hitNotifications(after: $after, first: 1) {
            edges {
              node {
                record {
                  document {
                    number
                  }
                }
              }
            }
          }
        }
      `,
      { after: String(BigInt(seen[0].cursor) - 1n) },
      'gateway',
      { principal: SE_BUREAU },
    );
    expect(linked.data.hitNotifications.edges[0].node.record.document).toEqual({ number: ERIKSSON.documentNumber });
    // The hitting jurisdiction and a third one are not told about Sweden's records.
    expect(await notificationsFor(DE_OFFICER, purpose)).toEqual([]);
    expect(await notificationsFor(FR_OFFICER, purpose)).toEqual([]);
  });

  it('are not made when the owner reads its own records', async () => {
    const purpose = casePurpose();
    const { errors } = await graphql(CHECK, { number: ERIKSSON.documentNumber }, 'gateway', {
      principal: SE_BUREAU,
      purpose,
    });
    expect(errors).toBeUndefined();
    // A foreign hit made after it arrives; the owner's own check never does.
    const marker = casePurpose();
    await germanHitOnSwedishPassport(marker);
    await until(async () => (await notificationsFor(SE_BUREAU, marker)).length === 1, 'the foreign hit');
    expect(await notificationsFor(SE_BUREAU, purpose)).toEqual([]);
  });

  it('resume after the last cursor seen', async () => {
    const purpose = casePurpose();
    await germanHitOnSwedishPassport(purpose);
    let first: Record<string, any>[] = [];
    await until(async () => (first = await notificationsFor(SE_BUREAU, purpose)).length === 1, 'the first hit');
    await germanHitOnSwedishPassport(purpose);
    let after: Record<string, any>[] = [];
    await until(async () => {
      const { data } = await graphql(NOTIFICATIONS, { after: first[0].cursor }, 'gateway', { principal: SE_BUREAU });
      after = data.hitNotifications.edges.map((edge: any) => edge.node).filter((node: any) => node.purpose === purpose);
      return after.length === 1;
    }, 'the second hit after the first cursor');
    expect(after[0].id).not.toBe(first[0].id);
    expect(BigInt(after[0].cursor)).toBeGreaterThan(BigInt(first[0].cursor));
  });

  it('delivered twice (a relay that died before it could delete them) are kept once', async () => {
    const purpose = casePurpose();
    const batch = {
      notifications: [
        {
          id: randomUUID(),
          recordType: 'Document',
          recordId: ERIKSSON.document,
          ownerJurisdiction: 'SE',
          ownerAgency: { code: 'SE-NOA', name: 'Nationella operativa avdelningen' },
          nationalReference: 'D-REDELIVERED',
          hitBy: { agency: 'DE-BPOL', jurisdiction: 'DE' },
          hitAt: new Date().toISOString(),
          operation: 'Check checkDocument',
          purpose,
          status: 'LOST',
          actionOnHit: 'Seize the document and contact the owner quoting the reference.',
        },
      ],
    };
    const endpoint = serviceUrl('exchange').replace(/\/graphql$/, HIT_NOTIFICATIONS_PATH);
    const deliver = (secret: string) =>
      serviceRequest(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [RELAY_SECRET_HEADER]: secret },
        body: JSON.stringify(batch),
      });
    expect(JSON.parse((await deliver(relaySecret())).body)).toEqual({ received: 1, stored: 1 });
    expect(JSON.parse((await deliver(relaySecret())).body)).toEqual({ received: 1, stored: 0 });
    expect(await notificationsFor(SE_BUREAU, purpose)).toHaveLength(1);
    // Only the relays may deliver: a wrong secret is refused, and nothing is stored.
    const forged = await deliver('not-the-secret');
    expect([forged.status, JSON.parse(forged.body).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('are refused to partners', async () => {
    const { data, errors } = await graphql(NOTIFICATIONS, {}, 'exchange', { principal: SE_PARTNER });
    expect(data?.hitNotifications ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the live feed (GET /notifications on the gateway)', () => {
  it('streams each new hit to the owner, audited, and resumes from Last-Event-ID', async () => {
    const purpose = casePurpose();
    const feed = await openFeed(SE_BUREAU);
    try {
      await germanHitOnSwedishPassport(purpose);
      const event = await feed.next((data) => data.purpose === purpose);
      expect(event.data).toMatchObject({
        record: { type: 'DOCUMENT', id: ERIKSSON.document },
        hitByJurisdiction: 'DE',
      });
      // The feed's read of it is in the exchange's audit log, naming the notification.
      const { rows } = await sql(
        `SELECT user_id, jurisdiction FROM exchange.audit_event
          WHERE operation = 'hitNotifications feed' AND $1 = ANY (record_ids)`,
        [event.data.id],
      );
      expect(rows).toEqual([{ user_id: 'se-bureau', jurisdiction: 'SE' }]);
      // A client that reconnects with the last id it saw gets what came after, and nothing before.
      await germanHitOnSwedishPassport(purpose);
      const resumed = await openFeed(SE_BUREAU, event.id);
      try {
        const next = await resumed.next((data) => data.purpose === purpose);
        expect(next.data.id).not.toBe(event.data.id);
        expect(BigInt(next.id)).toBeGreaterThan(BigInt(event.id));
      } finally {
        resumed.close();
      }
    } finally {
      feed.close();
    }
  });

  it("gives another jurisdiction nothing of Sweden's", async () => expectNothingOfSweden(await openFeed(FR_OFFICER)));

  it('refuses a request without a token, without a purpose or with a bad cursor, as JSON', async () => {
    const gateway = serviceUrl('gateway').replace(/\/graphql$/, '/notifications');
    const token = await tokenFor(SE_BUREAU);
    const cases: [Record<string, string>, number, string][] = [
      [{}, 401, 'UNAUTHENTICATED'],
      [{ authorization: `Bearer ${token}` }, 400, 'BAD_USER_INPUT'],
      [
        { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'MONITORING', 'last-event-id': 'x' },
        400,
        'BAD_USER_INPUT',
      ],
      [{ authorization: `Bearer ${await tokenFor(SE_PARTNER)}`, [PURPOSE_HEADER]: 'MONITORING' }, 403, 'FORBIDDEN'],
    ];
    for (const [headers, status, code] of cases) {
      const answer = await get(gateway, headers);
      expect([answer.status, answer.type, JSON.parse(answer.body).errors[0].extensions.code]).toEqual([
        status,
        expect.stringContaining('application/json'),
        code,
      ]);
    }
  });
});

const LIVE = `subscription Live($after: String) {
  hitNotifications(after: $after) {
    id cursor record { type id nationalReference } ownerJurisdiction hitByJurisdiction hitByAgency { code } purpose
  }
}`;

describe('the subscription hitNotifications (GraphQL over server-sent events on the gateway)', () => {
  it('streams each new hit to the owner, audited, and resumes after a cursor', async () => {
    const purpose = casePurpose();
    const live = await openSubscription(SE_BUREAU, LIVE, {});
    try {
      await germanHitOnSwedishPassport(purpose);
      const event = await live.next((data) => data.purpose === purpose);
      expect(event.data).toMatchObject({
        record: { type: 'DOCUMENT', id: ERIKSSON.document, nationalReference: expect.any(String) },
        ownerJurisdiction: 'SE',
        hitByJurisdiction: 'DE',
        hitByAgency: { code: 'DE-BPOL' },
      });
      const { rows } = await sql(
        `SELECT user_id, jurisdiction FROM exchange.audit_event
          WHERE operation = 'hitNotifications subscription' AND $1 = ANY (record_ids)`,
        [event.data.id],
      );
      expect(rows).toEqual([{ user_id: 'se-bureau', jurisdiction: 'SE' }]);
      // Subscribed again after the cursor seen: what came after, and nothing before.
      await germanHitOnSwedishPassport(purpose);
      const resumed = await openSubscription(SE_BUREAU, LIVE, { after: event.data.cursor });
      try {
        const next = await resumed.next((data) => data.purpose === purpose);
        expect(next.data.id).not.toBe(event.data.id);
        expect(BigInt(next.data.cursor)).toBeGreaterThan(BigInt(event.data.cursor));
        expect(resumed.events.some((seen) => seen.data.id === event.data.id)).toBe(false);
      } finally {
        resumed.close();
      }
    } finally {
      live.close();
    }
  });

  it("gives another jurisdiction nothing of Sweden's", async () =>
    expectNothingOfSweden(await openSubscription(FR_OFFICER, LIVE, {})));

  it('refuses, as JSON with a 4xx, what it cannot serve, before any stream opens', async () => {
    const url = serviceUrl('gateway');
    const token = await tokenFor(SE_BUREAU);
    const stream = { 'content-type': 'application/json', accept: 'text/event-stream' };
    const officer = { ...stream, authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'MONITORING' };
    const dpo = { userId: 'se-dpo', agency: 'SE-NOA', jurisdiction: 'SE', roles: ['data-protection'] } as Principal;
    const cases: [string, Record<string, string>, string, Record<string, unknown>, number, string, RegExp?][] = [
      ['no token', stream, LIVE, {}, 401, 'UNAUTHENTICATED'],
      ['a partner', { ...officer, authorization: `Bearer ${await tokenFor(SE_PARTNER)}` }, LIVE, {}, 403, 'FORBIDDEN'],
      ['data protection', { ...officer, authorization: `Bearer ${await tokenFor(dpo)}` }, LIVE, {}, 403, 'FORBIDDEN'],
      ['no purpose', { ...stream, authorization: `Bearer ${token}` }, LIVE, {}, 400, 'BAD_USER_INPUT'],
      ['a bad cursor', officer, LIVE, { after: 'x' }, 400, 'BAD_USER_INPUT'],
      ['a query', officer, NOTIFICATIONS, {}, 400, 'BAD_REQUEST'],
      ['no such field', officer, 'subscription { hitNotifications { nope } }', {}, 400, 'GRAPHQL_VALIDATION_FAILED'],
      ['bad syntax', officer, 'subscription {', {}, 400, 'GRAPHQL_PARSE_FAILED'],
      [
        "another subgraph's field",
        officer,
        'subscription { hitNotifications { record { document { number } } } }',
        {},
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /answered by the exchange subgraph alone/,
      ],
    ];
    for (const [what, headers, query, variables, status, code, message] of cases) {
      const answer = await postRaw(url, headers, JSON.stringify({ query, variables }));
      const error = JSON.parse(answer.text).errors[0];
      expect([what, answer.status, answer.type, error.extensions.code]).toEqual([
        what,
        status,
        expect.stringContaining('application/json'),
        code,
      ]);
      if (message) expect(error.message).toMatch(message);
    }
    // Straight to the exchange (as Hive Gateway subscribes, with a GET), without the gateway's credential: refused.
    const direct = await postRaw(
      `${serviceUrl('exchange')}?query=${encodeURIComponent('subscription { hitNotifications { id } }')}`,
      { accept: 'text/event-stream', authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'MONITORING' },
      '',
      'GET',
    );
    expect([direct.status, JSON.parse(direct.text).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Sent for a JSON answer, a subscription is refused with the way to send it.
    const { errors } = await graphql(LIVE, {}, 'gateway', { principal: SE_BUREAU });
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('Accept: text/event-stream'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('live streams (feeds and subscriptions) per user', () => {
  it('are held to 10 open at once for one user, feeds and subscriptions together, as RATE_LIMITED JSON', async () => {
    const bureau: Principal = { ...SE_BUREAU, userId: 'se-bureau-streams' };
    const open = [
      ...(await Promise.all(Array.from({ length: 5 }, () => openFeed(bureau)))),
      ...(await Promise.all(Array.from({ length: 5 }, () => openSubscription(bureau, LIVE, {})))),
    ];
    try {
      const headers = {
        authorization: `Bearer ${await tokenFor(bureau)}`,
        [PURPOSE_HEADER]: 'MONITORING',
        accept: 'text/event-stream',
        'content-type': 'application/json',
      };
      const eleventh = await postRaw(serviceUrl('gateway'), headers, JSON.stringify({ query: LIVE }));
      expect([eleventh.status, JSON.parse(eleventh.text).errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
      const feed = await get(serviceUrl('gateway').replace(/\/graphql$/, '/notifications'), headers);
      expect([feed.status, JSON.parse(feed.body).errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
      // Another user of the same bureau is not held back by this one's streams.
      (await openFeed(SE_BUREAU)).close();
      // One closed, one more may open.
      open.pop()!.close();
      await until(async () => {
        const again = await openSubscription(bureau, LIVE, {}).catch(() => undefined);
        if (again) open.push(again);
        return again !== undefined;
      }, 'a stream admitted again');
    } finally {
      for (const stream of open) stream.close();
    }
  });
});

describe('information requests', () => {
  async function ask(purpose: string, urgency = 'NORMAL', handling = 'H1') {
    await germanHitOnSwedishPassport(purpose);
    await until(async () => (await notificationsFor(SE_BUREAU, purpose)).length > 0, 'the hit at the owner');
    const { data, errors } = await graphql(
      REQUEST,
      {
        input: {
          record: { type: 'DOCUMENT', id: ERIKSSON.document },
          question: 'Who reported the passport stolen, and is the holder wanted?',
          urgency,
          handling,
        },
      },
      'gateway',
      { principal: DE_OFFICER, purpose },
    );
    expect(errors).toBeUndefined();
    return data.requestInformation;
  }

  it('go from the hitting bureau to the owner, are answered, and keep every version', async () => {
    const purpose = casePurpose();
    const request = await ask(purpose);
    expect(request).toMatchObject({
      status: 'OPEN',
      overdue: false,
      purpose,
      record: { type: 'DOCUMENT', id: ERIKSSON.document, nationalReference: expect.any(String) },
      requestingJurisdiction: 'DE',
      requestingAgency: { code: 'DE-BPOL' },
      ownerJurisdiction: 'SE',
      versions: [{ version: 1, change: 'REQUESTED', changedBy: 'de-border-7', jurisdiction: 'DE', note: null }],
    });
    // Normal urgency: 48 hours by default.
    const hours = (Date.parse(request.deadline) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47);
    expect(hours).toBeLessThanOrEqual(48);

    const inbox = await graphql(INBOX, { status: ['OPEN'] }, 'gateway', { principal: SE_BUREAU });
    expect(inbox.data.informationRequestInbox.edges.map((edge: any) => edge.node.id)).toContain(request.id);

    // The answer may tighten the handling code, never loosen it.
    const loosened = await graphql(
      ANSWER,
      { id: request.id, answer: 'Reported by the holder.', handling: 'H0' },
      'gateway',
      {
        principal: SE_BUREAU,
      },
    );
    expect(loosened.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'handling' });
    // The requester cannot answer its own request.
    const byRequester = await graphql(ANSWER, { id: request.id, answer: 'self' }, 'gateway', { principal: DE_OFFICER });
    expect(byRequester.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const answered = await graphql(
      ANSWER,
      {
        id: request.id,
        answer: 'Reported stolen by the holder on 2026-01-10; no alert on the holder.',
        handling: 'H2',
      },
      'gateway',
      { principal: SE_BUREAU },
    );
    expect(answered.errors).toBeUndefined();
    const seen = await graphql(ONE, { id: request.id }, 'gateway', { principal: DE_OFFICER });
    expect(seen.data.informationRequest).toMatchObject({
      status: 'ANSWERED',
      answerHandling: 'H2',
      answer: expect.stringContaining('Reported stolen'),
      versions: [{ change: 'REQUESTED' }, { change: 'ANSWERED', changedBy: 'se-bureau', jurisdiction: 'SE' }],
    });
    // Answered once: a second answer is refused, and the first stays.
    const again = await graphql(ANSWER, { id: request.id, answer: 'again' }, 'gateway', { principal: SE_BUREAU });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('can be made only about a record the requester hit', async () => {
    const { errors } = await graphql(
      REQUEST,
      { input: { record: { type: 'VEHICLE', id: randomUUID() }, question: 'Anything on this?', urgency: 'URGENT' } },
      'gateway',
      { principal: FR_OFFICER },
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.record' });
  });

  it('are visible to the two bureaus only, by any path', async () => {
    const purpose = casePurpose();
    const request = await ask(purpose);
    // By id, in the inbox, and through the record (a lookup, a search hit, and _entities at the subgraph).
    expect(
      (await graphql(ONE, { id: request.id }, 'gateway', { principal: FR_OFFICER })).data.informationRequest,
    ).toBeNull();
    const frInbox = await graphql(INBOX, {}, 'gateway', { principal: FR_OFFICER });
    expect(frInbox.data.informationRequestInbox.edges.map((edge: any) => edge.node.id)).not.toContain(request.id);
    const viaLink = `query($id: ID!) { document(id: $id) { id informationRequests { id } } }`;
    const linked = (principal: Principal) => graphql(viaLink, { id: ERIKSSON.document }, 'gateway', { principal });
    expect((await linked(FR_OFFICER)).data.document.informationRequests).toEqual([]);
    expect((await linked(SE_BUREAU)).data.document.informationRequests.map((r: any) => r.id)).toContain(request.id);
    expect((await linked(DE_OFFICER)).data.document.informationRequests.map((r: any) => r.id)).toContain(request.id);
    const viaSearch = `query($n: String!) { searchDocuments(text: $n) { edges { node { id informationRequests { id } } } } }`;
    const searched = async (principal: Principal) => {
      const { data } = await graphql(viaSearch, { n: ERIKSSON.documentNumber }, 'gateway', { principal });
      const node = data.searchDocuments.edges.find((edge: any) => edge.node.id === ERIKSSON.document).node;
      return node.informationRequests.map((r: any) => r.id);
    };
    expect(await searched(FR_OFFICER)).toEqual([]);
    expect(await searched(DE_OFFICER)).toContain(request.id);
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Document { informationRequests { id } } } }`;
    const direct = await graphql(entities, { r: [{ __typename: 'Document', id: ERIKSSON.document }] }, 'exchange', {
      principal: FR_OFFICER,
    });
    expect(direct.data._entities).toEqual([{ informationRequests: [] }]);
    // And a third jurisdiction cannot change it: the same answer as for an unknown id.
    const meddled = await graphql(ANSWER, { id: request.id, answer: 'not mine' }, 'gateway', { principal: FR_OFFICER });
    expect(meddled.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('turn overdue when the deadline passes unanswered, and are listed so', async () => {
    const purpose = casePurpose();
    const request = await ask(purpose, 'URGENT', 'H0');
    expect((Date.parse(request.deadline) - Date.now()) / 3_600_000).toBeLessThanOrEqual(12);
    // Time passes: the deadline moves into the past (the test's administrator connection; the service has no clock to turn).
    await sql(`UPDATE exchange.information_request SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      request.id,
    ]);
    const overdue = await graphql(INBOX, { status: ['OVERDUE'] }, 'gateway', { principal: SE_BUREAU });
    const node = overdue.data.informationRequestInbox.edges
      .map((edge: any) => edge.node)
      .find((n: any) => n.id === request.id);
    expect(node).toMatchObject({ status: 'OVERDUE', overdue: true });
    const open = await graphql(INBOX, { status: ['OPEN'] }, 'gateway', { principal: SE_BUREAU });
    expect(open.data.informationRequestInbox.edges.map((edge: any) => edge.node.id)).not.toContain(request.id);
    // Still answerable when overdue.
    const answered = await graphql(ANSWER, { id: request.id, answer: 'Late, but here.' }, 'gateway', {
      principal: SE_BUREAU,
    });
    expect(answered.data.answerInformationRequest.status).toBe('ANSWERED');
  });

  it("are forwarded within the owner's jurisdiction only, refused with a reason, and closed by the requester", async () => {
    const request = await ask(casePurpose());
    const forward = `mutation($id: ID!, $agency: String!) { forwardInformationRequest(id: $id, agency: $agency, note: "customs case") { ${REQUEST_FIELDS} } }`;
    const abroad = await graphql(forward, { id: request.id, agency: 'DE-BKA' }, 'gateway', { principal: SE_BUREAU });
    expect(abroad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'agency' });
    const forwarded = await graphql(forward, { id: request.id, agency: 'SE-TULL' }, 'gateway', {
      principal: SE_BUREAU,
    });
    expect(forwarded.data.forwardInformationRequest).toMatchObject({
      status: 'OPEN',
      assignedAgency: { code: 'SE-TULL' },
      versions: [{ change: 'REQUESTED' }, { change: 'FORWARDED', note: 'to SE-TULL: customs case' }],
    });
    const refuse = `mutation($id: ID!) { refuseInformationRequest(id: $id, reason: "restricted to national use") { status refusalReason } }`;
    const refused = await graphql(refuse, { id: request.id }, 'gateway', { principal: SE_BUREAU });
    expect(refused.data.refuseInformationRequest).toEqual({
      status: 'REFUSED',
      refusalReason: 'restricted to national use',
    });
    const close = `mutation($id: ID!) { closeInformationRequest(id: $id) { status versions { change } } }`;
    expect(
      (await graphql(close, { id: request.id }, 'gateway', { principal: SE_BUREAU })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const closed = await graphql(close, { id: request.id }, 'gateway', { principal: DE_OFFICER });
    expect(closed.data.closeInformationRequest.status).toBe('CLOSED');
    expect(closed.data.closeInformationRequest.versions.map((v: any) => v.change)).toEqual([
      'REQUESTED',
      'FORWARDED',
      'REFUSED',
      'CLOSED',
    ]);
  });

  it('are audited on every read and change, naming the request', async () => {
    const purpose = casePurpose();
    const request = await ask(purpose);
    await graphql(ONE, { id: request.id }, 'gateway', { principal: SE_BUREAU, purpose });
    await graphql(INBOX, {}, 'gateway', { principal: SE_BUREAU, purpose });
    const { rows } = await sql(
      `SELECT jurisdiction, operation FROM exchange.audit_event WHERE purpose = $1 AND $2 = ANY (record_ids) ORDER BY id`,
      [purpose, request.id],
    );
    expect(rows).toEqual([
      { jurisdiction: 'DE', operation: 'requestInformation' },
      { jurisdiction: 'SE', operation: 'One informationRequest' },
      { jurisdiction: 'SE', operation: 'Inbox informationRequestInbox' },
    ]);
    // Versions are append-only, even for the service's own role.
    await expect(
      sql(`UPDATE exchange.information_request_version SET note = 'x' WHERE request_id = $1`, [request.id]),
    ).rejects.toThrow(/append-only/);
  });
});

interface FeedEvent {
  id: string;
  data: Record<string, any>;
}

/** A hit on Sweden's passport reaches Sweden, and France's open stream sees nothing of it, nor of anyone's but France's. */
async function expectNothingOfSweden(france: Awaited<ReturnType<typeof collectEvents>>): Promise<void> {
  const purpose = casePurpose();
  try {
    await germanHitOnSwedishPassport(purpose);
    await until(async () => (await notificationsFor(SE_BUREAU, purpose)).length === 1, 'the hit at the owner');
    expect(france.events.filter((event) => event.data.purpose === purpose)).toEqual([]);
    expect(france.events.every((event) => event.data.ownerJurisdiction === 'FR')).toBe(true);
  } finally {
    france.close();
  }
}

/** Opens the gateway's live feed as `principal` and collects its events. */
async function openFeed(principal: Principal, lastEventId?: string) {
  const url = new URL(serviceUrl('gateway').replace(/\/graphql$/, '/notifications'));
  const headers: Record<string, string> = {
    authorization: `Bearer ${await tokenFor(principal)}`,
    [PURPOSE_HEADER]: 'HIT-MONITORING',
    accept: 'text/event-stream',
    ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
  };
  return collectEvents(http.get(url, { headers }), (block) => {
    const id = /^id: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    return id && data ? { id, data: JSON.parse(data) } : undefined;
  });
}

/** Subscribes through the gateway (GraphQL over SSE, distinct connections) as `principal`; collects each `next`. */
async function openSubscription(principal: Principal, query: string, variables: Record<string, unknown>) {
  const headers = {
    authorization: `Bearer ${await tokenFor(principal)}`,
    [PURPOSE_HEADER]: 'HIT-MONITORING',
    accept: 'text/event-stream',
    'content-type': 'application/json',
  };
  const request = http.request(new URL(serviceUrl('gateway')), { method: 'POST', headers });
  request.end(JSON.stringify({ query, variables }));
  return collectEvents(request, (block) => {
    const data = /^event: next\ndata: (.*)$/m.exec(block)?.[1];
    if (!data) return undefined;
    const result = JSON.parse(data);
    expect(result.errors).toBeUndefined();
    return { id: result.data.hitNotifications.cursor, data: result.data.hitNotifications };
  });
}

/** The events of a server-sent-event answer to `request`, each block read by `read`, as they arrive. */
async function collectEvents(request: http.ClientRequest, read: (block: string) => FeedEvent | undefined) {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('text/event-stream');
  const events: FeedEvent[] = [];
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = read(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event) events.push(event);
    }
  });
  response.on('error', () => undefined);
  return {
    events,
    async next(match: (data: Record<string, any>) => boolean): Promise<FeedEvent> {
      let found: FeedEvent | undefined;
      await until(() => (found = events.find((event) => match(event.data))) !== undefined, 'an event');
      return found!;
    },
    close: () => request.destroy(),
  };
}

function get(url: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
        );
      })
      .on('error', reject);
  });
}
