import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, TooManyRequests } from './problem';
import { localizeProblem, pickLanguage } from './problem-language';
import { toProblem } from './to-problem';

export interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): unknown;
}

/** What sendProblem reads of the request: its path and `Accept-Language`. */
export interface RequestLike {
  url?: string;
  headers?: Record<string, string | string[] | undefined>;
}

const logger = new Logger('Problem');

/**
 * Sends any error as `application/problem+json` in the language `Accept-Language` asks for;
 * 5xx causes are logged, never shown. Used by the Nest filter and by Fastify's own error and
 * not-found handlers alike.
 */
export function sendProblem(reply: ReplyLike, error: unknown, request?: RequestLike): void {
  const lang = pickLanguage(request?.headers?.['accept-language']);
  const problem = localizeProblem(toProblem(error), lang);
  if (problem.status >= 500) logger.error(error instanceof Error ? error.stack : String(error));
  if (request?.url) problem.instance = request.url.split('?')[0];
  if (error instanceof TooManyRequests) {
    reply.header('retry-after', String(Math.max(1, error.retryAfterSeconds)));
  }
  reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', lang)
    .send(problem);
}

/** Answers every error of a Nest route as `application/problem+json`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendProblem(ctx.getResponse<ReplyLike>(), error, ctx.getRequest<RequestLike>());
  }
}
