// A border post's gateway (issue 15, item 3) says in every answer how fresh the copy it answered from is: the
// `borderPost` extension, { borderPost, stale, copyAgeSeconds, copyAsOf }, read once a second from the border post's
// database through liaison_border.copy_status() (shared/border-post.ts). Only with LIAISON_BORDER_POST set.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Pool } from 'pg';
import type pino from 'pino';
import { readCopyStatus, type CopyStatus } from '../../shared/border-post';

const POLL_MS = 1_000;

export interface BorderStatus {
  plugin: ApolloServerPlugin<BaseContext>;
  stop(): Promise<void>;
}

/**
 * The border post's status plugin, or undefined at the centre. `LIAISON_BORDER_STATUS_URL` is a login that
 * may execute liaison_border.copy_status() and nothing else needed; `LIAISON_BORDER_STALE_SECONDS` (30) is the age
 * beyond which the copy counts as stale.
 */
export function borderStatus(log: pino.Logger, env: NodeJS.ProcessEnv = process.env): BorderStatus | undefined {
  const borderPost = env.LIAISON_BORDER_POST?.trim();
  if (!borderPost) return undefined;
  const url = env.LIAISON_BORDER_STATUS_URL;
  if (!url) throw new Error('LIAISON_BORDER_POST needs LIAISON_BORDER_STATUS_URL: where the copy status is read');
  const staleAfter = Number(env.LIAISON_BORDER_STALE_SECONDS ?? 30);
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1_000 });
  pool.on('error', () => undefined);
  // Until the first reading, and whenever the border post's own database does not answer: stale, age unknown.
  let status: CopyStatus = { borderPost, stale: true, copyAgeSeconds: null, copyAsOf: null };
  const poll = async () => {
    try {
      status = await readCopyStatus(pool, borderPost, staleAfter);
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'border post: copy status unknown');
      status = { borderPost, stale: true, copyAgeSeconds: null, copyAsOf: null };
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();
  return {
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, borderPost: status };
          },
        };
      },
    },
    stop: async () => {
      clearInterval(timer);
      await pool.end();
    },
  };
}
