import {
  applyDecorators,
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  Param,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
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
import { Principal, Public } from '@niaz/identity';
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
/** A conditional GET: 304 while the caller's ETag is current. */
const Revalidated = () =>
  applyDecorators(
    ApiResponse({
      status: 304,
      description: 'Not modified: the `If-None-Match` ETag is current',
      headers: ETAG_HEADERS,
    }),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'An ETag of an earlier answer: 304 if the catalog has not changed since',
    }),
  );

/** Who asks for a catalog (signed in or not) and which version they already hold. */
interface CatalogAsk {
  principal: Principal | undefined;
  etag: string | undefined;
}
const Asking = createParamDecorator((_: unknown, ctx: ExecutionContext): CatalogAsk => {
  const req = ctx.switchToHttp().getRequest<{
    principal?: Principal;
    headers: Record<string, string | string[] | undefined>;
  }>();
  const etag = req.headers['if-none-match'];
  return { principal: req.principal, etag: Array.isArray(etag) ? etag[0] : etag };
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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Catalog | undefined> {
    return conditional(
      reply,
      await this.catalogs.cachedCatalog(ask.principal, id, ask.etag),
      (c) => c,
    );
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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return conditional(
      reply,
      await this.catalogs.cachedCsv(ask.principal, id, query.lang, ask.etag),
      file,
    );
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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return conditional(
      reply,
      await this.catalogs.cachedPdf(ask.principal, id, query.lang, ask.etag),
      file,
    );
  }
}
