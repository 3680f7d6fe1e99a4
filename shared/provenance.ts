import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type HandlingCode = 'H0' | 'H1' | 'H2' | 'H3';
export type Sharing = 'ALL_JURISDICTIONS' | 'LISTED_JURISDICTIONS' | 'OWNER_ONLY';
export type Reliability = 'A' | 'B' | 'C' | 'X';

/**
 * The provenance block every record carries (SPEC 3): owner, handling, evaluation and life cycle.
 * Column types are spelled out because the project is compiled without decorator metadata.
 */
export abstract class ProvenanceColumns {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'owner_jurisdiction', type: 'char', length: 2 })
  ownerJurisdiction!: string;

  @Column({ name: 'owner_agency_code', type: 'varchar' })
  ownerAgencyCode!: string;

  @Column({ name: 'owner_agency_name', type: 'varchar' })
  ownerAgencyName!: string;

  @Column({ name: 'national_reference', type: 'varchar' })
  nationalReference!: string;

  @Column({ name: 'handling_code', type: 'varchar' })
  handlingCode!: HandlingCode;

  @Column({ type: 'varchar' })
  sharing!: Sharing;

  @Column({ name: 'shared_with', type: 'varchar', array: true })
  sharedWith!: string[];

  @Column({ type: 'char', length: 1 })
  reliability!: Reliability;

  @Column({ type: 'smallint' })
  accuracy!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'review_at', type: 'timestamptz', nullable: true })
  reviewAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** When the owner revoked the record; a revoked record is never returned again (`notLapsedSql`). */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Why the owner revoked it, as the owner wrote it. */
  @Column({ name: 'revocation_reason', type: 'varchar', nullable: true })
  revocationReason!: string | null;
}

/** Resolvers for the provenance fields whose GraphQL shape differs from the columns; shared by every record type. */
export const provenanceResolvers = {
  ownerAgency: (record: ProvenanceColumns) => ({ code: record.ownerAgencyCode, name: record.ownerAgencyName }),
  handling: (record: ProvenanceColumns) => ({
    code: record.handlingCode,
    sharing: record.sharing,
    sharedWith: record.sharedWith,
  }),
};

/**
 * SQL condition (on table alias `alias`) for current records: not revoked by their owner and not lapsed (past
 * `expires_at`). The one definition of "current" that every read path applies (search, detail, `_entities`, links,
 * checks), through `disclosableSql`, `checkableSql` and `whereDisclosable` or directly.
 */
export function notLapsedSql(alias: string): string {
  return `(${alias}.revoked_at IS NULL AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now()))`;
}
