import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { PageQueryDto, ProblemView, uuidParam } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { AttachmentsService } from './attachments.service';
import {
  CreateAttachmentDto,
  ListAttachmentsQueryDto,
  RemoveAttachmentQueryDto,
} from './dto/attachment.dto';
import {
  AttachmentDownloadPageResponse,
  AttachmentDownloadUrlResponse,
  AttachmentListResponse,
  AttachmentResponse,
  AttachmentUploadResponse,
} from './dto/attachment.response';

@ApiTags('attachments')
@ApiBearerAuth('bearer')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Announce a file on a need, bid, capability or organisation → a presigned PUT (15 min); the owner of the target',
  })
  @ApiCreatedResponse({ type: AttachmentUploadResponse })
  @ApiPayloadTooLargeResponse({
    type: ProblemView,
    description: 'Over ATTACHMENT_MAX_MB or the need’s total',
  })
  @ApiConflictResponse({ type: ProblemView, description: 'The need or bid can no longer change' })
  create(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateAttachmentDto,
  ): Promise<AttachmentUploadResponse> {
    return this.attachments.create(p, dto);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Check the uploaded bytes (size, type from the bytes, a ZIP’s contents; SHA-256 by the worker) → available',
  })
  @ApiOkResponse({ type: AttachmentResponse })
  @ApiConflictResponse({
    type: ProblemView,
    description: 'Nothing uploaded yet, or the bid is frozen',
  })
  @ApiUnprocessableEntityResponse({
    type: ProblemView,
    description:
      'archive-refused: a ZIP holding a bomb (zipBomb, zipTooLarge, zipTooManyEntries), archives nested too deep (zipTooDeep), a name leaving its folder or a link (zipPathTraversal), an encrypted entry (zipEncrypted), a type not accepted (zipEntryType) or unreadable bytes (zipCorrupt); errors[0].code says which, params.entry where',
  })
  complete(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AttachmentResponse> {
    return this.attachments.complete(p, id);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'The files of a target that the caller may see' })
  @ApiOkResponse({ type: AttachmentListResponse })
  @ApiNotFoundResponse({ type: ProblemView, description: 'Also a bid’s files before opening' })
  list(
    @OptionalPrincipal() p: Principal | undefined,
    @Query() query: ListAttachmentsQueryDto,
  ): Promise<AttachmentListResponse> {
    return this.attachments.list(p, query.targetType, query.targetId);
  }

  @Public()
  @Get(':id/download')
  @ApiOperation({
    summary:
      'A presigned download URL (60 s) after the access check; confidential and sealed reads are logged',
  })
  @ApiOkResponse({ type: AttachmentDownloadUrlResponse })
  @ApiUnauthorizedResponse({ type: ProblemView })
  @ApiForbiddenResponse({ type: ProblemView, description: 'No NDA' })
  @ApiNotFoundResponse({ type: ProblemView })
  download(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
  ): Promise<AttachmentDownloadUrlResponse> {
    return this.attachments.download(p, id);
  }

  @Get(':id/downloads')
  @ApiOperation({ summary: 'Who downloaded the file and when (the owning organisation)' })
  @ApiOkResponse({ type: AttachmentDownloadPageResponse })
  downloads(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AttachmentDownloadPageResponse> {
    return this.attachments.downloads(p, id, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a file (a published need: an amendment with ?rationale=)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ProblemView })
  async remove(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: RemoveAttachmentQueryDto,
  ): Promise<void> {
    await this.attachments.remove(p, id, query.rationale);
  }
}
