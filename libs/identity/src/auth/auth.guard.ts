import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig, ProblemException, problems, VERIFIED_EMAIL_KEY } from '@niaz/core';
import { ADMIN_KEY, PUBLIC_KEY, RequestWithPrincipal } from './auth.decorators';
import { PrincipalLoader } from './principal.loader';
import { TokensService } from './tokens.service';

/**
 * The global guard: every route needs a valid bearer token unless marked @Public. A token
 * sent to a public route still identifies the caller; an invalid one is refused everywhere.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly principals: PrincipalLoader,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.accessOf([context.getHandler(), context.getClass()]);
    await this.admit(context.switchToHttp().getRequest<CallerRequest>(), access);
    return true;
  }

  /** Who may call a route: its metadata, on the handler or else on its controller. */
  accessOf(targets: RouteTargets): RouteAccess {
    const read = (key: string) => this.reflector.getAllAndOverride<boolean>(key, targets) ?? false;
    return {
      isPublic: read(PUBLIC_KEY),
      adminOnly: read(ADMIN_KEY),
      verifiedEmail: read(VERIFIED_EMAIL_KEY),
    };
  }

  /**
   * The guard's check of a request to a route with that access: also run, without an
   * ExecutionContext, by the routes answered outside Nest's pipeline (`GlobalGuards`).
   */
  async admit(request: CallerRequest, access: RouteAccess): Promise<void> {
    await this.identify(request);
    if (!request.principal && !access.isPublic) throw problems.unauthorized();
    if (access.adminOnly && !request.principal?.isAdmin)
      throw problems.forbidden('Platform admins only.');
    if (
      access.verifiedEmail &&
      this.config.env.EMAIL_VERIFICATION === 'required' &&
      !request.principal?.emailVerified
    ) {
      throw new ProblemException(
        403,
        'email-unverified',
        'Forbidden',
        'Confirm your e-mail address first (the link in the verification e-mail).',
      );
    }
  }

  /**
   * The caller of a request, from its bearer token when one is sent (an invalid one is a 401
   * on every route, public or not).
   */
  private async identify(request: CallerRequest): Promise<void> {
    const header = request.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const identity = match ? this.tokens.verifySignature(match[1]) : undefined;
    // The login's revocation is checked in the same query (immediate, one round trip).
    const principal = identity
      ? await this.principals.load(identity.userId, identity.sessionId)
      : undefined;
    if (!principal) throw problems.unauthorized('The access token is missing, expired or invalid.');
    request.principal = principal;
    request.sessionId = identity!.sessionId;
  }
}

type CallerRequest = RequestWithPrincipal & { headers: { authorization?: string } };

/** A route's handler and its controller, where Nest's metadata decorators write. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type RouteTargets = [Function, Function];

/** The access metadata of a route (@Public, @AdminOnly, @RequiresVerifiedEmail). */
export interface RouteAccess {
  isPublic: boolean;
  adminOnly: boolean;
  verifiedEmail: boolean;
}
