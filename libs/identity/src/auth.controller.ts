import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  HttpCode,
  Ip,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiConsumes,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiProduces,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  BodyRouteConfig,
  HtmlPageResponse,
  JsonOrHtmlResponse,
  PostAction,
  RateLimit,
} from '@niaz/core';
import { Public } from './auth/auth.decorators';
import { AuthService } from './auth/auth.service';
import {
  accountPage,
  pageLanguage,
  pageText,
  resetForm,
  verifyForm,
} from './accounts/account-pages';
import { AccountsService } from './accounts/accounts.service';
import {
  LinkTokenQueryDto,
  LoginDto,
  PasswordResetConfirmDto,
  PasswordResetDto,
  RefreshDto,
  RegisterDto,
  VerifyEmailDto,
} from './dto/auth.dto';
import {
  EmailVerificationResponse,
  LoginResponse,
  PasswordChangedResponse,
  PasswordResetRequestedResponse,
  RegisterResponse,
  TokensResponse,
} from './dto/identity.response';
import type { TokenPair } from './auth/tokens.service';

@ApiTags('auth')
@Controller('auth')
@Public()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('register')
  @RateLimit('register')
  @ApiOperation({
    summary: 'Create an account and its organisation (the caller becomes its owner)',
  })
  @ApiCreatedResponse({ type: RegisterResponse })
  @ApiConflictResponse({
    description: 'The address has an account (problem+json); its owner is told by e-mail',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address' })
  register(
    @Body() dto: RegisterDto,
    @Ip() ip: string,
    @Headers('user-agent') userAgent: string | undefined,
  ): Promise<RegisterResponse> {
    return this.auth.register(dto, { ip, userAgent });
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; failed attempts are limited per account and per IP' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts (problem+json)' })
  @ApiOkResponse({ type: LoginResponse })
  login(
    @Body() dto: LoginDto,
    @Ip() ip: string,
    @Headers('user-agent') userAgent: string | undefined,
  ): Promise<LoginResponse> {
    return this.auth.login(dto, ip, userAgent);
  }

  @PostAction(
    'refresh',
    'Rotate a refresh token; a reused token signs out its whole family',
    TokensResponse,
  )
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Get('verify-email')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({
    summary: 'The page the verification link opens: a confirm button (opening it changes nothing)',
  })
  @HtmlPageResponse('An HTML page with a form that POSTs the token')
  verifyEmailPage(
    @Query() query: LinkTokenQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): string {
    return verifyForm(pageLanguage(acceptLanguage), query.token);
  }

  @Post('verify-email')
  @RouteConfig({ form: true } satisfies BodyRouteConfig)
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Prove the account's e-mail address with the link's token (JSON, or the page's form: then HTML)",
  })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiProduces('application/json', 'text/html')
  @JsonOrHtmlResponse(EmailVerificationResponse, 'JSON, or a page for browsers (Accept: text/html)')
  async verifyEmail(
    @Body() dto: VerifyEmailDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EmailVerificationResponse | string> {
    const { language } = await this.accounts.verifyEmail(dto.token);
    if (wantsHtml(accept)) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return accountPage(language, `<p>${pageText(language, 'verified')}</p>`);
    }
    return { emailVerified: true };
  }

  @Post('password-reset')
  @RateLimit('email')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'E-mail a password-reset link (single use, 30 minutes); always 202, whether or not the address has an account',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many reset e-mails (problem+json)' })
  async passwordReset(@Body() dto: PasswordResetDto): Promise<PasswordResetRequestedResponse> {
    await this.accounts.requestReset(dto.email);
    return { status: 'accepted' };
  }

  @Get('password-reset/confirm')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The page the reset link opens: a form for the new password' })
  @HtmlPageResponse('An HTML page with a form that POSTs the token and password')
  passwordResetPage(
    @Query() query: LinkTokenQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): string {
    return resetForm(pageLanguage(acceptLanguage), query.token);
  }

  @Post('password-reset/confirm')
  @RouteConfig({ form: true } satisfies BodyRouteConfig)
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Set a new password with the reset link's token (once); every login of the account is signed out",
  })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiProduces('application/json', 'text/html')
  @JsonOrHtmlResponse(PasswordChangedResponse, 'JSON, or a page for browsers (Accept: text/html)')
  async passwordResetConfirm(
    @Body() dto: PasswordResetConfirmDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PasswordChangedResponse | string> {
    const { language } = await this.accounts.confirmReset(dto.token, dto.password);
    if (wantsHtml(accept)) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return accountPage(language, `<p>${pageText(language, 'reset')}</p>`);
    }
    return { passwordChanged: true };
  }
}

const wantsHtml = (accept: string | undefined) => /\btext\/html\b/.test(accept ?? '');
