import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { problems } from '@niaz/core';
import type { Principal } from './principal';

export const PUBLIC_KEY = 'niaz:public';
export const ADMIN_KEY = 'niaz:admin';

/** Anyone may call; a valid token, if sent, still identifies the caller. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Platform admins only. */
export const AdminOnly = () => SetMetadata(ADMIN_KEY, true);

export interface RequestWithPrincipal {
  principal?: Principal;
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
