import { answerOutsideNest, createValidationPipe, problems } from '@niaz/core';
import { GlobalGuards, type GuardedRequest } from '@niaz/identity';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CreateNeedDto } from './dto/create-need.dto';
import './dto/create-need.fast';
import { NeedsController } from './needs.controller';
import { NeedsService } from './needs.service';

export interface NeedRoutesOptions {
  /** The api's global prefix, with its leading slash (`/api/v1`). */
  prefix: string;
  needs: NeedsService;
  guards: GlobalGuards;
}

/**
 * POST /needs answered by a plain Fastify handler: Nest's router, guards, param decorators
 * and pipe cost the api about twice the CPU of the route's own work (issue 22). The
 * controller method stays (OpenAPI, and the metadata the guards read); only the handler is
 * swapped (`answerOutsideNest`). It does what Nest's path does, in the same order: the
 * global guards (a missing or invalid token is a 401, then the write limits: 429 with
 * Retry-After), the caller (`@CurrentPrincipal`), the body through the global pipe (the hand
 * check, then class-validator, so errors read the same), `NeedsService.create`, 201.
 */
export function answerNeedCreationOutsideNest(
  fastify: FastifyInstance,
  { prefix, needs, guards }: NeedRoutesOptions,
): void {
  const admit = guards.of(NeedsController, 'create');
  const pipe = createValidationPipe();
  answerOutsideNest(fastify, [
    {
      method: 'POST',
      url: `${prefix}/needs`,
      handler: async (request: GuardedRequest, reply: FastifyReply) => {
        await admit(request);
        const principal = request.principal;
        if (!principal) throw problems.unauthorized();
        const dto = (await pipe.transform(request.body, {
          type: 'body',
          metatype: CreateNeedDto,
          data: undefined,
        })) as CreateNeedDto;
        const need = await needs.create(principal, dto);
        void reply.code(201);
        return need;
      },
    },
  ]);
}
