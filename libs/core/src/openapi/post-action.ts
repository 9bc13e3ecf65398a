import { applyDecorators, Controller, Delete, Get, HttpCode, Post, Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

/** A controller of the API under the OpenAPI tag `tag`, signed in with a bearer token. */
export function ApiController(tag: string, path?: string): ClassDecorator {
  return applyDecorators(
    ApiTags(tag),
    ApiBearerAuth('bearer'),
    path === undefined ? Controller() : Controller(path),
  );
}

/** A POST route: its path, summary, response type and, when it may answer one, the 409. */
type PostRoute = (
  path: string,
  summary: string,
  type: Type<unknown>,
  conflict?: string,
) => MethodDecorator;

/** The POST with its status-specific decorators, the summary and the optional 409. */
const post = (
  path: string,
  summary: string,
  conflict: string | undefined,
  ...answer: MethodDecorator[]
): MethodDecorator =>
  applyDecorators(
    Post(path),
    ...answer,
    ApiOperation({ summary }),
    ...(conflict ? [ApiConflictResponse({ description: conflict })] : []),
  );

/**
 * A POST that acts on an existing resource and answers 200 with it (approve, reject,
 * publish, accept…): its route, status, summary and response, written once.
 */
export const PostAction: PostRoute = (path, summary, type, conflict) =>
  post(path, summary, conflict, HttpCode(200), ApiOkResponse({ type }));

/** A POST that creates a resource and answers 201 with it: route, summary, response (and 409). */
export const CreateAction: PostRoute = (path, summary, type, conflict) =>
  post(path, summary, conflict, ApiCreatedResponse({ type }));

/** A GET that answers 200 with `type` (a resource or a page of them): route, summary, response. */
export function GetRoute(path: string, summary: string, type: Type<unknown>): MethodDecorator {
  return applyDecorators(Get(path), ApiOperation({ summary }), ApiOkResponse({ type }));
}

/** A DELETE that answers 204 with no body: route, status and summary. */
export function DeleteAction(path: string, summary: string): MethodDecorator {
  return applyDecorators(Delete(path), HttpCode(204), ApiOperation({ summary }));
}
