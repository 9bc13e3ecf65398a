import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@niaz/core';
import { producerConnection } from '@niaz/jobs';
import Redis from 'ioredis';

interface LoginRequest {
  ip?: string;
  body?: { email?: unknown };
}

/** The Redis connection of the login counters, closed with the app. */
@Injectable()
export class ThrottleRedis implements OnModuleDestroy {
  readonly client: Redis;

  constructor(config: AppConfig) {
    this.client = new Redis({
      ...producerConnection(config.redis.url),
      enableOfflineQueue: true,
      keyPrefix: `${config.redis.queuePrefix}:throttle:`,
    });
    this.client.on('error', () => undefined);
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}

@Module({ providers: [ThrottleRedis], exports: [ThrottleRedis] })
class ThrottleRedisModule {}

/**
 * Login attempts are counted in Redis (shared by every api replica) per IP and per account,
 * so neither one address nor a spread of addresses can guess one password for long.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottleRedisModule],
      inject: [AppConfig, ThrottleRedis],
      useFactory: (config: AppConfig, redis: ThrottleRedis) => {
        const ttl = config.env.LOGIN_RATE_WINDOW_SECONDS * 1000;
        const limit = config.env.LOGIN_RATE_LIMIT;
        return {
          throttlers: [
            {
              name: 'ip',
              ttl,
              limit: limit * 3,
              getTracker: (req: LoginRequest) => req.ip ?? 'unknown',
            },
            {
              name: 'account',
              ttl,
              limit,
              getTracker: (req: LoginRequest) =>
                typeof req.body?.email === 'string'
                  ? `acct:${req.body.email.trim().toLowerCase()}`
                  : `ip:${req.ip ?? 'unknown'}`,
            },
          ],
          errorMessage: 'Too many sign-in attempts; wait a minute and try again.',
          storage: new ThrottlerStorageRedisService(redis.client),
        };
      },
    }),
  ],
  exports: [ThrottlerModule],
})
export class LoginThrottleModule {}
