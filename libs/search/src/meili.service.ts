import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { Index, MeiliSearch } from 'meilisearch';
import { createMeiliHttpClient } from './meili-http-client';

export type IndexKey = 'needs' | 'capabilities';

/** The one Meilisearch client of the process, with this deployment's index prefix. */
@Injectable()
export class MeiliService implements OnModuleDestroy {
  readonly client: MeiliSearch;
  private readonly http = createMeiliHttpClient();
  readonly prefix: string;

  constructor(config: AppConfig) {
    const { url, masterKey, indexPrefix } = config.meili;
    this.prefix = indexPrefix;
    this.client = new MeiliSearch({ host: url, apiKey: masterKey, httpClient: this.http });
  }

  uid(key: IndexKey | string): string {
    return `${this.prefix}${key}`;
  }

  index<T extends Record<string, unknown> = Record<string, unknown>>(
    key: IndexKey | string,
  ): Index<T> {
    return this.client.index<T>(this.uid(key));
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
    this.http.destroy();
  }
}
