import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto, LANGUAGES, Language } from '@niaz/core';
import {
  EXHIBITION_STATUSES,
  ExhibitionStatus,
  SUBMISSION_STATUSES,
  SubmissionStatus,
} from '../exhibition-lifecycle';

export class ListExhibitionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'true: exhibitions your organisations organise, drafts included',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({
    description: 'true: exhibitions your organisations are invited to, drafts included',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  invited?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: EXHIBITION_STATUSES,
    description: 'Default: published (anyone may also ask for closed ones)',
  })
  @IsOptional()
  @IsIn(EXHIBITION_STATUSES)
  status?: ExhibitionStatus;
}

export class ListSubmissionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SUBMISSION_STATUSES })
  @IsOptional()
  @IsIn(SUBMISSION_STATUSES)
  status?: SubmissionStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'needId must be a UUID' })
  needId?: string;
}

export class ListMySubmissionsQueryDto extends ListSubmissionsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4', { message: 'exhibitionId must be a UUID' })
  exhibitionId?: string;
}

export class CatalogQueryDto {
  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: "Language of the PDF's labels and cover title (default: the exhibition's)",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
