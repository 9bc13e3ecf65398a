import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { LoggerModule } from 'nestjs-pino';

/** JSON logs, one line per request, each with a request id (taken from `x-request-id` or made). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Nest 11's path syntax (nestjs-pino 4 defaults to the legacy '*', which warns at boot).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.env.LOG_LEVEL,
          // Fastify assigns the id (bootstrap.ts) and copies it onto the raw request.
          genReqId: (req: IncomingMessage) =>
            (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
          // One short line per request: id, method, path, status, time. Full headers cost CPU
          // on every request and carry personal data (issue 22); the id ties a line to a trace.
          // Link tokens (unsubscribe, verification, password reset) never reach the log.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url?.replace(/([?&](?:access_)?token=)[^&]*/gi, '$1[redacted]'),
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: {
            ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics',
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
