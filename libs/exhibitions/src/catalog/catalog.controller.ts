import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@niaz/core';
import { Public } from '@niaz/identity';
import { CatalogQueryDto } from '../dto/exhibition-queries.dto';
import { CatalogResponse } from '../dto/exhibition.response';
import { Cached, CatalogFile, CatalogService } from './catalog.service';
import type { Catalog } from './catalog.types';
import { Asking, CatalogAsk, ETAG_HEADERS, Revalidated } from './revalidated';

/** A cached catalog file as the response body (nothing when the caller's copy is current). */
const asFile = ({ etag, value: f }: Cached<CatalogFile>): Cached<StreamableFile> => ({
  etag,
  value:
    f &&
    new StreamableFile(f.body, {
      type: f.contentType,
      disposition: f.disposition,
      length: f.body.length,
    }),
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
  @ApiOkResponse({ type: CatalogResponse, headers: ETAG_HEADERS })
  @Revalidated()
  async catalog(
    @Asking() ask: CatalogAsk,
    @Param('id', uuidParam()) id: string,
  ): Promise<Cached<Catalog>> {
    return this.catalogs.cachedCatalog(ask.principal, id, ask.etag);
  }

  @Public()
  @Get(':id/catalog.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiOperation({
    summary:
      'The catalog as CSV (UTF-8 with BOM, one row per need); ?lang=fa|tr|en words the headers and country names, amounts stay plain decimals',
  })
  @ApiOkResponse({ description: 'The CSV file', headers: ETAG_HEADERS })
  @Revalidated()
  async csv(
    @Asking() ask: CatalogAsk,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
  ): Promise<Cached<StreamableFile>> {
    return asFile(await this.catalogs.cachedCsv(ask.principal, id, query.lang, ask.etag));
  }

  @Public()
  @Get(':id/catalog.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({
    summary: 'The catalog as PDF: a cover page and one block per need (?lang=fa|tr|en)',
  })
  @ApiOkResponse({ description: 'The PDF file', headers: ETAG_HEADERS })
  @ApiResponse({
    status: 503,
    description: 'The worker is still typesetting this version of the catalog: try again',
  })
  @Revalidated()
  async pdf(
    @Asking() ask: CatalogAsk,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
  ): Promise<Cached<StreamableFile>> {
    return asFile(await this.catalogs.cachedPdf(ask.principal, id, query.lang, ask.etag));
  }
}
