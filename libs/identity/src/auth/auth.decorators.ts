import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { problems } from '@niaz/core';
import type { Principal } from './principal';

// The metadata decorators live in core (search marks its routes too); re-exported here.
export { ADMIN_KEY, AdminOnly, Public, PUBLIC_KEY } from '@niaz/core';

export interface RequestWithPrincipal {
  principal?: Principal;
  /** The login the access token belongs to. */
  sessionId?: string;
}

/** The signed-in caller (the route must not be @Public). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
    if (!principal) throw problems.unauthorized();
    return principal;
  },
);

/** The caller if signed in, else undefined (for @Public routes). */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);

/** The id of the caller's login (the route must not be @Public). */
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const sessionId = ctx.switchToHttp().getRequest<RequestWithPrincipal>().sessionId;
  if (!sessionId) throw problems.unauthorized();
  return sessionId;
});
