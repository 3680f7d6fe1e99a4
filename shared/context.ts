import type { DataSource } from 'typeorm';
import type pino from 'pino';

/** What every subgraph's per-request context holds; each subgraph adds its own DataLoaders. */
export interface RequestContext<TLoaders> {
  requestId: string;
  dataSource: DataSource;
  log: pino.Logger;
  loaders: TLoaders;
}
