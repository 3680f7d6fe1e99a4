// The GraphQL sandbox in a real browser (issue 14): Debian's Chromium opens the gateway's page as a developer does,
// pastes an officer's token, and runs every example tab through GraphiQL's own buttons, while nothing but this
// machine may be contacted. test/sandbox.test.ts checks the same page below the browser (HTML, assets, config).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { SANDBOX_EXAMPLES } from '../gateway/src/sandbox';
import { PURPOSE_HEADER } from '../shared/auth';
import { serviceUrl, tokenFor } from './client';
import { ERIKSSON } from './fixtures';
import { germanHitOnSwedishPassport } from './support/hits';
import { until } from './support/until';

const CHROMIUM = process.env.LIAISON_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = path.join(__dirname, '..', 'test-artifacts', 'sandbox');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
// What the page prefills outside development (the suite's gateway hands out no token): the officer pastes theirs.
const TOKEN_PLACEHOLDER = 'Bearer <your token>';

/** An example tab as the test expects to find it: the operation's name (the tab's title), text and root fields. */
interface Example {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  rootFields: string[];
  /** The error code the tab answers with its example variables, if any (a placeholder the developer replaces). */
  answersWith?: string;
  /** A subscription's tab shows each event as it arrives instead of one answer. */
  isSubscription: boolean;
}

function exampleTab({ file, variables, answersWith }: (typeof SANDBOX_EXAMPLES)[number]): Example {
  const query = readFileSync(path.join(__dirname, '..', 'operations', file), 'utf8');
  const operation = parse(query).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation?.name) throw new Error(`operations/${file} has no named operation to show as a tab title`);
  const rootFields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [(selection.alias ?? selection.name).value] : [],
  );
  return {
    operation: operation.name.value,
    query,
    variables,
    rootFields,
    answersWith,
    isSubscription: operation.operation === 'subscription',
  };
}

const EXAMPLES = SANDBOX_EXAMPLES.map(exampleTab);

/** Debian's Chromium, or LIAISON_CHROMIUM; never a downloaded browser. Missing, it fails the suite with the fix. */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}, and the sandbox's browser test needs it: ` +
        'install it with `apt-get install chromium`, or set LIAISON_CHROMIUM=/path/to/chromium.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && LOOPBACK_HOSTS.has(hostname);
}

/** Lets requests to this machine through and aborts every other one, listing it: the sandbox must work offline. */
async function blockAllButLoopback(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    if (isLoopback(route.request().url())) return route.fallback();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    if (isLoopback(socket.url())) return socket.connectToServer();
    blocked.push(socket.url());
    return socket.close();
  });
  return blocked;
}

interface ConsoleError {
  text: string;
  url: string;
}

/** Every console error and uncaught exception of the page, with the URL the browser blames. */
function collectConsoleErrors(page: Page): ConsoleError[] {
  const errors: ConsoleError[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => errors.push({ text: `uncaught: ${error.message}`, url: '' }));
  return errors;
}

/** The requests GraphiQL makes for the schema with the placeholder still in the headers editor (answered 401). */
function countPlaceholderIntrospections(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on('response', (response) => {
    const request = response.request();
    if (
      isOperation(response, 'IntrospectionQuery') &&
      response.status() === 401 &&
      request.headers().authorization === TOKEN_PLACEHOLDER
    ) {
      counter.count += 1;
    }
  });
  return counter;
}

function isOperation(response: Response, operationName: string): boolean {
  const request = response.request();
  return request.method() === 'POST' && request.postDataJSON()?.operationName === operationName;
}

/** The whole text of a GraphiQL editor: CodeMirror 5 renders only the lines in view, so ask its instance. */
function editorText(codeMirror: Locator): Promise<string> {
  return codeMirror.evaluate((element: any) => element.CodeMirror.getValue() as string);
}

/** Opens the headers editor of the active tab and pastes the token over the page's placeholder (once per tab). */
async function pasteToken(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Headers', exact: true }).click();
  const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
  const prefilled = JSON.parse(await editorText(headers));
  if (prefilled.authorization === `Bearer ${token}`) return;
  expect(prefilled).toEqual({ authorization: TOKEN_PLACEHOLDER, [PURPOSE_HEADER]: expect.any(String) });
  await headers.click();
  await page.keyboard.press('ControlOrMeta+A');
  // insertText types no keys, so CodeMirror's bracket auto-closing leaves the JSON alone.
  await page.keyboard.insertText(JSON.stringify({ ...prefilled, authorization: `Bearer ${token}` }, null, 2));
}

/** Re-fetches the schema with the pasted token, as an officer does after pasting it: it must load. */
async function loadSchema(page: Page): Promise<void> {
  // GraphiQL 3.8 takes the schema request's headers from its tab state, which follows the editor 100 ms later.
  await page.waitForTimeout(500);
  const introspection = page.waitForResponse((response) => isOperation(response, 'IntrospectionQuery'));
  await page.getByRole('button', { name: 'Re-fetch GraphQL schema' }).click();
  expect((await introspection).status()).toBe(200);
}

/** Clicks the tab of an example and waits until GraphiQL shows it as the active one. */
async function selectTab(page: Page, index: number, operation: string): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Select active operation' });
  await tabs.getByRole('tab').nth(index).getByRole('button', { name: operation, exact: true }).click();
  await tabs.getByRole('tab', { selected: true }).getByRole('button', { name: operation, exact: true }).waitFor();
}

/** Clicks the execute button and returns the gateway's answer and what the result pane then shows, parsed. */
async function executeActiveTab(page: Page, operation: string): Promise<{ response: Response; pane: any }> {
  const answered = page.waitForResponse((response) => isOperation(response, operation));
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  const response = await answered;
  // GraphiQL empties the pane when it sends the request and fills it with the answer.
  const resultPane = page.getByRole('region', { name: 'Result Window' });
  await resultPane.locator('.CodeMirror-line', { hasText: /\S/ }).first().waitFor();
  return { response, pane: JSON.parse(await editorText(resultPane.locator('.CodeMirror'))) };
}

/**
 * Runs a subscription's tab: the stream opens (GraphQL over SSE), a hit by Germany on one of Sweden's records (the
 * officer's jurisdiction) arrives in the result pane as the subscription's event, and the stop button ends it.
 */
async function runSubscriptionTab(
  page: Page,
  screenshot: string,
  { operation, query, variables }: { operation: string; query: string; variables: Record<string, unknown> },
): Promise<void> {
  const answered = page.waitForResponse((response) => isOperation(response, operation));
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
  const response = await answered;
  expect(response.request().postDataJSON()).toMatchObject({ query, variables, operationName: operation });
  expect([response.status(), response.headers()['content-type']]).toEqual([
    200,
    expect.stringContaining('text/event-stream'),
  ]);
  const purpose = `SANDBOX-LIVE-${randomUUID().slice(0, 8)}`;
  await germanHitOnSwedishPassport(purpose);
  const pane = page.getByRole('region', { name: 'Result Window' }).locator('.CodeMirror');
  let shown = '';
  await until(async () => (shown = await editorText(pane)).includes(purpose), 'the hit shown in the result pane');
  await screenshotTab(page, screenshot);
  expect(JSON.parse(shown)).toEqual({
    data: {
      hitNotifications: expect.objectContaining({
        hitByJurisdiction: 'DE',
        purpose,
        record: expect.objectContaining({ type: 'DOCUMENT', id: ERIKSSON.document }),
      }),
    },
  });
  await page.getByRole('button', { name: 'Stop query (Ctrl-Enter)' }).click();
  await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).waitFor();
}

/** Shows the tab's variables (rather than the pasted token) next to its result, and keeps a screenshot. */
async function screenshotTab(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Variables', exact: true }).click();
  await page.screenshot({ path: file });
}

describe('the GraphQL sandbox in Chromium', () => {
  let browser: Browser | undefined;
  let page: Page;
  let blocked: string[];
  let consoleErrors: ConsoleError[];
  let placeholderIntrospections: { count: number };
  let token: string;

  beforeAll(async () => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    token = await tokenFor();
    browser = await launchChromium();
    // A fresh context: no tabs or headers GraphiQL kept in the storage of an earlier run.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    blocked = await blockAllButLoopback(context);
    page = await context.newPage();
    // Fail on a missing element within the test's time, with Playwright's message naming it.
    page.setDefaultTimeout(15_000);
    consoleErrors = collectConsoleErrors(page);
    placeholderIntrospections = countPlaceholderIntrospections(page);
    // The gateway's URL (…/graphql) opened in a browser serves the sandbox.
    await page.goto(serviceUrl('gateway'));
    await page.getByRole('tablist', { name: 'Select active operation' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens one tab per example operation, in order', async () => {
    const titles = await page.locator('[role="tab"] .graphiql-tab-button').allInnerTexts();
    expect(titles).toEqual(EXAMPLES.map((example) => example.operation));
  });

  it('loads the schema once the officer has pasted a token', async () => {
    await selectTab(page, 0, EXAMPLES[0].operation);
    await pasteToken(page, token);
    await loadSchema(page);
  });

  // Every example answers without errors on the test fixtures too: their variables target the demo data set, so
  // the searches and checks find less (or nothing), but a query that finds nothing still answers `data` and no
  // `errors`. A wrong header (401/400), a tab whose query does not match the schema or a broken tab fails here.
  it.each(EXAMPLES.map((example, index) => ({ ...example, n: index + 1 })))(
    'runs tab $n, $operation, through the UI and shows the gateway’s data, without errors',
    async ({ n, operation, query, variables, rootFields, answersWith, isSubscription }) => {
      await selectTab(page, n - 1, operation);
      await pasteToken(page, token);
      if (isSubscription) {
        return runSubscriptionTab(page, path.join(SCREENSHOTS, `${n}-${operation}.png`), {
          operation,
          query,
          variables,
        });
      }
      // The screenshot is kept whatever the outcome: it shows what a failing tab looked like.
      const screenshot = () => screenshotTab(page, path.join(SCREENSHOTS, `${n}-${operation}.png`));
      const { response, pane } = await executeActiveTab(page, operation).finally(screenshot);

      // The tab sent its own operation and variables, with the pasted token and the page's purpose.
      const request = response.request();
      expect(request.postDataJSON()).toMatchObject({ query, variables, operationName: operation });
      expect(request.headers().authorization).toBe(`Bearer ${token}`);
      expect(request.headers()[PURPOSE_HEADER]).toBeTruthy();
      expect(response.status()).toBe(200);
      // The pane shows the gateway's answer: data for every root field of the operation, no errors (or, for a tab
      // whose example variable is a placeholder, exactly the error the page says it gives).
      expect(pane).toEqual(await response.json());
      if (answersWith) {
        expect(pane.errors?.map((error: { extensions?: { code?: string } }) => error.extensions?.code)).toEqual([
          answersWith,
        ]);
        return;
      }
      expect(pane.errors).toBeUndefined();
      expect(Object.keys(pane.data ?? {})).toEqual(rootFields);
    },
  );

  it('contacts nothing but this machine', () => {
    expect(blocked).toEqual([]);
  });

  it('logs no console errors', () => {
    const unexplained = consoleErrors.filter(
      (error) =>
        // Before the token is pasted, GraphiQL asks for the schema with the placeholder: the gateway answers 401,
        // and Chromium logs each such response (counted below, so no other 401 hides among them).
        !(error.text.includes('status of 401') && error.url === serviceUrl('gateway')) &&
        // Chromium asks for /favicon.ico on its own (not through Playwright's routing); the gateway serves none.
        !(error.text.includes('status of 404') && new URL(error.url || 'about:blank').pathname === '/favicon.ico'),
    );
    expect(unexplained).toEqual([]);
    const unauthorized = consoleErrors.filter((error) => error.text.includes('status of 401')).length;
    expect(unauthorized).toBe(placeholderIntrospections.count);
  });
});
