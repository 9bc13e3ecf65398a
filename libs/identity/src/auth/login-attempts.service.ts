import { Injectable } from '@nestjs/common';
import { AppConfig, TooManyRequests } from '@niaz/core';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisLimiters } from '../limits/redis-limiters';

/**
 * Failed sign-ins counted in Redis (shared by every api replica) with rate-limiter-flexible:
 * - per (account, address): LOGIN_RATE_LIMIT failures per window, then that address waits;
 * - per address: 3× that across accounts (one address spraying many accounts);
 * - per account from all addresses: a larger, slower limit. Past it, addresses that already
 *   failed on this account wait too, but an address that has not failed (the owner's) may
 *   still sign in: a stranger's guesses cannot lock the owner out.
 * Only failures count; a correct sign-in clears its own (account, address) count. While
 * Redis is away the check lets sign-ins through (passwords are still verified) and says so.
 */
@Injectable()
export class LoginAttemptsService extends RedisLimiters {
  private readonly byAccountAndIp: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;
  private readonly byAccount: RateLimiterRedis;

  constructor(config: AppConfig) {
    super(config, 'login-failures');
    const env = config.env;
    const limiter = this.limiter.bind(this);
    this.byAccountAndIp = limiter('acct-ip', env.LOGIN_RATE_LIMIT, env.LOGIN_RATE_WINDOW_SECONDS);
    this.byIp = limiter('ip', env.LOGIN_RATE_LIMIT * 3, env.LOGIN_RATE_WINDOW_SECONDS);
    this.byAccount = limiter(
      'acct',
      env.LOGIN_ACCOUNT_FAILURE_LIMIT,
      env.LOGIN_ACCOUNT_WINDOW_SECONDS,
    );
  }

  /** 429 (with the wait) when this address may not try this account now. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    let states: Array<RateLimiterRes | null>;
    try {
      states = await Promise.all([
        this.byAccountAndIp.get(pairKey(email, ip)),
        this.byIp.get(ip),
        this.byAccount.get(accountKey(email)),
      ]);
    } catch (e) {
      this.logger.warn(`sign-in limits unavailable: ${(e as Error).message}`);
      return;
    }
    const [pair, address, account] = states;
    const waits: number[] = [];
    if (pair && pair.consumedPoints >= this.byAccountAndIp.points) waits.push(pair.msBeforeNext);
    if (address && address.consumedPoints >= this.byIp.points) waits.push(address.msBeforeNext);
    // The account is under attack: only addresses that have not failed on it may try.
    if (
      account &&
      account.consumedPoints >= this.byAccount.points &&
      pair &&
      pair.consumedPoints > 0
    )
      waits.push(account.msBeforeNext);
    if (waits.length > 0) {
      throw new TooManyRequests(
        Math.ceil(Math.max(...waits) / 1000),
        'Too many failed sign-in attempts; wait and try again.',
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.byAccountAndIp.penalty(pairKey(email, ip)),
      this.byIp.penalty(ip),
      this.byAccount.penalty(accountKey(email)),
    ]).catch(() => undefined);
  }

  /** A correct password from this address: its own failures on this account are forgiven. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.byAccountAndIp.delete(pairKey(email, ip)).catch(() => undefined);
  }
}

const accountKey = (email: string) => email.trim().toLowerCase();
const pairKey = (email: string, ip: string) => `${accountKey(email)}|${ip}`;
