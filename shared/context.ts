import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';

/** What every subgraph's per-request context holds; each subgraph adds its own DataLoaders. */
export interface RequestContext<TLoaders> {
  requestId: string;
  /** The verified caller. */
  principal: Principal;
  /** Purpose or case reference the client sent (header `x-liaison-purpose`), if any. */
  purpose?: string;
  dataSource: DataSource;
  log: pino.Logger;
  loaders: TLoaders;
}
