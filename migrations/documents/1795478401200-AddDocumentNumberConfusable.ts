import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDocumentNumberConfusable1795478401200 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // O/0 and I/1 tolerance is an equality lookup on the number with O read as 0 and I as 1; generated, so that
    // the seed's COPY and every writer fill it without knowing of it (`confusableDocumentNumber` is its TS twin).
    await db.query(`
      ALTER TABLE documents.document
        ADD COLUMN number_confusable varchar GENERATED ALWAYS AS (translate(number_normalized, 'OI', '01')) STORED`);
    await db.query('CREATE INDEX document_number_confusable ON documents.document (number_confusable)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE documents.document DROP COLUMN number_confusable');
  }
}
