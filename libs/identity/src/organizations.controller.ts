import { Body, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiController, GetRoute, PostAction, uuidParam } from '@niaz/core';
import { AdminOnly, CurrentPrincipal, Public } from './auth/auth.decorators';
import type { Principal } from './auth/principal';
import {
  MeResponse,
  OrganizationQueueResponse,
  OrganizationResponse,
} from './dto/identity.response';
import { UpdateOrganizationDto } from './dto/organization.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { OrganizationsService } from './organizations.service';

@ApiController('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @GetRoute('me', 'The caller and their memberships', MeResponse)
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.organizations.me(principal);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Change your name or the language of the messages you receive' })
  @ApiOkResponse({ type: MeResponse })
  updateMe(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateMeDto,
  ): Promise<MeResponse> {
    return this.organizations.updateMe(principal, dto);
  }

  @Public()
  @GetRoute('organizations/:id', 'Public profile of an organisation', OrganizationResponse)
  get(@Param('id', uuidParam()) id: string): Promise<OrganizationResponse> {
    return this.organizations.get(id);
  }

  @Patch('organizations/:id')
  @ApiOperation({ summary: 'Edit the profile (owners only)' })
  @ApiOkResponse({ type: OrganizationResponse })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() dto: UpdateOrganizationDto,
  ): Promise<OrganizationResponse> {
    return this.organizations.update(principal, id, dto);
  }

  @AdminOnly()
  @GetRoute(
    'admin/organizations/verification-queue',
    'Organisations that lost their verified badge by changing name, kinds or certificate, with what changed (platform admins)',
    OrganizationQueueResponse,
  )
  verificationQueue(): Promise<OrganizationQueueResponse> {
    return this.organizations.verificationQueue();
  }

  @AdminOnly()
  @PostAction(
    'admin/organizations/:id/verify',
    'Mark an organisation verified (platform admins)',
    OrganizationResponse,
  )
  verify(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<OrganizationResponse> {
    return this.organizations.verify(principal, id, true);
  }
}
