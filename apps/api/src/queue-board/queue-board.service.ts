import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig, problems, sendProblem } from '@niaz/core';
import { TokensService, userRowSql } from '@niaz/identity';
import { QueueRegistry } from '@niaz/jobs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

export const QUEUE_BOARD_PATH = '/admin/queues';
export const QUEUE_BOARD_COOKIE = 'niaz_queues';
export const QUEUE_BOARD_QUERY = 'access_token';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Bull Board at /admin/queues, for platform admins only. A browser opens it, so besides
 * `Authorization: Bearer <accessToken>` it accepts the access token once as
 * `?access_token=…`: that answer sets an HttpOnly cookie (path /admin/queues, as long-lived
 * as the token) and redirects to the same page without the token, and the board's own
 * requests then carry the cookie. No token: 401; not an admin: 403.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queues: QueueRegistry,
    private readonly tokens: TokensService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.all().map(([, queue]) => new BullMQAdapter(queue)),
      // @bull-board/fastify bundles its own (patch-older) copy of @bull-board/api; the
      // adapter interface is the same, only the private fields differ for the compiler.
      serverAdapter: serverAdapter as unknown as Parameters<
        typeof createBullBoard
      >[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Niaz queues' } },
    });
    // An encapsulated scope: the guard runs for the board's routes and no others.
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', (request, reply) => this.guard(request, reply));
      await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
    });
  }

  private async guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const url = new URL(request.url, 'http://board.local');
    const fromHeader = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const fromQuery = url.searchParams.get(QUEUE_BOARD_QUERY) ?? undefined;
    const fromCookie = cookieValue(request.headers.cookie, QUEUE_BOARD_COOKIE);
    if (fromQuery) {
      // Keep the token out of the request log line.
      url.searchParams.delete(QUEUE_BOARD_QUERY);
      request.raw.url = `${url.pathname}${url.search}`;
    }
    const token = fromHeader ?? fromQuery ?? fromCookie;
    if (!token) {
      return void sendProblem(reply, problems.unauthorized(), request);
    }
    const userId = (await this.tokens.verifyAccess(token))?.userId;
    const [user]: Array<{ isAdmin: boolean }> = userId
      ? await this.dataSource.query(`SELECT "isAdmin" FROM (${userRowSql('$1::uuid')}) u`, [userId])
      : [];
    if (!user) {
      return void sendProblem(
        reply,
        problems.unauthorized('The access token is missing, expired or invalid.'),
        request,
      );
    }
    if (!user.isAdmin) {
      return void sendProblem(reply, problems.forbidden('Platform admins only.'), request);
    }
    if (fromQuery && !fromHeader) {
      const secure = this.config.env.PUBLIC_URL.startsWith('https:') ? '; Secure' : '';
      void reply.header(
        'set-cookie',
        `${QUEUE_BOARD_COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_BOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${this.config.env.JWT_ACCESS_TTL_SECONDS}${secure}`,
      );
      if (request.method === 'GET') {
        return void reply.redirect(`${url.pathname}${url.search}`, 302);
      }
    }
  }
}
