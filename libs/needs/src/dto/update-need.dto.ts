import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { IsOmittable, Transform, trimmed, Field } from '@niaz/core';
import { CreateNeedDto } from './create-need.dto';

/** Any field of the create payload (the owner organisation stays). */
export class NeedChangesDto extends PartialType(
  OmitType(CreateNeedDto, ['organizationId'] as const),
  { skipNullProperties: false },
) {}

const RATIONALE = {
  minLength: 3,
  maxLength: 2000,
  example: 'Tolerance relaxed after supplier questions',
};

/** PATCH /needs/:id: once published, a change of terms is an amendment and needs `rationale`. */
export class UpdateNeedDto extends NeedChangesDto {
  @ApiPropertyOptional({
    ...RATIONALE,
    description:
      'Why the terms change; required when a published need changes a term (an amendment)',
  })
  @IsOmittable()
  @Transform(trimmed)
  @Field.TextLength(2000, 3)
  rationale?: string;
}

/** POST /needs/:id/amendments. */
export class AmendNeedDto {
  @ApiProperty({ type: NeedChangesDto, description: 'The need fields to change' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => NeedChangesDto)
  changes: NeedChangesDto;

  @ApiProperty({ ...RATIONALE, description: 'Why the terms change' })
  @Transform(trimmed)
  @Field.TextLength(2000, 3)
  rationale: string;
}
