import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import {
  Index,
  MeiliSearch,
  MeiliSearchRequestError,
  SearchParams,
  SearchResponse,
} from 'meilisearch';
import { createMeiliHttpClient } from './meili-http-client';
import { MeiliDocumentBatcher } from './meili-document-batcher';
import { MeiliTaskWaiter } from './meili-task-waiter';

export type IndexKey = 'needs' | 'capabilities';

/** The one Meilisearch client of the process, with this deployment's index prefix. */
@Injectable()
export class MeiliService implements OnModuleDestroy {
  readonly client: MeiliSearch;
  private readonly http = createMeiliHttpClient();
  readonly prefix: string;
  private readonly host: string;
  private readonly masterKey: string | undefined;
  private readonly searchUrls = new Map<IndexKey, URL>();
  /** One poll for every task this process waits on. */
  readonly tasks: MeiliTaskWaiter;
  /** Document writes gathered per index while the previous one is being applied. */
  readonly documents: MeiliDocumentBatcher;

  constructor(config: AppConfig) {
    const { url, masterKey, indexPrefix } = config.meili;
    this.prefix = indexPrefix;
    this.host = url.endsWith('/') ? url : `${url}/`;
    this.masterKey = masterKey;
    this.client = new MeiliSearch({ host: url, apiKey: masterKey, httpClient: this.http });
    this.tasks = new MeiliTaskWaiter(this.client);
    this.documents = new MeiliDocumentBatcher(this.client);
  }

  uid(key: IndexKey | string): string {
    return `${this.prefix}${key}`;
  }

  index<T extends Record<string, unknown> = Record<string, unknown>>(
    key: IndexKey | string,
  ): Index<T> {
    return this.client.index<T>(this.uid(key));
  }

  /**
   * `index(key).search(q, params)` without the client's per-request URL, Headers and option
   * merging (~5 % of the api's CPU per search, issue 22): the same POST, the same errors.
   */
  search<T = Record<string, unknown>>(
    key: IndexKey,
    q: string,
    params: SearchParams,
  ): Promise<SearchResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.masterKey) headers.authorization = `Bearer ${this.masterKey}`;
    let url = this.searchUrls.get(key);
    if (!url)
      this.searchUrls.set(key, (url = new URL(`indexes/${this.uid(key)}/search`, this.host)));
    const target = url;
    return (
      this.http.send(target, 'POST', headers, JSON.stringify({ q, ...params })) as Promise<
        SearchResponse<T>
      >
    ).catch((e: unknown) => {
      // Wrapped as the client wraps its custom HTTP client's errors: callers see what they saw.
      throw new MeiliSearchRequestError(target.toString(), e);
    });
  }

  /**
   * Waits until every task enqueued on `key`'s index before now has been applied, so that a
   * search made next sees every write accepted before this call (bounded by `timeoutMs`;
   * false when it gave up). "Before now" is by task uid, not by clock.
   */
  async settled(key: IndexKey, timeoutMs = 30_000): Promise<boolean> {
    const indexUids = [this.uid(key)];
    const [newest] = (await this.client.tasks.getTasks({ indexUids, limit: 1 })).results;
    if (!newest) return true;
    const deadline = Date.now() + timeoutMs;
    for (let wait = 10; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
      // Listed newest first from `from`: any entry is a task at or before `newest` still to do.
      const pending = await this.client.tasks.getTasks({
        indexUids,
        statuses: ['enqueued', 'processing'],
        from: newest.uid,
        limit: 1,
      });
      if (pending.results.length === 0) return true;
      await new Promise((r) => setTimeout(r, wait));
    }
    return false;
  }

  async isHealthy(): Promise<boolean> {
    try {
      const health = await this.client.health();
      return health.status === 'available';
    } catch {
      return false;
    }
  }

  onModuleDestroy(): void {
    this.tasks.close();
    this.http.destroy();
  }
}
