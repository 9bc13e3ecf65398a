import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, problems } from '@niaz/core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from '../refresh-token.entity';
import { SessionRevocations } from './session-revocations';
import type { SessionsResponse } from '../dto/identity.response';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

interface AccessClaims {
  sub: string;
  /** The login (refresh token family) this token belongs to. */
  sid: string;
}

/** Who an access token speaks for, and through which login. */
export interface AccessIdentity {
  userId: string;
  sessionId: string;
}

/** What a login records about the device that made it (shown in GET /me/sessions). */
export interface LoginOrigin {
  userAgent?: string | null;
  ip?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Short-lived JWT access tokens; opaque refresh tokens `<id>.<secret>`, rotated on every use. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly revocations: SessionRevocations,
  ) {}

  async issue(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    familyId: string = randomUUID(),
    origin: LoginOrigin = {},
  ): Promise<TokenPair> {
    const ttl = this.config.env.JWT_ACCESS_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sid: familyId } satisfies AccessClaims,
      { expiresIn: ttl },
    );
    const secret = randomBytes(32).toString('base64url');
    const row = manager.create(RefreshToken, {
      userId,
      familyId,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.config.env.REFRESH_TTL_DAYS * 86400_000),
      userAgent: origin.userAgent?.slice(0, 200) ?? null,
      ip: origin.ip?.slice(0, 64) ?? null,
    });
    await manager.save(row);
    return { accessToken, refreshToken: `${row.id}.${secret}`, expiresIn: ttl };
  }

  /**
   * The user and login of a valid access token, or undefined: a bad signature, an expired
   * token, or a login revoked since (logout, a reused refresh token, a password reset).
   */
  async verifyAccess(token: string): Promise<AccessIdentity | undefined> {
    const identity = this.verifySignature(token);
    if (!identity || (await this.revocations.isRevoked(identity.sessionId))) return undefined;
    return identity;
  }

  /**
   * The user and login an access token names if its signature and expiry hold, WITHOUT the
   * revocation check: the caller must make it (the auth guard asks PostgreSQL in the same
   * query that loads the principal, `PrincipalLoader.load(userId, sessionId)`).
   */
  verifySignature(token: string): AccessIdentity | undefined {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !UUID.test(claims.sid))
      return undefined;
    return { userId: claims.sub, sessionId: claims.sid };
  }

  /** Revokes logins of a user (all of them when `sessionIds` is omitted); returns those revoked. */
  async revoke(
    userId: string,
    sessionIds?: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const result: unknown = await manager.query(
      `UPDATE refresh_token SET "revokedAt" = now()
        WHERE "userId" = $1 AND "revokedAt" IS NULL
          AND ($2::uuid[] IS NULL OR "familyId" = ANY($2::uuid[]))
        RETURNING "familyId"`,
      [userId, sessionIds ?? null],
    );
    // node-postgres through TypeORM answers an UPDATE … RETURNING as [rows, count].
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<{
      familyId: string;
    }>;
    // Only this user's logins: an id of someone else's login revokes nothing.
    const families = [...new Set(rows.map((r) => r.familyId))];
    await this.revocations.add(families);
    return families;
  }

  /** The user's active logins, most recently used first. */
  async sessions(userId: string, currentSessionId?: string): Promise<SessionsResponse> {
    const rows: Array<{
      id: string;
      createdAt: Date;
      lastUsedAt: Date;
      expiresAt: Date;
      userAgent: string | null;
      ip: string | null;
    }> = await this.dataSource.query(
      `SELECT "familyId" AS id, min("createdAt") AS "createdAt", max("createdAt") AS "lastUsedAt",
              max("expiresAt") AS "expiresAt",
              (array_agg("userAgent" ORDER BY "createdAt" DESC))[1] AS "userAgent",
              (array_agg(ip ORDER BY "createdAt" DESC))[1] AS ip
         FROM refresh_token
        WHERE "userId" = $1
        GROUP BY "familyId"
       HAVING bool_and("revokedAt" IS NULL) AND max("expiresAt") > now()
        ORDER BY max("createdAt") DESC, "familyId"
        LIMIT 100`,
      [userId],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        createdAt: new Date(r.createdAt).toISOString(),
        lastUsedAt: new Date(r.lastUsedAt).toISOString(),
        expiresAt: new Date(r.expiresAt).toISOString(),
        userAgent: r.userAgent,
        ip: r.ip,
        current: r.id === currentSessionId,
      })),
    };
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
        return { error: 'reused' as const, familyId: row.familyId };
      }
      if (row.expiresAt.getTime() < Date.now()) return { error: 'invalid' as const };
      row.usedAt = new Date();
      await manager.save(row);
      return {
        userId: row.userId,
        tokens: await this.issue(row.userId, manager, row.familyId, {
          userAgent: row.userAgent,
          ip: row.ip,
        }),
      };
    });
    // Every access token of a reused login stops at once, not when it expires.
    if ('familyId' in outcome && outcome.familyId) await this.revocations.add([outcome.familyId]);
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
