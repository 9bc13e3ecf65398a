import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RATE_LIMIT_KEY, RateLimitName } from '@niaz/core';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import type { RequestWithPrincipal } from '../auth/auth.decorators';
import { RateLimits } from './rate-limits';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write counts against its client address and, when signed in, its user; routes marked
 * with @RateLimit also against their tighter limit. Over a limit: 429 problem+json with
 * Retry-After. Runs after the auth guard, so the user is known.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    const name = this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!WRITES.has(request.method) && !name) return next.handle();
    const pairs: Parameters<RateLimits['consume']>[0] = [];
    if (WRITES.has(request.method)) {
      pairs.push([this.limits.writesByIp, request.ip]);
      if (request.principal) pairs.push([this.limits.writesByUser, request.principal.userId]);
    }
    if (name) pairs.push([this.limits.forRoute(name), request.ip]);
    return from(this.limits.consume(pairs)).pipe(switchMap(() => next.handle()));
  }
}
