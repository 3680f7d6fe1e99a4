import type { Pool, PoolClient } from 'pg';
import type pino from 'pino';

/**
 * A LISTEN session on a connection of its own, opened again whenever it drops (a database restart): `onNotify` runs
 * for each notification on the channel, and once each time the session opens, for what was sent while no one listened.
 */
export class ListeningSession {
  private client?: PoolClient;
  private stopped = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly onNotify: (payload: string | undefined) => void,
    private readonly log: pino.Logger,
    private readonly retryMs = 1_000,
  ) {}

  async start(): Promise<void> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const session = client;
      session.on('notification', (message) => this.onNotify(message.payload));
      session.on('error', (error) => this.lost(session, error));
      await session.query(`LISTEN ${this.channel}`);
      this.client = session;
      this.onNotify(undefined);
    } catch (error) {
      if (client) this.lost(client, error as Error);
      else this.retry(error as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    // Released as broken: a connection that LISTENs must not be handed to anyone else.
    this.client?.release(true);
    this.client = undefined;
  }

  /** A session's connection failed: released once (its error may be emitted more than once), then opened again. */
  private lost(client: PoolClient, error: Error): void {
    if ((client as { lostSession?: boolean }).lostSession) return;
    (client as { lostSession?: boolean }).lostSession = true;
    if (this.client === client) this.client = undefined;
    client.release(error);
    this.retry(error);
  }

  private retry(error: Error): void {
    this.log.warn({ err: error, channel: this.channel }, 'listening connection lost: opening it again');
    if (!this.stopped) setTimeout(() => void this.start(), this.retryMs).unref();
  }
}
