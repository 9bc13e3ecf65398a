import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { Logger, PARAMS_PROVIDER_TOKEN, PinoLogger } from 'nestjs-pino';
import pino, { type Logger as PinoInstance } from 'pino';

/** The api's pino instance: app logs (through nestjs-pino's Logger) and the request log. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * JSON logs. nestjs-pino is the app logger (Nest's Logger writes through it); the line per
 * request is written by registerRequestLog (request-log.ts) from Fastify hooks, not by
 * pino-http as Nest middleware (issue 22: its per-request cost).
 */
@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [AppConfig],
      useFactory: (config: AppConfig): PinoInstance => pino({ level: config.env.LOG_LEVEL }),
    },
    {
      provide: PARAMS_PROVIDER_TOKEN,
      inject: [ROOT_LOGGER],
      useFactory: (logger: PinoInstance) => ({ pinoHttp: { logger } }),
    },
    PinoLogger,
    Logger,
  ],
  exports: [ROOT_LOGGER, PinoLogger, Logger],
})
export class LoggingModule {}
