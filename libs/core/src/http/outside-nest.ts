import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

/** A route Nest registers (its controller method stays), answered by a plain handler. */
export interface RouteOutsideNest {
  method: 'GET' | 'POST';
  /** The full URL as Fastify sees it, global prefix included (`/api/v1/needs`). */
  url: string;
  handler: RouteHandlerMethod;
}

/**
 * Answers a few hot routes with plain Fastify handlers instead of Nest's pipeline (router,
 * guards, pipes, param decorators, rxjs), which costs the api more CPU per request than the
 * work of such a route (issue 22). Nest still registers the routes (the OpenAPI document is
 * read from their controllers), so every Fastify hook (request id, helmet, CORS, input
 * hygiene, the request log, metrics) and the problem+json error handler run as before; only
 * the handler is swapped as Fastify registers the route. Call before Nest registers its
 * routes (before `listen`/`init`). A route that is no longer registered (renamed, moved)
 * fails the boot rather than quietly falling back to Nest's pipeline.
 */
export function answerOutsideNest(fastify: FastifyInstance, routes: RouteOutsideNest[]): void {
  const key = (method: string, url: string) => `${method} ${url}`;
  const handlers = new Map(routes.map((r) => [key(r.method, r.url), r.handler]));
  const answered = new Set<string>();
  fastify.addHook('onRoute', (route) => {
    // HEAD routes are copied from the GET before this hook runs: they keep Nest's handler.
    if (typeof route.method !== 'string') return;
    const name = key(route.method, route.url);
    const fast = handlers.get(name);
    if (!fast) return;
    route.handler = fast;
    answered.add(name);
  });
  fastify.addHook('onReady', (done) => {
    const missing = [...handlers.keys()].filter((name) => !answered.has(name));
    done(missing.length ? new Error(`No Nest route to answer: ${missing.join(', ')}`) : undefined);
  });
}
