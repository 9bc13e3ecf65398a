import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { producerConnection } from '@niaz/jobs';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';

/**
 * Limiters counted in Redis with rate-limiter-flexible (shared by every api replica), on one
 * connection of their own, keyed `<queue prefix>:<space>:<name>`. Redis errors are not thrown
 * at the connection: each user decides to let requests through and log it.
 */
export abstract class RedisLimiters implements OnModuleInit, OnModuleDestroy {
  protected readonly logger: Logger;
  private readonly redis: Redis;

  protected constructor(
    private readonly config: AppConfig,
    private readonly space: string,
  ) {
    this.logger = new Logger(new.target.name);
    // Auto-pipelining: the limiters a request consumes together (per address and per user)
    // go to Redis in one write and come back in one read, not one round trip each.
    this.redis = new Redis({
      ...producerConnection(config.redis.url),
      lazyConnect: true,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined);
  }

  protected limiter(name: string, points: number, duration: number): RateLimiterRedis {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.config.redis.queuePrefix}:${this.space}:${name}`,
      points,
      duration,
    });
  }

  /** Connected before the first request (commands are not queued while connecting). */
  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch((e: Error) => this.logger.warn(`Redis: ${e.message}`));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
