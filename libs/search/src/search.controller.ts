import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@niaz/core';
import { SearchCapabilitiesQueryDto, SearchNeedsQueryDto } from './dto/search-query.dto';
// Registers the hot route's hand-checked query DTOs with the global validation pipe.
import './dto/search-query.fast';
import { CapabilitySearchPage, NeedSearchPage } from './dto/search.response';
import { SearchService } from './search.service';

/**
 * The two public searches as the OpenAPI document describes them. Requests are answered by
 * `answerSearchOutsideNest` (search.routes.ts), which takes over these routes' handlers; the
 * methods here do the same through Nest's pipeline (the api's `searchThroughNest` option).
 */
@ApiTags('search')
@Public()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('needs')
  @ApiOperation({
    summary:
      'Search published needs (fa/tr/en): filters, facets, highlights; status defaults to open',
  })
  @ApiOkResponse({ type: NeedSearchPage })
  needs(@Query() query: SearchNeedsQueryDto): Promise<NeedSearchPage> {
    return this.search.searchNeeds(query);
  }

  @Get('capabilities')
  @ApiOperation({ summary: 'Search capabilities (fa/tr/en): filters, facets, highlights' })
  @ApiOkResponse({ type: CapabilitySearchPage })
  capabilities(@Query() query: SearchCapabilitiesQueryDto): Promise<CapabilitySearchPage> {
    return this.search.searchCapabilities(query);
  }
}
