// A steady load of GraphQL requests on keep-alive connections, recording every outcome, for the fault tests: what the
// clients saw while a service was killed, stopped, drained or its database restarted.
import http from 'node:http';
import { tokenFor } from '../client';

export interface Outcome {
  /** Milliseconds since the load started, when the answer (or the failure) arrived. */
  at: number;
  /** HTTP status, or undefined when no answer came (see `transportError`). */
  status?: number;
  /** Whether the body was a JSON object. */
  json: boolean;
  /** `data` of the answer. */
  data?: Record<string, unknown> | null;
  /** The `extensions.code` of each error in the answer. */
  codes: string[];
  /** Whether an error said the subgraph's circuit was open (failed fast). */
  circuitOpen: boolean;
  /** The `connection` response header. */
  connection?: string;
  /** ECONNRESET, ECONNREFUSED, ...: the request got no answer. */
  transportError?: string;
}

export interface Load {
  outcomes: Outcome[];
  /** Milliseconds since the load started. */
  elapsed(): number;
  /** How many clients left after being told `Connection: close` (with `leaveOnClose`). */
  left(): number;
  /** Resolves once `count` more answers arrived. */
  answers(count: number): Promise<void>;
  stop(): Promise<Outcome[]>;
}

/**
 * `loops` clients, each sending `query` to `url` one after the other on its own keep-alive connection; with
 * `leaveOnClose`, a client stops once an answer says `Connection: close`, as one behind a load balancer is sent elsewhere.
 */
export async function startLoad(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  loops = 6,
  options: { leaveOnClose?: boolean } = {},
): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: loops });
  const token = await tokenFor();
  const body = JSON.stringify({ query, variables });
  const started = Date.now();
  const outcomes: Outcome[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let stopped = false;
  let left = 0;
  const record = (outcome: Outcome) => {
    outcomes.push(outcome);
    for (const waiter of [...waiters]) {
      if (--waiter.count <= 0) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  /** A request that got no answer, by the transport's error code. */
  const recordUnanswered = (error: NodeJS.ErrnoException) =>
    record({
      at: Date.now() - started,
      json: false,
      codes: [],
      circuitOpen: false,
      transportError: error.code ?? error.message,
    });
  /** Sends one request; resolves true when the client should leave. */
  const once = () =>
    new Promise<boolean>((resolve) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-liaison-purpose': 'TEST-FAULTS-2026',
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            let parsed: any;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = undefined;
            }
            const errors: any[] = Array.isArray(parsed?.errors) ? parsed.errors : [];
            record({
              at: Date.now() - started,
              status: response.statusCode,
              json: typeof parsed === 'object' && parsed !== null,
              data: parsed?.data,
              codes: errors.map((error) => String(error.extensions?.code)),
              circuitOpen: errors.some((error) => error.extensions?.circuitOpen === true),
              connection: response.headers.connection,
            });
            resolve(options.leaveOnClose === true && response.headers.connection === 'close');
          });
          response.on('error', (error: NodeJS.ErrnoException) => {
            recordUnanswered(error);
            resolve(false);
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        recordUnanswered(error);
        // Nothing listens (a restart in progress): try again shortly rather than spin.
        setTimeout(() => resolve(false), 50);
      });
      request.end(body);
    });
  const running = Array.from({ length: loops }, async () => {
    while (!stopped) {
      if (await once()) {
        left++;
        return;
      }
    }
  });
  return {
    outcomes,
    elapsed: () => Date.now() - started,
    left: () => left,
    answers: (count) => new Promise((resolve) => waiters.push({ count, resolve })),
    stop: async () => {
      stopped = true;
      await Promise.all(running);
      agent.destroy();
      return outcomes;
    },
  };
}

/** The outcomes that arrived at or after `from` ms. */
export const since = (outcomes: Outcome[], from: number) => outcomes.filter((outcome) => outcome.at >= from);

/** An answer with data for every field and no error. */
export const complete = (outcome: Outcome, fields: string[]) =>
  outcome.status === 200 &&
  outcome.codes.length === 0 &&
  fields.every((field) => outcome.data?.[field] !== null && outcome.data?.[field] !== undefined);
