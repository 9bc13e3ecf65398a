import { Delete, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiTooManyRequestsResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiController, GetRoute, problems, RateLimit, uuidParam } from '@niaz/core';
import { AccountsService } from './accounts/accounts.service';
import { CurrentPrincipal, CurrentSession } from './auth/auth.decorators';
import type { Principal } from './auth/principal';
import { TokensService } from './auth/tokens.service';
import { EmailVerificationResponse, SessionsResponse } from './dto/identity.response';

/** A user's logins: sign out of this one, see them all, revoke any. */
@ApiController('auth')
export class SessionsController {
  constructor(
    private readonly tokens: TokensService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Sign out: revokes this login (its refresh token and, within a second, its access tokens)',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(
    @CurrentPrincipal() principal: Principal,
    @CurrentSession() sessionId: string,
  ): Promise<void> {
    await this.tokens.revoke(principal.userId, [sessionId]);
  }

  @GetRoute('me/sessions', 'Your active logins, most recently used first', SessionsResponse)
  sessions(
    @CurrentPrincipal() principal: Principal,
    @CurrentSession() sessionId: string,
  ): Promise<SessionsResponse> {
    return this.tokens.sessions(principal.userId, sessionId);
  }

  @Delete('me/sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke one of your logins (another device, or this one)' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiNotFoundResponse({ description: 'No active login of yours has this id (problem+json)' })
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<void> {
    const revoked = await this.tokens.revoke(principal.userId, [id]);
    if (!revoked.includes(id)) throw problems.notFound('Session');
  }

  @Post('auth/verify-email/resend')
  @RateLimit('email')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification link again (limited per address)' })
  @ApiAcceptedResponse({ type: EmailVerificationResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many verification e-mails (problem+json)' })
  resendVerification(@CurrentPrincipal() principal: Principal): Promise<EmailVerificationResponse> {
    return this.accounts.resendVerification(principal);
  }
}
