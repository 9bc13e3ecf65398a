import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SearchIndexesService } from '@niaz/search';

/**
 * Applies index settings at start. Meilisearch may come up after the worker: keep trying in
 * the background instead of failing the boot (indexing jobs retry meanwhile).
 */
@Injectable()
export class SearchBootstrap implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchBootstrap.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly indexes: SearchIndexesService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.attempt(1);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private async attempt(n: number): Promise<void> {
    try {
      await this.indexes.ensureIndexes();
    } catch (e) {
      const delay = Math.min(30_000, 1000 * 2 ** Math.min(n, 5));
      this.logger.warn(
        `index settings not applied yet (${e instanceof Error ? e.message : String(e)}); retrying in ${delay} ms`,
      );
      this.timer = setTimeout(() => void this.attempt(n + 1), delay);
    }
  }
}
