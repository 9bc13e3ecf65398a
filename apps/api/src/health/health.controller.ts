import { Public } from '@niaz/identity';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ProblemException, ProblemView } from '@niaz/core';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { MeiliHealthIndicator } from './meili.health';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly meili: MeiliHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({
    schema: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiExtraModels(ProblemView)
  @ApiOkResponse({
    description: 'Every service answers (status, info and details per service)',
    schema: {
      type: 'object',
      properties: {
        status: { type: 'string', example: 'ok' },
        info: { type: 'object', additionalProperties: true },
        error: { type: 'object', additionalProperties: true },
        details: { type: 'object', additionalProperties: true },
      },
    },
  })
  @ApiResponse({
    status: 503,
    description: 'A service is down: one `errors[]` entry per service (`field`: its name)',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
  })
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and Meilisearch answer' })
  async ready() {
    try {
      return await this.health.check([
        () => this.db.pingCheck('postgres', { timeout: 2000 }),
        () => this.redis.isHealthy('redis'),
        () => this.meili.isHealthy('meilisearch'),
      ]);
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      // 503 problem+json naming each service that is down (one entry in `errors` each).
      const down = Object.keys((e.getResponse() as HealthCheckResult).error ?? {});
      throw new ProblemException(
        503,
        'not-ready',
        'Service unavailable',
        `Not ready: ${down.join(', ')} down.`,
        down.map((field) => ({ field, message: 'down', code: 'serviceDown' })),
      );
    }
  }
}
