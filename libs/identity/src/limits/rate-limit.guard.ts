import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RATE_LIMIT_KEY, RateLimitName } from '@niaz/core';
import type { FastifyRequest } from 'fastify';
import type { RequestWithPrincipal } from '../auth/auth.decorators';
import { RateLimits } from './rate-limits';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write counts against its client address and, when signed in, its user; routes marked
 * with @RateLimit also against their tighter limit. Over a limit: 429 problem+json with
 * Retry-After. A global guard registered after the auth guard (so the user is known, and a
 * refused token consumes nothing), before the pipes, as the interceptor it replaces ran: with
 * no global interceptor left, Nest answers a route without interceptors of its own without
 * building an rxjs chain for each request (issue 22).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    const name = this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!WRITES.has(request.method) && !name) return true;
    const pairs: Parameters<RateLimits['consume']>[0] = [];
    if (WRITES.has(request.method)) {
      pairs.push([this.limits.writesByIp, request.ip]);
      if (request.principal) pairs.push([this.limits.writesByUser, request.principal.userId]);
    }
    if (name) pairs.push([this.limits.forRoute(name), request.ip]);
    await this.limits.consume(pairs);
    return true;
  }
}
