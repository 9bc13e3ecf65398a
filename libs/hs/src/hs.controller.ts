import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ProblemView, Public } from '@niaz/core';
import { HsCodeView, HsSuggestionList, HsSuggestQueryDto } from './dto/hs.dto';
import { HsService } from './hs.service';

@ApiTags('hs')
@Public()
@Controller('hs')
export class HsController {
  constructor(private readonly hs: HsService) {}

  @Get('suggest')
  @ApiOperation({
    summary:
      'The five most likely HS 2022 headings or subheadings for a title and description (fa/tr/en), with the words behind each',
  })
  @ApiOkResponse({ type: HsSuggestionList })
  @ApiBadRequestResponse({ type: ProblemView })
  suggest(@Query() query: HsSuggestQueryDto): HsSuggestionList {
    return this.hs.suggest(query);
  }

  @Get(':code')
  @ApiOperation({
    summary:
      "An HS 2022 code's description and its parents; 8/10-digit national codes give their subheading",
  })
  @ApiOkResponse({ type: HsCodeView })
  @ApiBadRequestResponse({ type: ProblemView })
  @ApiNotFoundResponse({ type: ProblemView })
  describe(@Param('code') code: string): HsCodeView {
    return this.hs.describe(code);
  }
}
