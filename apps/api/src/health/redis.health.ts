import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@niaz/core';
import { producerConnection } from '@niaz/jobs';
import Redis from 'ioredis';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis = new Redis({
      ...producerConnection(config.redis.url),
      lazyConnect: true,
      connectTimeout: 2000,
    });
    this.redis.on('error', () => undefined);
  }

  async isHealthy(key = 'redis') {
    const indicator = this.indicators.check(key);
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
      const pong = await this.redis.ping();
      return pong === 'PONG' ? indicator.up() : indicator.down({ message: `answered ${pong}` });
    } catch (e) {
      return indicator.down({ message: e instanceof Error ? e.message : String(e) });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
