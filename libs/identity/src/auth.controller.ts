import { Body, Controller, Headers, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from './auth/auth.decorators';
import { AuthService } from './auth/auth.service';
import { LoginDto, RefreshDto, RegisterDto } from './dto/auth.dto';
import { LoginResponse, RegisterResponse, TokensResponse } from './dto/identity.response';

@ApiTags('auth')
@Controller('auth')
@Public()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiOperation({
    summary: 'Create an account and its organisation (the caller becomes its owner)',
  })
  @ApiCreatedResponse({ type: RegisterResponse })
  register(
    @Body() dto: RegisterDto,
    @Ip() ip: string,
    @Headers('user-agent') userAgent: string | undefined,
  ) {
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
  ) {
    return this.auth.login(dto, ip, userAgent);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate a refresh token; a reused token signs out its whole family' })
  @ApiOkResponse({ type: TokensResponse })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }
}
