import { Param } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ApiController, dateTime, GetRoute, nullableString, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { TenderAuditService } from './tender-audit.service';

export class AuditEntryResponse {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "Position in the need's chain; null while a sealed bid's event waits for the opening",
  })
  seq: number | null;
  @ApiProperty({ example: 'amend' })
  type: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who acted' })
  actor: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  bidId: string | null;
  @nullableString()
  organizationId: string | null;
  @dateTime()
  at: string;
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 (hex) of this entry and prevHash' })
  hash: string;
  @ApiProperty({ description: "SHA-256 of the chain's previous entry (64 zeros for the first)" })
  prevHash: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "A bid's event that waited sealed: its hash in the bid's waiting chain (part of `hash`); else null",
  })
  sealedHash: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "A bid's event that waited sealed: the previous hash of its bid's waiting chain",
  })
  sealedPrevHash: string | null;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] })
  items: AuditEntryResponse[];
}

export class AuditVerifyResponse {
  @ApiProperty({ description: 'true: every hash and link of the chain holds' })
  ok: boolean;
  @ApiProperty({ description: 'How many entries were checked' })
  entries: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The seq of the first entry whose hash or link does not hold',
  })
  firstBroken: number | null;
}

@ApiController('needs', 'needs')
export class TenderAuditController {
  constructor(private readonly audit: TenderAuditService) {}

  @GetRoute(
    ':id/audit',
    "The need's tamper-evident record (owner, admins; bidders: the need's entries and their own bid's)",
    AuditPageResponse,
  )
  list(@CurrentPrincipal() p: Principal, @Param('id', uuidParam()) id: string) {
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
