import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The GIN indexes that person searches read, written through at each insert (`fastupdate = off`) rather than queued
 * in a pending list that every scan reads whole until a vacuum or a 4 MB overflow merges it: at 10M records each
 * scan of `person_name_words` paid about 31 µs per pending page, 16 ms at the 4 MB limit, against 0.1 ms merged
 * (docs/database.md, "GIN indexes without a pending list"). Entries already pending are merged here.
 */
const SEARCHED_GIN_INDEXES = [
  'persons.person_name_words',
  'persons.person_nationalities',
  'persons.name_word_trgm',
  'persons.name_word_deletions',
  'persons.name_word_sounds',
  'persons.name_word_skeletons',
  'persons.name_word_unvowelled_skeletons',
];

export class ReadGinIndexesWithoutPendingList1795478460000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const index of SEARCHED_GIN_INDEXES) {
      await db.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      await db.query('SELECT gin_clean_pending_list($1::regclass)', [index]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of SEARCHED_GIN_INDEXES) await db.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}
