import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger as PinoInstance } from 'pino';
// nestjs-pino's PinoLogger (behind Nest's Logger) logs through the logger of this store.
import { storage, Store } from 'nestjs-pino/storage';

/** Link tokens (unsubscribe, verification, password reset) never reach the log. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:access_)?token=)[^&]*/gi, '$1[redacted]');
}

/** The request as the log shows it: the id ties a line to a trace; no headers (issue 22). */
function requestFields(request: FastifyRequest) {
  return { id: request.id, method: request.method, url: redactUrl(request.url) };
}

/**
 * The per-request store of nestjs-pino (its `Store`): app logs written during a request (Nest's
 * Logger, PinoLogger) carry `req` as they did under pino-http, but the child logger is made
 * only when something logs.
 */
class RequestStore {
  private child?: PinoInstance;
  readonly responseLogger = undefined;

  constructor(
    private readonly root: PinoInstance,
    private readonly request: FastifyRequest,
  ) {}

  get logger(): PinoInstance {
    return (this.child ??= this.root.child({ req: requestFields(this.request) }));
  }

  set logger(logger: PinoInstance) {
    this.child = logger;
  }
}

/**
 * One JSON line per request, as pino-http wrote it (issue 22: pino-http ran as Nest middleware
 * through @fastify/middie and made two child loggers per request, 6–8 % of the api's CPU):
 * `req` {id, method, url}, `res` {statusCode}, `responseTime` (ms), at pino-http's default
 * level `info` whatever the status; a 5xx carries `err` and "request errored". /health and
 * /metrics are not logged.
 */
export function registerRequestLog(fastify: FastifyInstance, root: PinoInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    storage.run(new RequestStore(root, request) as Store, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const url = request.url;
    if (url !== '/health' && url !== '/metrics' && root.isLevelEnabled('info')) {
      const statusCode = reply.statusCode;
      const req = requestFields(request);
      const res = { statusCode };
      const responseTime = Math.round(reply.elapsedTime);
      if (statusCode >= 500) {
        const err = new Error('failed with status code ' + statusCode);
        root.info({ req, res, err, responseTime }, 'request errored');
      } else {
        root.info({ req, res, responseTime }, 'request completed');
      }
    }
    done();
  });
}
