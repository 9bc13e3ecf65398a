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

/** The 409 a route may answer, when `conflict` describes one. */
const conflictResponse = (conflict?: string) =>
  conflict ? [ApiConflictResponse({ description: conflict })] : [];

/**
 * A POST that acts on an existing resource and answers 200 with it (approve, reject,
 * publish, accept…): its route, status, summary and response, written once.
 */
export function PostAction(
  path: string,
  summary: string,
  type: Type<unknown>,
  conflict?: string,
): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    ApiOperation({ summary }),
    ApiOkResponse({ type }),
    ...conflictResponse(conflict),
  );
}

/** A POST that creates a resource and answers 201 with it: route, summary, response (and 409). */
export function CreateAction(
  path: string,
  summary: string,
  type: Type<unknown>,
  conflict?: string,
): MethodDecorator {
  return applyDecorators(
    Post(path),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type }),
    ...conflictResponse(conflict),
  );
}

/** A GET that answers 200 with `type` (a resource or a page of them): route, summary, response. */
export function GetRoute(path: string, summary: string, type: Type<unknown>): MethodDecorator {
  return applyDecorators(Get(path), ApiOperation({ summary }), ApiOkResponse({ type }));
}

/** A DELETE that answers 204 with no body: route, status and summary. */
export function DeleteAction(path: string, summary: string): MethodDecorator {
  return applyDecorators(Delete(path), HttpCode(204), ApiOperation({ summary }));
}
