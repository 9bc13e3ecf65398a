import { Injectable } from '@nestjs/common';
import { AppConfig, RateLimitName, TooManyRequests } from '@niaz/core';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisLimiters } from './redis-limiters';

/**
 * Abuse limits counted in Redis with rate-limiter-flexible, so they hold across api replicas:
 * every write per client address and per user, tighter ones on registration, sign-in and the
 * e-mails anyone can make the api send. While Redis is away the limits let requests through
 * (and the log says so) rather than take the api down with it.
 */
@Injectable()
export class RateLimits extends RedisLimiters {
  readonly writesByIp: RateLimiterRedis;
  readonly writesByUser: RateLimiterRedis;
  private readonly named: Record<RateLimitName, RateLimiterRedis>;
  readonly emailsByAddress: RateLimiterRedis;
  readonly emailsByIp: RateLimiterRedis;

  constructor(config: AppConfig) {
    super(config, 'limit');
    const env = config.env;
    const limiter = this.limiter.bind(this);
    this.writesByIp = limiter('writes-ip', env.RATE_LIMIT_WRITES_PER_MINUTE_IP, 60);
    this.writesByUser = limiter('writes-user', env.RATE_LIMIT_WRITES_PER_MINUTE_USER, 60);
    this.emailsByAddress = limiter('emails-address', env.RATE_LIMIT_EMAILS_PER_HOUR, 3600);
    this.emailsByIp = limiter('emails-ip', env.RATE_LIMIT_EMAILS_PER_HOUR * 4, 3600);
    this.named = {
      register: limiter('register-ip', env.RATE_LIMIT_REGISTER_PER_HOUR_IP, 3600),
      // E-mails are limited per address too, by the services that send them.
      email: this.emailsByIp,
    };
  }

  /** The tighter per-address limit of a route, if it has one. */
  forRoute(name: RateLimitName): RateLimiterRedis {
    return this.named[name];
  }

  /** Takes one point from each limiter (key) pair; a 429 names the longest wait. */
  async consume(pairs: Array<[RateLimiterRedis, string]>, detail?: string): Promise<void> {
    const results = await Promise.allSettled(pairs.map(([l, key]) => l.consume(key)));
    let wait = 0;
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      if (r.reason instanceof RateLimiterRes) wait = Math.max(wait, r.reason.msBeforeNext);
      else this.unavailable(r.reason);
    }
    if (wait > 0) throw new TooManyRequests(Math.ceil(wait / 1000), detail);
  }

  unavailable(error: unknown): void {
    this.logger.warn(`abuse limits unavailable: ${(error as Error)?.message ?? String(error)}`);
  }
}
