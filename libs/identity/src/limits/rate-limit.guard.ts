import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RATE_LIMIT_KEY, RateLimitName } from '@niaz/core';
import type { FastifyRequest } from 'fastify';
import type { RequestWithPrincipal } from '../auth/auth.decorators';
import type { RouteTargets } from '../auth/auth.guard';
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
    await this.count(request, this.limitOf([context.getHandler(), context.getClass()]));
    return true;
  }

  /** The tighter limit (@RateLimit) of a route, on its handler or else its controller. */
  limitOf(targets: RouteTargets): RateLimitName | undefined {
    return this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, targets);
  }

  /**
   * Counts a request to a route with that tighter limit (if any); over a limit, the 429.
   * Also run, without an ExecutionContext, by the routes answered outside Nest's pipeline.
   */
  async count(
    request: FastifyRequest & RequestWithPrincipal,
    name: RateLimitName | undefined,
  ): Promise<void> {
    if (!WRITES.has(request.method) && !name) return;
    const pairs: Parameters<RateLimits['consume']>[0] = [];
    if (WRITES.has(request.method)) {
      pairs.push([this.limits.writesByIp, request.ip]);
      if (request.principal) pairs.push([this.limits.writesByUser, request.principal.userId]);
    }
    if (name) pairs.push([this.limits.forRoute(name), request.ip]);
    await this.limits.consume(pairs);
  }
}
