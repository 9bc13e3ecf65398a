import { MigrationInterface, QueryRunner } from 'typeorm';
import { addSequenceColumn, dropSequenceColumns } from './support/sequence-column';

/** Tables listed in time order, with the column that time is in. */
const TABLES: Array<[table: string, time: string]> = [
  ['membership', 'createdAt'],
  ['webhook_endpoint', 'createdAt'],
  ['notification', 'createdAt'],
  ['messenger_link', 'createdAt'],
  ['delivery', 'createdAt'],
  ['need', 'createdAt'],
  ['need_detail_view', 'viewedAt'],
  ['exhibition', 'createdAt'],
  ['exhibition_submission', 'createdAt'],
  ['exhibition_invitation', 'createdAt'],
  ['capability', 'createdAt'],
  ['bid', 'createdAt'],
];

/**
 * A monotonic `seq` (identity) on every table listed in time order, so rows of the same
 * millisecond keep their creation order in lists and cursors. Rows already there are numbered
 * in (time, id) order, and the identity continues after them.
 */
export class StableOrder1797200000000 implements MigrationInterface {
  name = 'StableOrder1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, time] of TABLES) await addSequenceColumn(queryRunner, table, time);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropSequenceColumns(queryRunner, TABLES);
  }
}
