import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, problems } from '@niaz/core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from '../refresh-token.entity';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

interface AccessClaims {
  sub: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Short-lived JWT access tokens; opaque refresh tokens `<id>.<secret>`, rotated on every use. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async issue(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    familyId: string = randomUUID(),
  ): Promise<TokenPair> {
    const ttl = this.config.env.JWT_ACCESS_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync({ sub: userId } satisfies AccessClaims, {
      expiresIn: ttl,
    });
    const secret = randomBytes(32).toString('base64url');
    const row = manager.create(RefreshToken, {
      userId,
      familyId,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.env.REFRESH_TTL_DAYS * 86400_000),
    });
    await manager.save(row);
    return { accessToken, refreshToken: `${row.id}.${secret}`, expiresIn: ttl };
  }

  /** The user id of a valid access token, or undefined. */
  async verifyAccess(token: string): Promise<string | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      return typeof claims.sub === 'string' ? claims.sub : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Rotates a refresh token. A token presented a second time means it was stolen or leaked:
   * the whole family is revoked and the caller must sign in again.
   */
  async rotate(presented: string): Promise<{ userId: string; tokens: TokenPair }> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/i.test(id))
      throw problems.unauthorized('The refresh token is not valid.');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshToken, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return { error: 'invalid' as const };
      const a = Buffer.from(row.tokenHash, 'hex');
      const b = Buffer.from(sha256(secret), 'hex');
      if (a.length !== b.length || !timingSafeEqual(a, b)) return { error: 'invalid' as const };
      if (row.usedAt || row.revokedAt) {
        await manager.update(
          RefreshToken,
          { familyId: row.familyId, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
        return { error: 'reused' as const };
      }
      if (row.expiresAt.getTime() < Date.now()) return { error: 'invalid' as const };
      row.usedAt = new Date();
      await manager.save(row);
      return { userId: row.userId, tokens: await this.issue(row.userId, manager, row.familyId) };
    });
    if ('error' in outcome) {
      throw problems.unauthorized(
        outcome.error === 'reused'
          ? 'This refresh token was already used; every session of this login is now signed out.'
          : 'The refresh token is not valid.',
      );
    }
    return outcome;
  }
}
