import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './to-problem';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): unknown;
}

/** Answers every error as `application/problem+json`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const problem = toProblem(error);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? error.stack : String(error));
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<{ url?: string }>();
    if (request?.url) problem.instance = request.url.split('?')[0];
    const reply = ctx.getResponse<ReplyLike>();
    reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
