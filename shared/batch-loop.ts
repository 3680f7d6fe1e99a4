/**
 * Work done in batches, on wake-ups and on a timer (an outbox's relay, a broker's publisher): one run at a time, another
 * right after it when woken meanwhile; each run takes batches until one comes back short of a full batch. A failed run
 * is reported and retried at the next wake-up, so nothing is lost while its source keeps the rows. Under load a run
 * waits `settleMs` first: the wake-ups of many commits then cost one batch instead of one each.
 */
export class BatchLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    /** One batch; resolves to how many it handled. */
    private readonly batch: () => Promise<number>,
    private readonly options: {
      batchSize: number;
      pollMs: number;
      /** How long a run waits after its wake-up, so that wake-ups close together are served by one batch. */
      settleMs?: number;
      onError(error: unknown): void;
    },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Runs now, or once more after the run in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Stops waking and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async run(): Promise<void> {
    if (this.options.settleMs) await new Promise((resolve) => setTimeout(resolve, this.options.settleMs));
    try {
      while (!this.stopped && (await this.batch()) === this.options.batchSize);
    } catch (error) {
      this.options.onError(error);
    }
  }
}
