import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { MultipartBody, MultipartFile } from '@niaz/core';

/** The uploaded file of the multipart field `file` (undefined when absent). */
export const UploadedSheet = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): MultipartFile | undefined => {
    const body = ctx.switchToHttp().getRequest<FastifyRequest>().body;
    return body instanceof MultipartBody ? body.file('file') : undefined;
  },
);
