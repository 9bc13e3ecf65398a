import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, problems } from '@niaz/core';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { hashPassword } from '../auth/passwords';
import { TokensService } from '../auth/tokens.service';
import { RateLimits } from '../limits/rate-limits';
import type { Language } from '@niaz/core';
import { User } from '../user.entity';
import { AccountMail } from './account-mail';

const VERIFY_TTL_SECONDS = 48 * 3600;
const RESET_TTL_SECONDS = 30 * 60;

interface VerifyClaims {
  sub: string;
  /** The address proved: a token for an address the account no longer has is void. */
  email: string;
}
interface ResetClaims {
  sub: string;
  /** A fingerprint of the password hash: once the password changes, every reset link dies. */
  pw: string;
}

const fingerprint = (passwordHash: string) =>
  createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);

/**
 * E-mail verification and password reset by signed links. Each kind of link has its own
 * key derived from JWT_SECRET, so neither can pass for an access token or for the other.
 * A reset link is single-use without any stored state: it carries a fingerprint of the
 * password hash, which the reset itself changes.
 */
@Injectable()
export class AccountsService {
  private readonly verifyKey: string;
  private readonly resetKey: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly tokens: TokensService,
    private readonly mail: AccountMail,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {
    const derive = (purpose: string) =>
      createHmac('sha256', config.env.JWT_SECRET).update(purpose).digest('base64url');
    this.verifyKey = derive('niaz/verify-email/v1');
    this.resetKey = derive('niaz/password-reset/v1');
  }

  private link(path: string, token: string): string {
    return `${this.config.env.PUBLIC_URL.replace(/\/$/, '')}/api/v1/${path}?token=${encodeURIComponent(token)}`;
  }

  /** Sends the verification link to a newly registered (or still unverified) account. */
  async sendVerification(user: { id: string; email: string; language: Language }): Promise<void> {
    const token = await this.jwt.signAsync(
      { sub: user.id, email: user.email } satisfies VerifyClaims,
      {
        secret: this.verifyKey,
        expiresIn: VERIFY_TTL_SECONDS,
      },
    );
    this.mail.send(
      user.email,
      user.language,
      'verify-email',
      this.link('auth/verify-email', token),
    );
  }

  /** POST /auth/verify-email/resend: a fresh link, limited per address. */
  async resendVerification(principal: Principal): Promise<{ emailVerified: boolean }> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: principal.userId });
    if (!user) throw problems.unauthorized();
    if (user.emailVerifiedAt) return { emailVerified: true };
    await this.limits.consume([[this.limits.emailsByAddress, user.email]]);
    await this.sendVerification(user);
    return { emailVerified: false };
  }

  /** POST /auth/verify-email: the link's token proves the address. */
  async verifyEmail(token: string): Promise<{ emailVerified: true; language: Language }> {
    const claims = await this.jwt
      .verifyAsync<VerifyClaims>(token, { secret: this.verifyKey, algorithms: ['HS256'] })
      .catch(() => undefined);
    const invalid = () =>
      problems.validation([
        { field: 'token', message: 'token is not a valid or current verification link' },
      ]);
    if (!claims || typeof claims.sub !== 'string') throw invalid();
    const rows: Array<{ language: Language }> = await this.dataSource
      .query(
        `UPDATE app_user SET "emailVerifiedAt" = coalesce("emailVerifiedAt", now()), "updatedAt" = now()
        WHERE id = $1 AND email = $2 RETURNING language`,
        [claims.sub, claims.email],
      )
      .then(
        (r: unknown) =>
          (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{ language: Language }>,
      );
    if (rows.length === 0) throw invalid();
    return { emailVerified: true, language: rows[0].language };
  }

  /**
   * POST /auth/password-reset: always the same answer, whether or not the address has an
   * account; the link goes to the address only. Limited per address and per client address.
   */
  async requestReset(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.limits.consume([[this.limits.emailsByAddress, address]]);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: address })
      .getOne();
    if (!user) return;
    const token = await this.jwt.signAsync(
      { sub: user.id, pw: fingerprint(user.passwordHash) } satisfies ResetClaims,
      { secret: this.resetKey, expiresIn: RESET_TTL_SECONDS },
    );
    this.mail.send(
      user.email,
      user.language,
      'password-reset',
      this.link('auth/password-reset/confirm', token),
    );
  }

  /** POST /auth/password-reset/confirm: sets the password once, then signs out every login. */
  async confirmReset(token: string, password: string): Promise<{ language: Language }> {
    const claims = await this.jwt
      .verifyAsync<ResetClaims>(token, { secret: this.resetKey, algorithms: ['HS256'] })
      .catch(() => undefined);
    const invalid = () =>
      problems.validation([
        { field: 'token', message: 'token is not a valid, unused and current reset link' },
      ]);
    if (!claims || typeof claims.sub !== 'string' || typeof claims.pw !== 'string') throw invalid();
    const passwordHash = await hashPassword(password);
    const language = await this.dataSource.transaction(async (manager) => {
      const [user]: Array<{ passwordHash: string; language: Language }> = await manager.query(
        `SELECT "passwordHash", language FROM app_user WHERE id = $1 FOR UPDATE`,
        [claims.sub],
      );
      if (!user || fingerprint(user.passwordHash) !== claims.pw) throw invalid();
      // The link reached the inbox: the address is proved as well.
      await manager.query(
        `UPDATE app_user SET "passwordHash" = $2, "emailVerifiedAt" = coalesce("emailVerifiedAt", now()), "updatedAt" = now() WHERE id = $1`,
        [claims.sub, passwordHash],
      );
      await this.tokens.revoke(claims.sub, undefined, manager);
      return user.language;
    });
    return { language };
  }

  /** Registration with a taken address: its owner is told (the caller still gets 409). */
  async tellOwnerOfTakenAddress(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: address });
    if (!user) return;
    try {
      await this.limits.consume([[this.limits.emailsByAddress, address]]);
    } catch {
      return; // the owner has been told recently enough
    }
    this.mail.send(user.email, user.language, 'address-taken');
  }
}
