import { Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
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
import { BodyRouteConfig, MultipartFile, pickLanguage } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { NeedsImportQueryDto, NeedsImportResponse } from './needs-import.dto';
import { UploadedSheet } from './uploaded-sheet';
import { NeedsImportService } from './needs-import.service';

/** The multipart body of the imports: one XLSX or CSV file in the field `file`. */
export const NEEDS_IMPORT_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file'],
    properties: { file: { type: 'string' as const, format: 'binary', description: 'XLSX or CSV' } },
  },
};

@ApiTags('needs')
@ApiBearerAuth('bearer')
@Controller('needs')
export class NeedsImportController {
  constructor(private readonly imports: NeedsImportService) {}

  @Post('import')
  @HttpCode(200)
  @RouteConfig({ multipart: true } satisfies BodyRouteConfig)
  @ApiConsumes('multipart/form-data')
  @ApiBody(NEEDS_IMPORT_BODY)
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
