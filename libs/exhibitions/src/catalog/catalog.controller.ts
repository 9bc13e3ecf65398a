import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@niaz/core';
import { OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { CatalogQueryDto } from '../dto/exhibition-queries.dto';
import { CatalogResponse } from '../dto/exhibition.response';
import { CatalogFile, CatalogService } from './catalog.service';

const file = (f: CatalogFile) =>
  new StreamableFile(f.body, {
    type: f.contentType,
    disposition: f.disposition,
    length: f.body.length,
  });

/** Public catalogs of published and closed exhibitions (organisers also preview drafts). */
@ApiTags('exhibitions')
@Controller('exhibitions')
export class CatalogController {
  constructor(private readonly catalogs: CatalogService) {}

  @Public()
  @Get(':id/catalog')
  @ApiOperation({
    summary: "The catalog: sections with their approved needs' public fields, featured first",
  })
  @ApiOkResponse({ type: CatalogResponse })
  catalog(@OptionalPrincipal() p: Principal | undefined, @Param('id', uuidParam()) id: string) {
    return this.catalogs.catalog(p, id);
  }

  @Public()
  @Get(':id/catalog.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The catalog as CSV (UTF-8 with BOM, one row per need); ?lang=fa|tr|en words the headers and country names, amounts stay plain decimals',
  })
  async csv(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
  ) {
    return file(await this.catalogs.csv(p, id, query.lang));
  }

  @Public()
  @Get(':id/catalog.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'The catalog as PDF: a cover page and one block per need (?lang=fa|tr|en)',
  })
  async pdf(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
  ) {
    return file(await this.catalogs.pdfFile(p, id, query.lang));
  }
}
