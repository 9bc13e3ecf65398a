import { Injectable, Logger } from '@nestjs/common';
import { INDEX_DEFINITIONS } from './index-definitions';
import { IndexKey, MeiliService } from './meili.service';

/** Creates the indexes and applies their settings; safe to run at every start. */
@Injectable()
export class SearchIndexesService {
  private readonly logger = new Logger(SearchIndexesService.name);

  constructor(private readonly meili: MeiliService) {}

  async ensureIndexes(
    keys: IndexKey[] = Object.keys(INDEX_DEFINITIONS) as IndexKey[],
  ): Promise<void> {
    for (const key of keys) await this.ensureIndex(this.meili.uid(key), key);
  }

  /** Creates `uid` (if missing) with the settings of `key`; used for fresh reindex targets too. */
  async ensureIndex(uid: string, key: IndexKey): Promise<void> {
    const { settings } = INDEX_DEFINITIONS[key];
    const client = this.meili.client;
    await this.ensureExists(uid, key);
    const task = await client.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 });
    if (task.status !== 'succeeded') {
      throw new Error(`settings of index ${uid} failed: ${JSON.stringify(task.error)}`);
    }
    this.logger.log(`index ${uid} ready`);
  }

  /** Creates `uid` with the primary key of `key` when it does not exist; settings untouched. */
  async ensureExists(uid: string, key: IndexKey): Promise<void> {
    const client = this.meili.client;
    try {
      await client.getIndex(uid);
    } catch {
      const task = await client
        .createIndex(uid, { primaryKey: INDEX_DEFINITIONS[key].primaryKey })
        .waitTask({ timeout: 30_000 });
      // Another process may have created it meanwhile: that is as good.
      if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists')
        throw new Error(`creating index ${uid} failed: ${JSON.stringify(task.error)}`);
    }
  }
}
