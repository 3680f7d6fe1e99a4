// Load generation: autocannon (closed loop, N keep-alive connections) against a gateway, and the same closed loop
// in-process for the raw SQL floor. Both go on through the inputs from where the previous run of the workload
// stopped, so that a measured run does not replay the inputs its warm-up just put in PostgreSQL's cache, and record
// every request's latency, by the kind of input too.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { Request } from './workloads';

export interface Measurement {
  /** Requests answered during the measured window (errors included). */
  requests: number;
  /** Requests sent; more than answered by those still in flight when the window closed. */
  sent: number;
  seconds: number;
  /** Every answered request's latency in ms. */
  latencies: number[];
  /** Non-2xx answers, connection errors and timeouts, and 2xx answers whose body holds GraphQL `errors`. */
  errors: number;
  /** Requests that got no answer (connection errors, timeouts): counted in `errors`, not in `requests`. */
  unanswered: number;
  /** Latencies by the label of the input, to show which kinds of input cost the most. */
  byLabel: Map<string, number[]>;
  /** Answers that found something, by label. */
  hitsByLabel: Map<string, number>;
  /** The first error seen, to say what went wrong. */
  firstError?: string;
}

/** Where the next run of a workload starts in its inputs. */
export interface Cursor {
  next: number;
}

/** Latency and hit bookkeeping by label, shared by both loops. */
class ByLabel {
  readonly latencies: number[] = [];
  readonly byLabel = new Map<string, number[]>();
  readonly hitsByLabel = new Map<string, number>();

  record(label: string, ms: number, hit: boolean): void {
    this.latencies.push(ms);
    let list = this.byLabel.get(label);
    if (!list) this.byLabel.set(label, (list = []));
    list.push(ms);
    if (hit) this.hitsByLabel.set(label, (this.hitsByLabel.get(label) ?? 0) + 1);
  }
}

export interface HttpLoad {
  url: string;
  requests: Request[];
  cursor: Cursor;
  /** The headers of the request sent `sent`-th (0, 1, ...) in this run. */
  headers: (sent: number) => Record<string, string>;
  /** Whether an answer found something. */
  found: (body: string) => boolean;
  connections: number;
  seconds: number;
  timeoutSeconds?: number;
}

/** Runs autocannon for `seconds` at `connections` concurrent connections, one request in flight on each. */
export async function httpLoad(load: HttpLoad): Promise<Measurement> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const recorded = new ByLabel();
  // onResponse and the tracker's 'response' event fire one after the other for the same answer: this carries the
  // request's label and outcome from the first to the second.
  let answered: { label: string; hit: boolean } | undefined;
  let sent = 0;
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    pipelining: 1,
    duration: load.seconds,
    timeout: load.timeoutSeconds ?? 10,
    requests: [
      {
        method: 'POST',
        // The context is the connection's own, and one request is in flight per connection.
        setupRequest: (request, context: { label?: string }) => {
          const next = load.requests[load.cursor.next++ % load.requests.length];
          context.label = next.label;
          return {
            ...request,
            headers: { 'content-type': 'application/json', ...load.headers(sent++) },
            body: next.body,
          };
        },
        // A GraphQL error can come with HTTP 200 (partial results): the body is checked, not just the status.
        onResponse: (status, body, context: { label?: string }) => {
          const ok = status >= 200 && status < 300 && !body.includes('"errors":');
          answered = { label: context.label ?? '', hit: ok && load.found(body) };
          if (ok) return;
          if (status >= 200 && status < 300) graphqlErrors++;
          firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  // The tracker emits (client, status, bytes, ms); @types/autocannon leaves out the client.
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, ms: number) => {
      recorded.record(answered?.label ?? '', ms, answered?.hit ?? false);
      answered = undefined;
    },
  );
  const result = await instance;
  return {
    requests: recorded.latencies.length,
    sent: (result.requests as { sent?: number }).sent ?? recorded.latencies.length,
    seconds: result.duration,
    latencies: recorded.latencies,
    errors: result.non2xx + result.errors + graphqlErrors,
    unanswered: result.errors,
    byLabel: recorded.byLabel,
    hitsByLabel: recorded.hitsByLabel,
    firstError:
      firstError ?? (result.errors ? `${result.errors} connection errors (${result.timeouts} timeouts)` : undefined),
  };
}

/** The same closed loop as autocannon's, in-process: `concurrency` workers, each awaiting one call at a time. */
export async function callLoad(options: {
  /** Each call resolves to whether it found anything. */
  calls: { call: () => Promise<boolean>; label: string }[];
  cursor: Cursor;
  concurrency: number;
  seconds: number;
}): Promise<Measurement> {
  const recorded = new ByLabel();
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const { call, label } = options.calls[options.cursor.next++ % options.calls.length];
        const sent = performance.now();
        let hit = false;
        try {
          hit = await call();
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        recorded.record(label, performance.now() - sent, hit);
      }
    }),
  );
  return {
    requests: recorded.latencies.length,
    sent: recorded.latencies.length,
    seconds: (performance.now() - started) / 1000,
    latencies: recorded.latencies,
    errors,
    unanswered: 0,
    firstError,
    byLabel: recorded.byLabel,
    hitsByLabel: recorded.hitsByLabel,
  };
}

/** Nearest-rank percentile of latencies in ms. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))];
}
