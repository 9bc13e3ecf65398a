import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@niaz/core';
import { OutboxModule } from '@niaz/jobs';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { GlobalGuards } from './auth/global-guards';
import { AuthService } from './auth/auth.service';
import { PrincipalLoader } from './auth/principal.loader';
import { TokensService } from './auth/tokens.service';
import { SessionRevocations } from './auth/session-revocations';
import { LoginAttemptsService } from './auth/login-attempts.service';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { RefreshToken } from './refresh-token.entity';
import { SessionsController } from './sessions.controller';
import { RateLimitGuard } from './limits/rate-limit.guard';
import { RateLimits } from './limits/rate-limits';
import { AccountMail } from './accounts/account-mail';
import { AccountsService } from './accounts/accounts.service';
import { User } from './user.entity';

/** Accounts, organisations, memberships, tokens and the global auth guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Organization, Membership, RefreshToken]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject: given a string, jsonwebtoken first tries to parse it as a PEM public
        // key (and fails) on every verify, ~1.5 ms of CPU per authenticated request.
        secret: createSecretKey(Buffer.from(config.env.JWT_SECRET)),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    OutboxModule,
  ],
  controllers: [AuthController, OrganizationsController, SessionsController],
  providers: [
    TokensService,
    SessionRevocations,
    PrincipalLoader,
    AuthService,
    LoginAttemptsService,
    OrganizationsService,
    RateLimits,
    AccountMail,
    AccountsService,
    AuthGuard,
    RateLimitGuard,
    GlobalGuards,
    // In this order: the abuse limits count the user the auth guard found.
    { provide: APP_GUARD, useExisting: AuthGuard },
    { provide: APP_GUARD, useExisting: RateLimitGuard },
  ],
  exports: [
    OrganizationsService,
    PrincipalLoader,
    TokensService,
    RateLimits,
    AccountMail,
    // Both global guards, for the routes answered outside Nest's pipeline.
    GlobalGuards,
  ],
})
export class IdentityModule {}
