import { Body, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  ApiController,
  GetRoute,
  PageQueryDto,
  PostAction,
  RequiresVerifiedEmail,
  uuidParam,
} from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { BidsService } from './bids.service';
import { AwardNeedDto, CreateBidDto, DecisionDto, UpdateBidDto } from './dto/bid.dto';
import { BidPageResponse, BidResponse } from './dto/bid.response';

@ApiController('bids')
export class BidsController {
  constructor(private readonly bids: BidsService) {}

  @Post('needs/:id/bids')
  @RequiresVerifiedEmail()
  @ApiOperation({
    summary:
      'Bid on an open need (supplier members); one live bid per organisation; 409 after the deadline',
  })
  @ApiCreatedResponse({ type: BidResponse })
  submit(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) needId: string,
    @Body() dto: CreateBidDto,
  ): Promise<BidResponse> {
    return this.bids.submit(p, needId, dto);
  }

  @GetRoute(
    'needs/:id/bids',
    "The need's bids (owner); sealed until the deadline unless the need says otherwise",
    BidPageResponse,
  )
  listForNeed(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) needId: string,
    @Query() query: PageQueryDto,
  ): Promise<BidPageResponse> {
    return this.bids.listForNeed(p, needId, query);
  }

  @PostAction(
    'needs/:id/award',
    "Award one of the need's bids (owner): the same as POST /bids/:bidId/award, from the need's side",
    BidResponse,
  )
  awardNeed(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) needId: string,
    @Body() dto: AwardNeedDto,
  ): Promise<BidResponse> {
    return this.bids.awardOnNeed(p, needId, dto.bidId, dto.reason);
  }

  @GetRoute('bids', "Your organisations' bids", BidPageResponse)
  mine(@CurrentPrincipal() p: Principal, @Query() query: PageQueryDto): Promise<BidPageResponse> {
    return this.bids.listMine(p, query);
  }

  @Get('bids/:id')
  @ApiOkResponse({ type: BidResponse })
  get(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<BidResponse> {
    return this.bids.get(p, id);
  }

  @Patch('bids/:id')
  @ApiOperation({ summary: "Revise (the bid's organisation, before the deadline)" })
  @ApiOkResponse({ type: BidResponse })
  revise(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateBidDto,
  ): Promise<BidResponse> {
    return this.bids.revise(p, id, dto);
  }

  @PostAction(
    'bids/:id/confirm',
    "Re-confirm the bid against the need's amended terms, optionally revising it (the bid's organisation, before the deadline)",
    BidResponse,
  )
  confirm(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateBidDto,
  ): Promise<BidResponse> {
    return this.bids.confirm(p, id, dto);
  }

  @Post('bids/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: BidResponse })
  withdraw(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<BidResponse> {
    return this.bids.withdraw(p, id);
  }

  @Post('bids/:id/shortlist')
  @HttpCode(200)
  @ApiOkResponse({ type: BidResponse })
  shortlist(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: DecisionDto,
  ): Promise<BidResponse> {
    return this.bids.decide(p, id, 'shortlisted', dto.reason);
  }

  @Post('bids/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: BidResponse })
  reject(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: DecisionDto,
  ): Promise<BidResponse> {
    return this.bids.decide(p, id, 'rejected', dto.reason);
  }

  @PostAction(
    'bids/:id/award',
    'Award: the need becomes awarded and the other live bids are rejected, in one transaction',
    BidResponse,
  )
  award(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: DecisionDto,
  ): Promise<BidResponse> {
    return this.bids.decide(p, id, 'awarded', dto.reason);
  }
}
