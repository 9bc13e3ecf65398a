import { Headers, Query } from '@nestjs/common';
import { ApiController, MultipartFile, pickLanguage } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { NeedsImportQueryDto } from './needs-import.dto';
import { NeedsImportRoute } from './needs-import.decorators';
import { UploadedSheet } from './uploaded-sheet';
import { NeedsImportService } from './needs-import.service';
import type { NeedsImportResponse } from './needs-import.dto';

@ApiController('needs', 'needs')
export class NeedsImportController {
  constructor(private readonly imports: NeedsImportService) {}

  @NeedsImportRoute(
    'import',
    'Import needs from the XLSX/CSV template (manufacturer members): ?dryRun=true previews with every refused cell by row and column; otherwise all rows become drafts, or none when any row is refused (400)',
  )
  import(
    @CurrentPrincipal() p: Principal,
    @UploadedSheet() file: MultipartFile | undefined,
    @Query() query: NeedsImportQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NeedsImportResponse> {
    return this.imports.import(p, file, query, pickLanguage(acceptLanguage));
  }
}
