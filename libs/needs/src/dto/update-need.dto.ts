import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateNeedDto } from './create-need.dto';

/** PATCH /needs/:id: any field of the create payload (the owner organisation stays). */
export class UpdateNeedDto extends PartialType(
  OmitType(CreateNeedDto, ['organizationId'] as const),
  { skipNullProperties: false },
) {}
