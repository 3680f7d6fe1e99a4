import type { DataSource } from 'typeorm';
import type pino from 'pino';
import type { Principal } from './auth';
import type { AuditTrail } from './audit';

/** What every subgraph's per-request context holds; each subgraph adds its own DataLoaders. */
export interface RequestContext<TLoaders> {
  /** The gateway's id for the request (shared/request-id.ts), the same in every subgraph it reached. */
  requestId: string;
  /** The client's own `x-request-id`, when it sent a valid one: kept beside `requestId`, never instead. */
  clientRequestId?: string;
  /** The operation name the client sent to the gateway, for the audit log. */
  clientOperationName?: string;
  /** The verified caller. */
  principal: Principal;
  /** The caller's bearer token, for the gateway lookups a write makes with it (shared/linked-records.ts). */
  token: string;
  /** Purpose or case reference the client sent (header `x-liaison-purpose`), if any. */
  purpose?: string;
  /** What this request disclosed, written to the audit log before the response leaves. */
  audit: AuditTrail;
  /** Aborted when the caller left before the answer: nothing is disclosed, so nothing is audited. */
  signal: AbortSignal;
  /** The primary: writes, and reads that must see them. */
  dataSource: DataSource;
  /**
   * Where searches, detail lookups and links read: a read replica when one is configured and fit
   * (shared/read-replicas.ts), else the primary; a mutation's request reads the primary throughout.
   */
  readDataSource: DataSource;
  /** The pool of hit/no-hit checks (a replica's, as `readDataSource`), apart from the searches' so that slow searches cannot starve them. */
  checkDataSource: DataSource;
  log: pino.Logger;
  loaders: TLoaders;
}

/** What per-request loaders need besides the database: whose visibility applies, and where disclosures go. */
export interface LoaderScope {
  principal: Principal;
  audit: AuditTrail;
}
