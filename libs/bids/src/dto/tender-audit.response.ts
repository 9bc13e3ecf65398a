import { ApiProperty } from '@nestjs/swagger';
import { dateTime, nullableString } from '@niaz/core';

/** A need's tender record as its readers see it (GET /needs/:id/audit). */
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
