import { isDeepStrictEqual } from 'node:util';
import { Injectable, Logger } from '@nestjs/common';
import { INDEX_DEFINITIONS } from './index-definitions';
import { IndexKey, MeiliService } from './meili.service';
import { meiliErrorCode } from './meili-errors';

/** How long a checked index is taken as configured before it is checked again. */
const READY_TTL_MS = 5000;

/**
 * Creates the indexes and applies their settings; safe to run at every start. Writers call
 * `ready` before their documents go in: an index that is missing (Meilisearch restarted on
 * an empty data folder) or was created without its settings is set up first, and whoever
 * listens to `onRecreated` (the reconciler) is told, since its documents are gone too.
 */
@Injectable()
export class SearchIndexesService {
  private readonly logger = new Logger(SearchIndexesService.name);
  private readonly checkedAt = new Map<IndexKey, number>();
  private readonly checking = new Map<IndexKey, Promise<void>>();
  private readonly recreatedListeners: Array<(key: IndexKey) => void> = [];

  constructor(private readonly meili: MeiliService) {}

  /** Called with the key of every index `ready` had to set up again. */
  onRecreated(listener: (key: IndexKey) => void): void {
    this.recreatedListeners.push(listener);
  }

  /**
   * Resolves once `key`'s live index exists with its settings (checked at most every 5 s;
   * after a failed write call `forget` so the next write checks again).
   */
  ready(key: IndexKey): Promise<void> {
    const at = this.checkedAt.get(key);
    if (at !== undefined && Date.now() - at < READY_TTL_MS) return Promise.resolve();
    let check = this.checking.get(key);
    if (!check) {
      check = this.check(key).finally(() => this.checking.delete(key));
      this.checking.set(key, check);
    }
    return check;
  }

  forget(key: IndexKey): void {
    this.checkedAt.delete(key);
  }

  private async check(key: IndexKey): Promise<void> {
    const uid = this.meili.uid(key);
    if (!(await this.configured(uid, key))) {
      this.logger.warn(`index ${uid} is missing or without its settings: setting it up`);
      await this.ensureIndex(uid, key);
      for (const listener of this.recreatedListeners) listener(key);
    }
    this.checkedAt.set(key, Date.now());
  }

  /** Whether `uid` exists with the searchable attributes of `key` (an index Meilisearch
   * created on its own by a document write has `['*']`). */
  private async configured(uid: string, key: IndexKey): Promise<boolean> {
    try {
      const searchable = await this.meili.client.index(uid).getSearchableAttributes();
      return isDeepStrictEqual(searchable, INDEX_DEFINITIONS[key].settings.searchableAttributes);
    } catch (e) {
      if (meiliErrorCode(e) === 'index_not_found') return false;
      throw e;
    }
  }

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
      return;
    }
    // Created by a document write whose primary key could not be inferred: set it (allowed
    // while the index holds no document, which is then the case).
    const index = await client.getIndex(uid);
    if (!index.primaryKey) {
      await client
        .updateIndex(uid, { primaryKey: INDEX_DEFINITIONS[key].primaryKey })
        .waitTask({ timeout: 30_000 });
    }
  }
}
