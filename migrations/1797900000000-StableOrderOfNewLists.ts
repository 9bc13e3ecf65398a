import { MigrationInterface, QueryRunner } from 'typeorm';
import { addSequenceColumn, dropSequenceColumns } from './support/sequence-column';

/** The lists added this round (files, downloads, meetings, amendments, questions), with their time. */
const TABLES: Array<[table: string, time: string]> = [
  ['attachment', 'createdAt'],
  ['attachment_download', 'downloadedAt'],
  ['exhibition_participant', 'createdAt'],
  ['meeting_request', 'createdAt'],
  ['meeting', 'createdAt'],
  ['need_amendment', 'createdAt'],
  ['need_question', 'createdAt'],
];

/**
 * The same monotonic `seq` as StableOrder1797200000000 on the tables listed in time order
 * since: rows of one millisecond keep their creation order in lists and cursors. Rows already
 * there are numbered in (time, id) order; the identity continues after them.
 */
export class StableOrderOfNewLists1797900000000 implements MigrationInterface {
  name = 'StableOrderOfNewLists1797900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, time] of TABLES) await addSequenceColumn(queryRunner, table, time);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSequenceColumns(queryRunner, TABLES);
  }
}
