import { Param } from '@nestjs/common';
import { ApiController, GetRoute, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { AuditPageResponse, AuditVerifyResponse } from './dto/tender-audit.response';
import { TenderAuditService } from './tender-audit.service';

@ApiController('needs', 'needs')
export class TenderAuditController {
  constructor(private readonly audit: TenderAuditService) {}

  @GetRoute(
    ':id/audit',
    "The need's tamper-evident record (owner, admins; bidders: the need's entries and their own bid's)",
    AuditPageResponse,
  )
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AuditPageResponse> {
    return this.audit.list(p, id);
  }

  @GetRoute(
    ':id/audit/verify',
    "Whether the need's hash chain holds, and where it first breaks",
    AuditVerifyResponse,
  )
  verify(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) id: string,
  ): Promise<AuditVerifyResponse> {
    return this.audit.verify(p, id);
  }
}
