import {
  Controller,
  createParamDecorator,
  ExecutionContext,
  Headers,
  HttpCode,
  Post,
  Query,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { BodyRouteConfig, MultipartBody, MultipartFile, pickLanguage } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { NeedsImportQueryDto, NeedsImportResponse } from './needs-import.dto';
import { NeedsImportService } from './needs-import.service';

/** The uploaded file of the multipart field `file` (undefined when absent). */
const UploadedSheet = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): MultipartFile | undefined => {
    const body = ctx.switchToHttp().getRequest<FastifyRequest>().body;
    return body instanceof MultipartBody ? body.file('file') : undefined;
  },
);

@ApiTags('needs')
@ApiBearerAuth('bearer')
@Controller('needs')
export class NeedsImportController {
  constructor(private readonly imports: NeedsImportService) {}

  @Post('import')
  @HttpCode(200)
  @RouteConfig({ multipart: true } satisfies BodyRouteConfig)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'XLSX or CSV' } },
    },
  })
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOperation({
    summary:
      'Import needs from the XLSX/CSV template (manufacturer members): ?dryRun=true previews with every refused cell by row and column; otherwise all rows become drafts, or none when any row is refused (400)',
  })
  @ApiOkResponse({ type: NeedsImportResponse })
  import(
    @CurrentPrincipal() p: Principal,
    @UploadedSheet() file: MultipartFile | undefined,
    @Query() query: NeedsImportQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return this.imports.import(p, file, query, pickLanguage(acceptLanguage));
  }
}
