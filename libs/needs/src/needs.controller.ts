import { Body, Controller, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateAction, GetRoute, PageQueryDto, RequiresVerifiedEmail, uuidParam } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { CreateNeedDto } from './dto/create-need.dto';
import './dto/create-need.fast';
import { InviteDto, ListNeedsQueryDto, NdaDto, ReasonDto } from './dto/need-actions.dto';
import {
  AmendmentPageResponse,
  AmendmentResponse,
  DetailViewPageResponse,
  FieldChangeView,
  InvitationResponse,
  NdaAcceptanceResponse,
  NeedPageResponse,
  NeedResponse,
} from './dto/need.response';
import { AmendNeedDto, UpdateNeedDto } from './dto/update-need.dto';
import { NeedsService } from './needs.service';
import { NeedRepostService } from './need-repost.service';

@ApiTags('needs')
@ApiBearerAuth('bearer')
@ApiExtraModels(FieldChangeView)
@Controller('needs')
export class NeedsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly reposts: NeedRepostService,
  ) {}

  @CreateAction('', 'Post a need (status draft); manufacturer members', NeedResponse)
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateNeedDto): Promise<NeedResponse> {
    return this.needs.create(p, dto);
  }

  @Public()
  @GetRoute(
    '',
    'Published needs, or ?mine=true for your organisations’ needs (drafts included)',
    NeedPageResponse,
  )
  list(
    @OptionalPrincipal() p: Principal | undefined,
    @Query() query: ListNeedsQueryDto,
  ): Promise<NeedPageResponse> {
    return this.needs.list(p, query);
  }

  @Public()
  @GetRoute(
    ':id',
    'A need: public fields to all; details to the owner and NDA signers',
    NeedResponse,
  )
  get(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
  ): Promise<NeedResponse> {
    return this.needs.get(p, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Edit a draft, or amend an open need before its deadline (owner): a change of terms needs `rationale`, bidders must re-confirm',
  })
  @ApiOkResponse({ type: NeedResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, or a change of terms without rationale' })
  @ApiConflictResponse({
    description:
      'Terms frozen after the deadline, visibility of bids fixed at publication, or a shorter deadline',
  })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateNeedDto,
  ): Promise<NeedResponse> {
    return this.needs.update(p, id, dto);
  }

  @Post(':id/amendments')
  @ApiOperation({
    summary:
      'Amend the terms of an open need with a rationale (owner); every live bid must be re-confirmed',
  })
  @ApiCreatedResponse({ type: AmendmentResponse })
  @ApiBadRequestResponse({ description: 'Invalid field, no term changed, or no rationale' })
  @ApiConflictResponse({ description: 'Not open, or one of the tender rules' })
  amend(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: AmendNeedDto,
  ): Promise<AmendmentResponse> {
    return this.needs.amend(p, id, dto);
  }

  @Public()
  @GetRoute(
    ':id/amendments',
    "A need's amendments, newest first, to whoever sees it (values of details to NDA signers only)",
    AmendmentPageResponse,
  )
  amendments(
    @OptionalPrincipal() p: Principal | undefined,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AmendmentPageResponse> {
    return this.needs.amendments(p, id, query);
  }

  @Post(':id/publish')
  @RequiresVerifiedEmail()
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Illegal transition' })
  @ApiOkResponse({ type: NeedResponse })
  publish(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<NeedResponse> {
    return this.needs.publish(p, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Illegal transition' })
  @ApiOkResponse({ type: NeedResponse })
  close(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReasonDto,
  ): Promise<NeedResponse> {
    return this.needs.close(p, id, dto.reason);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Illegal transition' })
  @ApiOkResponse({ type: NeedResponse })
  cancel(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReasonDto,
  ): Promise<NeedResponse> {
    return this.needs.cancel(p, id, dto.reason);
  }

  @Post(':id/repost')
  @ApiOperation({
    summary:
      'Run a finished tender again (owner; after the deadline, or closed, cancelled, awarded): its terms copied into a new draft',
  })
  @ApiCreatedResponse({ type: NeedResponse, description: 'The new draft' })
  @ApiConflictResponse({ description: 'The need is still open for bids (or a draft)' })
  repost(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<NeedResponse> {
    return this.reposts.repost(p, id);
  }

  @Post(':id/nda')
  @RequiresVerifiedEmail()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the NDA (supplier members); the details become visible' })
  @ApiOkResponse({ type: NdaAcceptanceResponse })
  nda(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: NdaDto,
  ): Promise<NdaAcceptanceResponse> {
    return this.needs.acceptNda(p, id, dto);
  }

  @GetRoute(
    ':id/detail-views',
    'Who read the confidential details, and when (owner)',
    DetailViewPageResponse,
  )
  detailViews(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<DetailViewPageResponse> {
    return this.needs.detailViews(p, id, query);
  }

  @CreateAction(
    ':id/invitations',
    'Invite a supplier organisation to bid (owner)',
    InvitationResponse,
  )
  invite(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: InviteDto,
  ): Promise<InvitationResponse> {
    return this.needs.invite(p, id, dto);
  }
}
