import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, pickLanguage, uuidParam } from '@niaz/core';
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
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOperation({
    summary:
      'Ranked capabilities that fit the need, with score and reasons in the Accept-Language (need owner)',
  })
  forNeed(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return this.matches.forNeed(p, id, query, pickLanguage(acceptLanguage));
  }

  @Get('capabilities/:id/matches')
  @ApiHeader({ name: 'accept-language', required: false })
  @ApiOkResponse({ type: CapabilityMatchPage })
  @ApiOperation({
    summary:
      "Open needs that fit the capability, with score and reasons (the capability's organisation)",
  })
  forCapability(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return this.matches.forCapability(p, id, query, pickLanguage(acceptLanguage));
  }
}
