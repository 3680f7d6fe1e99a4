import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROVENANCE_COLUMNS_V1 } from '../provenance-columns';

export class CreateDocumentTable1795478401100 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE documents.document (${PROVENANCE_COLUMNS_V1},
        number varchar NOT NULL,
        number_normalized varchar NOT NULL,
        type varchar NOT NULL CHECK (type IN ('PASSPORT', 'IDENTITY_CARD', 'VISA', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE',
          'VEHICLE_REGISTRATION_CERTIFICATE', 'BLANK_DOCUMENT')),
        issuing_country char(2) NOT NULL,
        issue_date date,
        expiry_date date,
        status varchar NOT NULL CHECK (status IN ('STOLEN_BLANK', 'LOST', 'STOLEN_FROM_HOLDER', 'REVOKED', 'INVALIDATED')),
        loss_date date,
        loss_place varchar,
        mrz text,
        holder_id uuid
      )`);
    // The number search is an equality lookup on the normalized number; the holder index serves Person.documents.
    await db.query('CREATE INDEX document_number_normalized ON documents.document (number_normalized)');
    await db.query('CREATE INDEX document_holder ON documents.document (holder_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE documents.document');
  }
}
