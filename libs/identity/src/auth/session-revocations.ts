import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { producerConnection } from '@niaz/jobs';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

/**
 * Revoked logins, in Redis so every api replica sees a revocation at once: an access token
 * carries its login's id (`sid`) and stops working as soon as that login is revoked, not
 * when it expires. Each entry lives as long as an access token can, then the token's own
 * expiry takes over. While Redis is away the check asks PostgreSQL instead.
 */
@Injectable()
export class SessionRevocations implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly redis: Redis;
  private readonly ttlSeconds: number;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.redis = new Redis({
      ...producerConnection(config.redis.url),
      lazyConnect: true,
      keyPrefix: `${config.redis.queuePrefix}:revoked-session:`,
    });
    this.redis.on('error', () => undefined);
    this.ttlSeconds = config.env.JWT_ACCESS_TTL_SECONDS + 60;
  }

  /** Connected before the first request (commands are not queued while connecting). */
  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch((e: Error) => this.logger.warn(`Redis: ${e.message}`));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** Marks logins revoked (their rows in PostgreSQL are revoked by the caller). */
  async add(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.multi();
    for (const id of sessionIds) pipeline.set(id, '1', 'EX', this.ttlSeconds);
    await pipeline.exec().catch((e: Error) => {
      // PostgreSQL holds the revocation too; the fallback below reads it while Redis is away.
      this.logger.warn(`could not record revoked logins in Redis: ${e.message}`);
    });
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    try {
      return (await this.redis.exists(sessionId)) === 1;
    } catch {
      const rows: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM refresh_token WHERE "familyId" = $1 AND "revokedAt" IS NOT NULL LIMIT 1`,
        [sessionId],
      );
      return rows.length > 0;
    }
  }
}
