// Load generation: autocannon (closed loop, N keep-alive connections) against a gateway, and the same closed loop
// in-process for the raw SQL floor. Both cycle through the inputs in order and record every request's latency.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';

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
  /** Latencies by the label of the input (the floor only), to show which kinds of input cost the most. */
  byLabel?: Map<string, number[]>;
  /** Calls that found something, by label (the floor only). */
  hitsByLabel?: Map<string, number>;
  /** The first error seen, to say what went wrong. */
  firstError?: string;
}

export interface HttpLoad {
  url: string;
  bodies: string[];
  /** Read for every request: a header may change during a run (the short-lived gateway credential). */
  headers: () => Record<string, string>;
  connections: number;
  seconds: number;
  timeoutSeconds?: number;
}

/** Runs autocannon for `seconds` at `connections` concurrent connections, one request in flight on each. */
export async function httpLoad(load: HttpLoad): Promise<Measurement> {
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    pipelining: 1,
    duration: load.seconds,
    timeout: load.timeoutSeconds ?? 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json', ...load.headers() },
          body: load.bodies[next++ % load.bodies.length],
        }),
        // A GraphQL error can come with HTTP 200 (partial results): the body is checked, not just the status.
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !body.includes('"errors":')) return;
          if (status >= 200 && status < 300) graphqlErrors++;
          firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  // The tracker emits (client, status, bytes, ms); @types/autocannon leaves out the client.
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms),
  );
  const result = await instance;
  return {
    requests: latencies.length,
    sent: (result.requests as { sent?: number }).sent ?? latencies.length,
    seconds: result.duration,
    latencies,
    errors: result.non2xx + result.errors + graphqlErrors,
    unanswered: result.errors,
    firstError:
      firstError ?? (result.errors ? `${result.errors} connection errors (${result.timeouts} timeouts)` : undefined),
  };
}

/** The same closed loop as autocannon's, in-process: `concurrency` workers, each awaiting one call at a time. */
export async function callLoad(options: {
  /** Each call resolves to whether it found anything. */
  calls: (() => Promise<boolean>)[];
  /** A label per call (the kind of input), for latencies by label. */
  labels?: string[];
  concurrency: number;
  seconds: number;
}): Promise<Measurement> {
  let next = 0;
  const byLabel = new Map<string, number[]>();
  const hitsByLabel = new Map<string, number>();
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const index = next++ % options.calls.length;
        const call = options.calls[index];
        const sent = performance.now();
        let hit = false;
        try {
          hit = await call();
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        const latency = performance.now() - sent;
        latencies.push(latency);
        const label = options.labels?.[index];
        if (label !== undefined) {
          if (!byLabel.has(label)) byLabel.set(label, []);
          byLabel.get(label)!.push(latency);
          if (hit) hitsByLabel.set(label, (hitsByLabel.get(label) ?? 0) + 1);
        }
      }
    }),
  );
  return {
    requests: latencies.length,
    sent: latencies.length,
    seconds: (performance.now() - started) / 1000,
    latencies,
    errors,
    unanswered: 0,
    firstError,
    byLabel,
    hitsByLabel,
  };
}

/** Nearest-rank percentile of latencies in ms. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))];
}
