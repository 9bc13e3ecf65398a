import { applyDecorators, HttpCode, Post, Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';

/**
 * A POST that acts on an existing resource and answers 200 with it (approve, reject,
 * publish, accept…): its route, status, summary and response, written once.
 */
export function PostAction(path: string, summary: string, type: Type<unknown>): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type }),
  );
}
