import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, ProblemException } from '@niaz/core';
import { producerConnection } from '@niaz/jobs';
import Redis from 'ioredis';

/**
 * Failed sign-ins counted in Redis (shared by every api replica) per account and per IP,
 * so neither one address nor a spread of addresses can guess one password for long. Only
 * failures count: people and scripts that sign in correctly are never slowed down. While
 * Redis is away the check lets sign-ins through (passwords are still verified) and says so.
 */
@Injectable()
export class LoginAttempts implements OnModuleDestroy {
  private readonly logger = new Logger(LoginAttempts.name);
  private readonly redis: Redis;
  private readonly windowSeconds: number;
  private readonly accountLimit: number;
  private readonly ipLimit: number;

  constructor(config: AppConfig) {
    this.redis = new Redis({
      ...producerConnection(config.redis.url),
      keyPrefix: `${config.redis.queuePrefix}:login-failures:`,
    });
    this.redis.on('error', () => undefined);
    this.windowSeconds = config.env.LOGIN_RATE_WINDOW_SECONDS;
    this.accountLimit = config.env.LOGIN_RATE_LIMIT;
    this.ipLimit = config.env.LOGIN_RATE_LIMIT * 3;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** 429 when this account or this address failed too often within the window. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    let counts: Array<string | null>;
    try {
      counts = await this.redis.mget(accountKey(email), ipKey(ip));
    } catch (e) {
      this.logger.warn(`sign-in limits unavailable: ${(e as Error).message}`);
      return;
    }
    const [byAccount, byIp] = counts.map((c) => Number(c ?? 0));
    if (byAccount >= this.accountLimit || byIp >= this.ipLimit) {
      throw new ProblemException(
        429,
        'too-many-requests',
        'Too many requests',
        'Too many sign-in attempts; wait a minute and try again.',
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.multi();
    for (const key of [accountKey(email), ipKey(ip)]) {
      pipeline.incr(key);
      pipeline.expire(key, this.windowSeconds, 'NX');
    }
    await pipeline.exec().catch(() => undefined);
  }
}

const accountKey = (email: string) => `acct:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
