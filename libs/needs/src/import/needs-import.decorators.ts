import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { BodyRouteConfig } from '@niaz/core';
import { NeedsImportResponse } from './needs-import.dto';

/** The multipart body of the imports: one XLSX or CSV file in the field `file`. */
const NEEDS_IMPORT_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: { file: { type: 'string' as const, format: 'binary', description: 'XLSX or CSV' } },
  },
};

/**
 * A needs import route (POST /needs/import and the organiser's import for a participant):
 * the multipart template upload, answered 200 with the import's result, written once.
 */
export function NeedsImportRoute(path: string, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    RouteConfig({ multipart: true } satisfies BodyRouteConfig),
    ApiConsumes('multipart/form-data'),
    ApiBody(NEEDS_IMPORT_BODY),
    ApiHeader({ name: 'accept-language', required: false }),
    ApiOperation({ summary }),
    ApiOkResponse({ type: NeedsImportResponse }),
  );
}
