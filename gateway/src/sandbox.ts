// The GraphQL sandbox the gateway serves to developers (SPEC 1): GraphiQL and React from the gateway's own
// node_modules, no CDN, so that it works on an air-gapped network; the example operations of `operations/` as tabs;
// the headers every request needs (a token and a purpose) prefilled, with a development token under `npm start`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { PURPOSE_HEADER } from '../../shared/auth';

const OPERATIONS_DIR = path.resolve(__dirname, '..', '..', 'operations');

/** A file inside an installed package, whether or not the package's `exports` list it (React's UMD builds). */
function packageFile(name: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
}

/** Files the sandbox page loads, by the name it asks for them: nothing else is served from disk. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  // The GraphQL-over-SSE client for the subscription tab (the same protocol the gateway serves subscriptions with).
  'graphql-sse.js': { file: packageFile('graphql-sse', 'umd/graphql-sse.min.js'), type: 'text/javascript' },
  'sandbox.js': { file: path.resolve(__dirname, '..', 'sandbox', 'sandbox.js'), type: 'text/javascript' },
};

/**
 * The example tabs, in order: an operation file of `operations/` and variables that find something in the demo set;
 * `answersWith` names the error code an example answers until the developer fills in a variable of their own.
 */
export const SANDBOX_EXAMPLES: { file: string; variables: Record<string, unknown>; answersWith?: string }[] = [
  { file: 'UnifiedSearch.graphql', variables: { text: 'Stefan Rosu 1983 cocaine' } },
  { file: 'PersonAndLinks.graphql', variables: { text: 'Stefan Rosu 1983' } },
  // A French passport of the demo set (`npm start`: seed 42, 10,000 records), stolen from its holder: a hit.
  { file: 'CheckDocument.graphql', variables: { number: '02CL18913', issuingCountry: 'FR' } },
  {
    file: 'CheckDocuments.graphql',
    variables: {
      items: [
        { number: '02CL18913', issuingCountry: 'FR' },
        { number: 'Z9999999', issuingCountry: 'DE', type: 'PASSPORT' },
      ],
    },
  },
  { file: 'HitsOnMyRecords.graphql', variables: { since: '2026-01-01T00:00:00Z' } },
  { file: 'HitNotifications.graphql', variables: { after: null } },
  // Live: shows each hit on the officer's jurisdiction's records as it is stored, until stopped.
  { file: 'HitNotificationsLive.graphql', variables: { after: null } },
  { file: 'InformationRequestInbox.graphql', variables: { status: ['OPEN', 'OVERDUE'] } },
  // The id of a request in your inbox goes here: this one is no one's, so the tab answers NOT_FOUND until it is.
  {
    file: 'AnswerInformationRequest.graphql',
    variables: {
      id: '00000000-0000-4000-8000-000000000000',
      answer: 'The passport was reported stolen by its holder on 2026-01-10; no alert on the holder.',
      handling: 'H1',
    },
    answersWith: 'NOT_FOUND',
  },
];

// The example operations are read once: they are committed files.
const EXAMPLE_TABS = SANDBOX_EXAMPLES.map(({ file, variables }) => ({
  query: readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'),
  variables: JSON.stringify(variables, null, 2),
}));

// Our own files only; GraphiQL styles itself inline, and its fonts are data: URLs inside its CSS.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Liaison GraphQL sandbox</title>
    <link rel="stylesheet" href="/sandbox/assets/graphiql.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the sandbox…</div>
    <script src="/sandbox/assets/react.js"></script>
    <script src="/sandbox/assets/react-dom.js"></script>
    <script src="/sandbox/assets/graphiql.js"></script>
    <script src="/sandbox/assets/graphql-sse.js"></script>
    <script src="/sandbox/assets/sandbox.js"></script>
  </body>
</html>
`;

export interface SandboxOptions {
  /**
   * Prefilled in the headers editor for a browser on this machine (development only); everyone else gets a
   * placeholder that says what to put there.
   */
  developmentToken?: () => Promise<string>;
}

/** A request from this machine: only such a browser is handed the development token. */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** What the page asks for on load: the endpoint, the example tabs and the headers. */
export async function sandboxConfig(options: SandboxOptions, remoteAddress: string | undefined) {
  const development = Boolean(options.developmentToken) && isLoopback(remoteAddress);
  const token = development ? await options.developmentToken!() : '<your token>';
  const headers = JSON.stringify(
    { authorization: `Bearer ${token}`, [PURPOSE_HEADER]: 'SANDBOX-EXPLORATION' },
    null,
    2,
  );
  return {
    endpoint: '/graphql',
    headers,
    // A real token pasted into the editor is not kept in the browser's storage; the development one may be.
    persistHeaders: development,
    tabs: EXAMPLE_TABS.map((tab) => ({ ...tab, headers })),
  };
}

/** Mounts the sandbox: `/sandbox`, and `/graphql` or `/` opened in a browser. */
export function mountSandbox(app: express.Express, options: SandboxOptions): void {
  const page: express.RequestHandler = (req, res, next) => {
    // GraphQL clients (GET with a query, or asking for JSON) go on to the GraphQL endpoint.
    if (req.path !== '/sandbox' && (req.query.query !== undefined || req.accepts(['json', 'html']) !== 'html')) {
      return next();
    }
    res.set('content-security-policy', CONTENT_SECURITY_POLICY).type('html').send(PAGE);
  };
  app.get(['/', '/sandbox', '/graphql'], page);
  app.get('/sandbox/config.json', async (req, res, next) => {
    try {
      res.set('cache-control', 'no-store').json(await sandboxConfig(options, req.socket.remoteAddress));
    } catch (error) {
      next(error);
    }
  });
  app.get('/sandbox/assets/:name', (req, res) => {
    const asset = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    if (!asset) return res.status(404).type('text').send('no such sandbox asset');
    res.set('cache-control', 'public, max-age=3600').type(asset.type).sendFile(asset.file);
  });
}
