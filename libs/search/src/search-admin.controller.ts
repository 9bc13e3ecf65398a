import { Controller, createParamDecorator, ExecutionContext, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '@niaz/core';
import { ReindexRequested, SearchAdminService } from './search-admin.service';

/** The caller's user id (identity's guard puts the principal on the request). */
const CallerId = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | null =>
    ctx.switchToHttp().getRequest<{ principal?: { userId?: string } }>().principal?.userId ?? null,
);

@ApiTags('admin')
@ApiBearerAuth('bearer')
@AdminOnly()
@Controller('admin/search')
export class SearchAdminController {
  constructor(private readonly admin: SearchAdminService) {}

  @Post('reindex')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild both indexes from Postgres (admins); search keeps answering' })
  @ApiAcceptedResponse({
    description: 'The reindex job is queued (one at a time)',
    schema: {
      type: 'object',
      required: ['jobId', 'status'],
      properties: {
        jobId: { type: 'string', nullable: true },
        status: { type: 'string', enum: ['queued'] },
      },
    },
  })
  reindex(@CallerId() actorId: string | null): Promise<ReindexRequested> {
    return this.admin.requestReindex(actorId);
  }
}
