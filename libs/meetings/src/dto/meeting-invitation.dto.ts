import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { dateTime, IsOmittable, LANGUAGES, Language } from '@niaz/core';

/** `POST /exhibitions/:id/invitations/email`. */
export class InviteByEmailDto {
  @ApiProperty({ type: [String], example: ['info@rulman.com.tr'], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsEmail({}, { each: true, message: 'emails must be e-mail addresses' })
  @MaxLength(254, { each: true })
  emails: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, description: "The e-mail's language (default fa)" })
  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}

/** `POST /meeting-invitations/accept`. */
export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token of the invitation link' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;

  @ApiProperty({ format: 'uuid', description: 'Your organisation that joins' })
  @IsUUID('4')
  organizationId: string;
}

export class InvitationSentView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'info@rulman.com.tr' })
  email: string;
  @dateTime()
  expiresAt: string;
}

export class InvitationsSentResponse {
  @ApiProperty({ type: [InvitationSentView] })
  items: InvitationSentView[];
}

/** What the link's holder sees before signing up: which exhibition, whether it still works. */
export class InvitationPreviewResponse {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ example: 'میز نیاز صنعت قم' })
  exhibitionTitle: string;
  @ApiProperty({ example: 'info@rulman.com.tr' })
  email: string;
  @dateTime()
  expiresAt: string;
  @ApiProperty({ enum: ['open', 'used', 'expired'] })
  status: 'open' | 'used' | 'expired';
}
