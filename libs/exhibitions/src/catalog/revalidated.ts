import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { Principal } from '@niaz/identity';
import type { Cached } from './catalog.service';

export const ETAG_HEADERS = {
  ETag: { description: 'Changes whenever the catalog does', schema: { type: 'string' } },
};

/**
 * Sends a handler's `Cached` answer: the ETag (clients revalidate every time: `no-cache`) and
 * either nothing (304, the caller's copy is current) or the representation.
 */
@Injectable()
class ConditionalGetInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((cached: Cached<unknown>) => {
        reply.header('etag', cached.etag);
        reply.header('cache-control', 'no-cache');
        if (cached.value === undefined) reply.status(304);
        return cached.value;
      }),
    );
  }
}

/** A conditional GET: the handler answers a `Cached`; 304 while the caller's ETag is current. */
export const Revalidated = () =>
  applyDecorators(
    UseInterceptors(ConditionalGetInterceptor),
    ApiResponse({
      status: 304,
      description: 'Not modified: the `If-None-Match` ETag is current',
      headers: ETAG_HEADERS,
    }),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'An ETag of an earlier answer: 304 if the catalog has not changed since',
    }),
  );

/** Who asks for a catalog (signed in or not) and which version they already hold. */
export interface CatalogAsk {
  principal: Principal | undefined;
  etag: string | undefined;
}

export const Asking = createParamDecorator((_: unknown, ctx: ExecutionContext): CatalogAsk => {
  const req = ctx.switchToHttp().getRequest<{
    principal?: Principal;
    headers: Record<string, string | string[] | undefined>;
  }>();
  const etag = req.headers['if-none-match'];
  return { principal: req.principal, etag: Array.isArray(etag) ? etag[0] : etag };
});
