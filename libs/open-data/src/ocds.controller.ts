import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { GetRoute, ProblemView, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal, Public } from '@niaz/identity';
import {
  OcdsRecordPackageResponse,
  OcdsReleasePackageResponse,
  OcdsReleasesQueryDto,
} from './dto/ocds.dto';
import { OcdsService } from './ocds.service';

@ApiTags('open data')
@Controller()
export class OcdsController {
  constructor(private readonly ocds: OcdsService) {}

  @Public()
  @GetRoute(
    'ocds/releases',
    'OCDS 1.1 release package of published needs, oldest first (tender, tenderAmendment, tenderUpdate, award, tenderCancellation)',
    OcdsReleasePackageResponse,
  )
  releases(@Query() query: OcdsReleasesQueryDto): Promise<OcdsReleasePackageResponse> {
    return this.ocds.releases(query);
  }

  @Public()
  @Get('needs/:id/ocds')
  @ApiOperation({ summary: 'OCDS 1.1 record package of one published need' })
  @ApiOkResponse({ type: OcdsRecordPackageResponse })
  @ApiNotFoundResponse({ type: ProblemView })
  need(@Param('id', uuidParam()) id: string): Promise<OcdsRecordPackageResponse> {
    return this.ocds.needRecord(id);
  }

  @ApiBearerAuth('bearer')
  @Get('exhibitions/:id/ocds')
  @ApiOperation({ summary: "An exhibition's outcomes as one OCDS record package (organisers)" })
  @ApiOkResponse({ type: OcdsRecordPackageResponse })
  @ApiForbiddenResponse({ type: ProblemView })
  exhibition(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<OcdsRecordPackageResponse> {
    return this.ocds.exhibitionRecords(p, id);
  }
}
