import { Body, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiController, CreateAction, uuidParam } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { CapabilitiesService } from './capabilities.service';
import {
  CreateCapabilityDto,
  ListCapabilitiesQueryDto,
  UpdateCapabilityDto,
} from './dto/capability.dto';
import { CapabilityPageResponse, CapabilityResponse } from './dto/capability.response';

@ApiController('capabilities', 'capabilities')
export class CapabilitiesController {
  constructor(private readonly capabilities: CapabilitiesService) {}

  @CreateAction('', 'Post a capability (supplier members)', CapabilityResponse)
  create(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateCapabilityDto,
  ): Promise<CapabilityResponse> {
    return this.capabilities.create(p, dto);
  }

  @Public()
  @Get()
  @ApiOkResponse({ type: CapabilityPageResponse })
  list(
    @OptionalPrincipal() p: Principal | undefined,
    @Query() query: ListCapabilitiesQueryDto,
  ): Promise<CapabilityPageResponse> {
    return this.capabilities.list(p, query);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: CapabilityResponse })
  get(@Param('id', uuidParam()) id: string): Promise<CapabilityResponse> {
    return this.capabilities.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Edit (the capability's organisation)" })
  @ApiOkResponse({ type: CapabilityResponse })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateCapabilityDto,
  ): Promise<CapabilityResponse> {
    return this.capabilities.update(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.capabilities.remove(p, id);
  }
}
