import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './to-problem';

export interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): unknown;
}

const logger = new Logger('Problem');

/**
 * Sends any error as `application/problem+json`; 5xx causes are logged, never shown. Used by
 * the Nest filter and by Fastify's own error and not-found handlers alike.
 */
export function sendProblem(reply: ReplyLike, error: unknown, url?: string): void {
  const problem = toProblem(error);
  if (problem.status >= 500) logger.error(error instanceof Error ? error.stack : String(error));
  if (url) problem.instance = url.split('?')[0];
  reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

/** Answers every error of a Nest route as `application/problem+json`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendProblem(ctx.getResponse<ReplyLike>(), error, ctx.getRequest<{ url?: string }>()?.url);
  }
}
