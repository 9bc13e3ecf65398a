import { Injectable, Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RateLimitGuard } from '../limits/rate-limit.guard';
import type { RequestWithPrincipal } from './auth.decorators';
import { AuthGuard } from './auth.guard';

/** A request as the global guards see it: the Fastify request, and the caller they find. */
export type GuardedRequest = FastifyRequest & RequestWithPrincipal;

/**
 * The api's global guards (the auth guard, then the abuse limits) as one function, for a
 * route answered by a plain Fastify handler outside Nest's pipeline (issue 22): it refuses,
 * identifies and counts exactly as Nest does before the route's handler, with the metadata of
 * the controller method that still declares the route (@Public, @AdminOnly,
 * @RequiresVerifiedEmail, @RateLimit), read once.
 */
@Injectable()
export class GlobalGuards {
  constructor(
    private readonly auth: AuthGuard,
    private readonly limits: RateLimitGuard,
  ) {}

  of<T>(controller: Type<T>, method: keyof T & string): (request: GuardedRequest) => Promise<void> {
    const handler = (controller.prototype as Record<string, unknown>)[method];
    if (typeof handler !== 'function')
      throw new Error(`${controller.name}.${method}: no such route`);
    const targets: [typeof handler, Type<T>] = [handler, controller];
    const access = this.auth.accessOf(targets);
    const limit = this.limits.limitOf(targets);
    return async (request) => {
      await this.auth.admit(request, access);
      await this.limits.count(request, limit);
    };
  }
}
