import { ApiProperty } from '@nestjs/swagger';
import { nullableString } from '@niaz/core';
import { MATCH_REASON_CODES, MatchReasonCode } from '../match-reason';

/** OpenAPI description of GET /needs/:id/matches and /capabilities/:id/matches. */
export class MatchRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
}

export class MatchOrganizationView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class MatchReasonView {
  @ApiProperty({ enum: MATCH_REASON_CODES })
  code: MatchReasonCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { code: '8482' },
  })
  params: Record<string, string | number>;
}

class MatchView {
  @ApiProperty({ type: MatchOrganizationView, description: 'The organisation on the other side' })
  organization: MatchOrganizationView;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.87 })
  score: number;
  @ApiProperty({
    type: [String],
    example: ['same HS heading 8482', 'has ISO 9001'],
    description: 'Why it fits, one line each',
  })
  reasons: string[];
  @ApiProperty({
    type: [MatchReasonView],
    required: false,
    description: 'The same reasons as codes and params',
  })
  reasonDetails?: MatchReasonView[];
}

export class NeedMatchView extends MatchView {
  @ApiProperty({ type: MatchRefView })
  capability: MatchRefView;
}

export class CapabilityMatchView extends MatchView {
  @ApiProperty({ type: MatchRefView })
  need: MatchRefView;
}

export class NeedMatchPage {
  @ApiProperty({ type: [NeedMatchView] })
  items: NeedMatchView[];
  @nullableString()
  nextCursor: string | null;
}

export class CapabilityMatchPage {
  @ApiProperty({ type: [CapabilityMatchView] })
  items: CapabilityMatchView[];
  @nullableString()
  nextCursor: string | null;
}
