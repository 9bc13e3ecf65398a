import { Injectable } from '@nestjs/common';
import { PG_UNIQUE_VIOLATION, pgErrorCode, problems } from '@niaz/core';
import { OutboxWriter } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import { RegisterDto, LoginDto } from '../dto/auth.dto';
import { organizationView, userView } from '../dto/views';
import { Membership } from '../membership.entity';
import { Organization } from '../organization.entity';
import { User } from '../user.entity';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { AccountsService } from '../accounts/accounts.service';
import { LoginAttemptsService } from './login-attempts.service';
import { LoginOrigin, TokensService } from './tokens.service';
import type { TokenPair } from './tokens.service';
import type { LoginResponse, RegisterResponse } from '../dto/identity.response';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly outbox: OutboxWriter,
    private readonly attempts: LoginAttemptsService,
    private readonly accounts: AccountsService,
  ) {}

  /** A user, their organisation (they own it) and a first pair of tokens, in one transaction. */
  async register(dto: RegisterDto, origin: LoginOrigin = {}): Promise<RegisterResponse> {
    const passwordHash = await hashPassword(dto.password);
    try {
      const registered = await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: dto.email,
            passwordHash,
            name: dto.name.trim(),
            language: dto.language ?? dto.organization.language ?? 'fa',
          }),
        );
        const o = dto.organization;
        const organization = await manager.save(
          manager.create(Organization, {
            name: o.name.trim(),
            kinds: o.kinds,
            country: o.country.toUpperCase(),
            province: o.province ?? null,
            city: o.city ?? null,
            language: o.language ?? dto.language ?? 'fa',
            description: o.description ?? null,
            translations: o.translations ?? {},
            isic: o.isic ?? [],
            website: o.website ?? null,
            knowledgeBasedCertificate: o.knowledgeBasedCertificate ?? null,
          }),
        );
        await manager.save(
          manager.create(Membership, {
            userId: user.id,
            organizationId: organization.id,
            role: 'owner',
          }),
        );
        await this.outbox.write(manager, 'organization.updated', {
          organizationId: organization.id,
          actorId: user.id,
        });
        const tokens = await this.tokens.issue(user.id, manager, undefined, origin);
        return { ...tokens, user: userView(user), organization: organizationView(organization) };
      });
      await this.accounts.sendVerification(registered.user);
      return registered;
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        // The caller learns only what 409 says; the owner of the address is told.
        await this.accounts.tellOwnerOfTakenAddress(dto.email);
        throw problems.conflict('An account with this e-mail already exists.', 'email-taken');
      }
      throw error;
    }
  }

  async login(dto: LoginDto, ip: string, userAgent?: string): Promise<LoginResponse> {
    await this.attempts.assertAllowed(dto.email, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, dto.password);
    if (!user || !ok) {
      await this.attempts.recordFailure(dto.email, ip);
      throw problems.unauthorized('E-mail or password is wrong.');
    }
    await this.attempts.recordSuccess(dto.email, ip);
    const tokens = await this.tokens.issue(user.id, undefined, undefined, { ip, userAgent });
    return { ...tokens, user: userView(user) };
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.rotate(refreshToken).then(({ tokens }) => tokens);
  }
}
