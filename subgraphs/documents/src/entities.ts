import { Column, Entity } from 'typeorm';
import { ProvenanceColumns } from '../../../shared/provenance';

export type DocumentType =
  | 'PASSPORT'
  | 'IDENTITY_CARD'
  | 'VISA'
  | 'RESIDENCE_PERMIT'
  | 'DRIVING_LICENCE'
  | 'VEHICLE_REGISTRATION_CERTIFICATE'
  | 'BLANK_DOCUMENT';
export type DocumentStatus = 'STOLEN_BLANK' | 'LOST' | 'STOLEN_FROM_HOLDER' | 'REVOKED' | 'INVALIDATED';

@Entity({ schema: 'documents', name: 'document' })
export class DocumentEntity extends ProvenanceColumns {
  /** The number as printed on the document, spaces and dashes included. */
  @Column({ type: 'varchar' })
  number!: string;

  /** `normalizeDocumentNumber(number)`, written with the record; the search looks numbers up by it. */
  @Column({ name: 'number_normalized', type: 'varchar' })
  numberNormalized!: string;

  @Column({ type: 'varchar' })
  type!: DocumentType;

  @Column({ name: 'issuing_country', type: 'char', length: 2 })
  issuingCountry!: string;

  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate!: string | null;

  @Column({ name: 'expiry_date', type: 'date', nullable: true })
  expiryDate!: string | null;

  @Column({ type: 'varchar' })
  status!: DocumentStatus;

  @Column({ name: 'loss_date', type: 'date', nullable: true })
  lossDate!: string | null;

  @Column({ name: 'loss_place', type: 'varchar', nullable: true })
  lossPlace!: string | null;

  @Column({ type: 'text', nullable: true })
  mrz!: string | null;

  /** A person in the persons subgraph; no foreign key because that subgraph owns the table. */
  @Column({ name: 'holder_id', type: 'uuid', nullable: true })
  holderId!: string | null;
}

export const DOCUMENTS_ENTITIES = [DocumentEntity];
