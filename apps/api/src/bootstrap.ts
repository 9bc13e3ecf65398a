import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import {
  AppConfig,
  createValidationPipe,
  loadAppConfig,
  registerInputHygiene,
  sendProblem,
} from '@niaz/core';
import { GlobalGuards } from '@niaz/identity';
import { answerNeedCreationOutsideNest, NeedsService } from '@niaz/needs';
import { answerSearchOutsideNest, SearchController, SearchService } from '@niaz/search';
import Fastify, { type FastifyInstance } from 'fastify';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { ROOT_LOGGER } from './logging.module';
import { MetricsService } from './metrics/metrics.service';
import { buildOpenApiDocument } from './openapi';
import { registerRequestLog } from './request-log';

export const API_PREFIX = 'api/v1';
/** Bodies above this answer 413; no payload of the API comes near it. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the api application (used by main.ts and by the e2e tests alike). */
export async function createApiApp(
  options: {
    logger?: boolean;
    /** Search answered by Nest's controller as before issue 22 (a test compares both). */
    searchThroughNest?: boolean;
    /** POST /needs answered by Nest's controller as before issue 22 (a test compares both). */
    needCreationThroughNest?: boolean;
  } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Read before Nest boots: the adapter is made first. Only trusted proxies set the client IP.
    trustProxy: loadAppConfig(process.env).trustProxy,
    // One request id for the response header and the JSON log line: the caller's, or a new one.
    genReqId: (req: IncomingMessage) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    bufferLogs: true,
    // The body parsers are registerInputHygiene's: JSON (depth-checked) and forms, by route.
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

  // Errors raised by Fastify itself (body parsing, limits) are problems too.
  fastify.setErrorHandler((error, request, reply) => sendProblem(reply, error, request));

  // Media types by route (415), JSON depth, and string checks/cleaning before validation.
  registerInputHygiene(fastify, BODY_LIMIT_BYTES);

  registerRequestLog(fastify, app.get(ROOT_LOGGER));
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });

  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  // Helmet's headers are the same on every response: @fastify/helmet rebuilt its middleware
  // (and re-parsed the CSP) on every request, 2–3 % of the api's CPU on search (issue 22).
  const securityHeaders = await helmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Attachments travel between the browser and object storage through presigned URLs.
        connectSrc: [
          "'self'",
          new URL(config.env.S3_PUBLIC_ENDPOINT ?? config.env.S3_ENDPOINT).origin,
        ],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // Only a site served over https may ask browsers to upgrade its requests: a chamber's
        // intranet install on http://10.x.y.z:3000 would otherwise load no script at all.
        upgradeInsecureRequests: config.env.PUBLIC_URL.startsWith('https:') ? [] : null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value);
    done();
  });
  const guards = app.get(GlobalGuards);
  if (!options.searchThroughNest) {
    answerSearchOutsideNest(fastify, {
      prefix: `/${API_PREFIX}`,
      search: app.get(SearchService),
      admit: {
        needs: guards.of(SearchController, 'needs'),
        capabilities: guards.of(SearchController, 'capabilities'),
      },
    });
  }
  if (!options.needCreationThroughNest) {
    answerNeedCreationOutsideNest(fastify, {
      prefix: `/${API_PREFIX}`,
      needs: app.get(NeedsService),
      guards,
    });
  }
  app.enableCors({
    origin: config.corsOrigins,
    credentials: true,
    exposedHeaders: ['x-request-id'],
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: 'admin/queues', method: RequestMethod.ALL },
      { path: 'admin/queues/{*path}', method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });

  await serveWebApp(app, config);
  return app;
}

/** The built web app (apps/web/dist) at `/`, with client-side routes falling back to index.html. */
async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root =
    config.env.WEB_DIST_DIR ?? join(__dirname, '..', '..', '..', '..', 'apps', 'web', 'dist');
  const candidates = [root, join(process.cwd(), 'apps', 'web', 'dist')];
  const dir = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!dir) return;
  await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // A catch-all GET route, not a not-found handler: Nest sets its own not-found handler at
  // init, and Fastify allows only one. Nest's routes are more specific, so they win.
  fastify.get('/*', (request, reply) => {
    const url = request.url;
    if (
      !url.startsWith('/api/') &&
      !url.startsWith('/admin/') &&
      !/\.\w+$/.test(url.split('?')[0])
    ) {
      return reply.type('text/html').sendFile('index.html', dir);
    }
    return sendProblem(
      reply,
      { code: 'NOT_FOUND', statusCode: 404, message: 'No such route.' },
      request,
    );
  });
}

/**
 * The headers @fastify/helmet sets for these options, read once from a throw-away Fastify:
 * the same plugin decides them, and the api sets them on each response without re-deriving.
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Array<[string, string]>> {
  const probe = Fastify();
  const bare = Fastify();
  try {
    await probe.register(fastifyHelmet, options);
    for (const f of [probe, bare]) f.get('/', (_request, reply) => reply.send(''));
    const [withHelmet, without] = await Promise.all([
      probe.inject({ url: '/' }),
      bare.inject({ url: '/' }),
    ]);
    return Object.entries(withHelmet.headers)
      .filter(([name]) => !(name in without.headers))
      .map(([name, value]) => [name, String(value)]);
  } finally {
    await Promise.all([probe.close(), bare.close()]);
  }
}
