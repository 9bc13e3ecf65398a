import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { uuidParam } from '@niaz/core';
import { OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { CatalogQueryDto } from '../dto/exhibition-queries.dto';
import { CatalogResponse } from '../dto/exhibition.response';
import { Cached, CatalogFile, CatalogService } from './catalog.service';
import type { Catalog } from './catalog.types';

const file = (f: CatalogFile) =>
  new StreamableFile(f.body, {
    type: f.contentType,
    disposition: f.disposition,
    length: f.body.length,
  });

/**
 * Sends the ETag (clients revalidate every time: `no-cache`) and either nothing (304, the
 * caller's copy is current) or the representation.
 */
function conditional<T, R>(reply: FastifyReply, cached: Cached<T>, send: (value: T) => R) {
  reply.header('etag', cached.etag);
  reply.header('cache-control', 'no-cache');
  if (cached.value === undefined) {
    reply.status(304);
    return undefined;
  }
  return send(cached.value);
}

const ETAG_HEADERS = {
  ETag: { description: 'Changes whenever the catalog does', schema: { type: 'string' } },
};
const notModified = ApiResponse({
  status: 304,
  description: 'Not modified: the `If-None-Match` ETag is current',
  headers: ETAG_HEADERS,
});
const ifNoneMatch = ApiHeader({
  name: 'If-None-Match',
  required: false,
  description: 'An ETag of an earlier answer: 304 if the catalog has not changed since',
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
  @notModified
  @ifNoneMatch
  async catalog(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Headers('if-none-match') etag: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Catalog | undefined> {
    return conditional(reply, await this.catalogs.cachedCatalog(p, id, etag), (c) => c);
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
  @notModified
  @ifNoneMatch
  async csv(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
    @Headers('if-none-match') etag: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return conditional(reply, await this.catalogs.cachedCsv(p, id, query.lang, etag), file);
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
  @notModified
  @ifNoneMatch
  async pdf(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Query() query: CatalogQueryDto,
    @Headers('if-none-match') etag: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return conditional(reply, await this.catalogs.cachedPdf(p, id, query.lang, etag), file);
  }
}
