import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@niaz/core';
import { CurrentPrincipal, OptionalPrincipal, Principal, Public } from '@niaz/identity';
import { CapabilitiesService } from './capabilities.service';
import {
  CreateCapabilityDto,
  ListCapabilitiesQueryDto,
  UpdateCapabilityDto,
} from './dto/capability.dto';

@ApiTags('capabilities')
@ApiBearerAuth('bearer')
@Controller('capabilities')
export class CapabilitiesController {
  constructor(private readonly capabilities: CapabilitiesService) {}

  @Post()
  @ApiOperation({ summary: 'Post a capability (supplier members)' })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateCapabilityDto) {
    return this.capabilities.create(p, dto);
  }

  @Public()
  @Get()
  list(@OptionalPrincipal() p: Principal | undefined, @Query() query: ListCapabilitiesQueryDto) {
    return this.capabilities.list(p, query);
  }

  @Public()
  @Get(':id')
  get(@Param('id', uuidParam()) id: string) {
    return this.capabilities.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Edit (the capability's organisation)" })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateCapabilityDto,
  ) {
    return this.capabilities.update(p, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
    return this.capabilities.remove(p, id);
  }
}
