import { ApiController, GetRoute } from '@niaz/core';
import { Body, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { UpdatePreferencesDto } from './preferences.dto';
import { PreferencesResponse } from './preferences.response';
import { PreferencesService } from './preferences.service';

@ApiController('notifications', 'notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @GetRoute('', 'Your notification preferences (defaults until you save them)', PreferencesResponse)
  get(@CurrentPrincipal() p: Principal): Promise<PreferencesResponse> {
    return this.preferences.get(p);
  }

  @Put()
  @ApiOperation({
    summary:
      'Save channels, instant or daily digest, minimum score, HS chapters and quiet hours; fields left out keep their value',
  })
  @ApiOkResponse({ type: PreferencesResponse })
  put(
    @CurrentPrincipal() p: Principal,
    @Body() dto: UpdatePreferencesDto,
  ): Promise<PreferencesResponse> {
    return this.preferences.update(p, dto);
  }
}
