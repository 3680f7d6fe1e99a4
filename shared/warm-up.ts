// A service's search pool warmed before it answers: every pooled connection plans each shape of the search statements
// once at start (20-60 ms a persons shape at 10M records), so that no request waits for a plan (docs/database.md,
// "Warmed at start").
import { performance } from 'node:perf_hooks';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';
import type { PageRequest } from './pagination';
import { poolOf } from './sql';

/**
 * Who the warm-up searches as. Its answers are thrown away unread, so nothing is disclosed and no audit row is
 * written; its jurisdiction (`XW`, a user-assigned code no country has) sees only what is shared with all.
 */
export const WARM_UP_VIEWER: Principal = {
  userId: 'warm-up',
  agency: 'XW-WARM',
  jurisdiction: 'XW',
  roles: ['officer'],
};

/** The page the warm-up asks for: the first page of UnifiedSearch (the page's values are parameters, not shape). */
export const WARM_UP_PAGE: PageRequest = { limit: 10, offset: 0 };

/**
 * Texts of the kinds a unified search sends every subgraph (names with dates of birth, MRZs of both formats, document
 * numbers, VINs whole, spaced and in part, plates, CAS numbers, substances), each of which a subgraph reads or leaves:
 * the documents, vehicles and substances subgraphs search each to plan their statements' shapes. Of no one: the MRZs
 * are made up, their check digits right.
 */
export const UNIFIED_WARM_UP_TEXTS = [
  'Anna Kowalska',
  'Maria 1975',
  'Anna Kowalska 1975-03-21',
  'P<POLKOWALSKA<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nAB12345671POL7503212F3001019<<<<<<<<<<<<<<<4',
  'IDPOLAB12345671<<<<<<<<<<<<<<<\n7503212F3001019POL<<<<<<<<<<<4\nKOWALSKA<<ANNA<<<<<<<<<<<<<<<<',
  'PB1234567',
  'TF 542 879',
  'WVWZZZ1JZXW000001',
  'WVW ZZZ1JZ XW000001',
  'XW000001',
  'AB 123 CD',
  '50-36-2',
  '76-42-6',
  '4-MMC',
  'cocaine',
];

/** How the warm-up calls a subgraph's search: a text, the warm-up's viewer, no jurisdiction filter, the first page. */
export interface WarmUpSearch {
  viewer: Principal;
  text: string;
  jurisdictions: string[];
  page: PageRequest;
}

/** A subgraph's warm-up: texts that give its search statements their shapes between them, and its search. */
export interface WarmUp {
  texts: readonly string[];
  search(dataSource: DataSource, search: WarmUpSearch): Promise<unknown>;
}

/** Searches each text of `warmUp` once, its answers unread. */
export async function searchEachText(dataSource: DataSource, warmUp: WarmUp): Promise<void> {
  for (const text of warmUp.texts) {
    await warmUp.search(dataSource, { viewer: WARM_UP_VIEWER, text, jurisdictions: [], page: WARM_UP_PAGE });
  }
}

/** Whether services warm their search pools at start: `LIAISON_WARM_UP=off` starts them cold. */
export function warmUpEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|false|0|no)$/i.test(env.LIAISON_WARM_UP ?? '');
}

/**
 * Opens every connection of `dataSource`'s pool and runs `searches` once on each, so that each has prepared and
 * planned every statement they run. The searches go through the pool as requests do: with the other connections held,
 * the one let go is the pool's only idle connection, and every statement of `searches` runs on it. Throws what failed
 * (a connection refused, a search that failed) after every connection it held is handed back.
 */
export async function warmEveryConnection(
  dataSource: DataSource,
  searches: () => Promise<unknown>,
  log?: pino.Logger,
): Promise<{ connections: number; ms: number }> {
  const pool = poolOf(dataSource);
  const started = performance.now();
  // A held connection has no error listener of the pool's: a server that ends it meanwhile fails the warm-up, not the process.
  const ignore = () => undefined;
  const opened = await Promise.allSettled(Array.from({ length: pool.options.max }, () => pool.connect()));
  const held: (PoolClient | undefined)[] = opened.map((result) => {
    if (result.status === 'rejected') return undefined;
    result.value.on('error', ignore);
    return result.value;
  });
  const handBack = (client: PoolClient) => {
    client.removeListener('error', ignore);
    client.release();
  };
  try {
    const refused = opened.find((result) => result.status === 'rejected');
    if (refused) throw refused.reason;
    for (let i = 0; i < held.length; i++) {
      handBack(held[i]!);
      held[i] = undefined;
      await searches();
      // The connection the searches ran on, idle again: the only one the pool can hand out.
      held[i] = await pool.connect();
      held[i]!.on('error', ignore);
    }
  } finally {
    for (const client of held) if (client) handBack(client);
  }
  const warmed = { connections: held.length, ms: Math.round(performance.now() - started) };
  log?.info(warmed, 'search statements planned on every pooled connection');
  return warmed;
}
