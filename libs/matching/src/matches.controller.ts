import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { CapabilityMatchPage, NeedMatchPage } from './dto/match.response';
import { MatchesService } from './matches.service';

@ApiTags('matching')
@ApiBearerAuth('bearer')
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get('needs/:id/matches')
  @ApiOkResponse({ type: NeedMatchPage })
  @ApiOperation({
    summary: 'Ranked capabilities that fit the need, with score and reasons (need owner)',
  })
  forNeed(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.matches.forNeed(p, id, query);
  }

  @Get('capabilities/:id/matches')
  @ApiOkResponse({ type: CapabilityMatchPage })
  @ApiOperation({
    summary:
      "Open needs that fit the capability, with score and reasons (the capability's organisation)",
  })
  forCapability(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.matches.forCapability(p, id, query);
  }
}
