import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
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
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Sign in; rate-limited per account and per IP' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (problem+json)' })
  @ApiOkResponse({ type: LoginResponse })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate a refresh token; a reused token signs out its whole family' })
  @ApiOkResponse({ type: TokensResponse })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }
}
