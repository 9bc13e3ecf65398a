import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageLimit } from '@niaz/core';

export class OcdsReleasesQueryDto {
  @ApiPropertyOptional({ description: 'Only releases dated at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsDateString({}, { message: 'since must be an ISO 8601 date-time' })
  since?: string;

  @ApiPropertyOptional({ description: 'From links.next of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 100 })
  @PageLimit()
  limit?: number;
}

/** The OCDS package envelope; releases and records follow the OCDS 1.1.5 schemas. */
class OcdsPublisher {
  @ApiProperty()
  name: string;
}

class OcdsLinks {
  @ApiProperty({ description: 'The next page of releases' })
  next: string;
}

class OcdsPackage {
  @ApiProperty()
  uri: string;
  @ApiProperty({ example: '1.1' })
  version: string;
  @ApiProperty({ format: 'date-time' })
  publishedDate: string;
  @ApiProperty({ type: OcdsPublisher })
  publisher: OcdsPublisher;
}

export class OcdsReleasePackageResponse extends OcdsPackage {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'OCDS 1.1 releases (standard.open-contracting.org/1.1/en/schema/release/)',
  })
  releases: object[];
  @ApiPropertyOptional({ type: OcdsLinks })
  links?: OcdsLinks;
}

export class OcdsRecordPackageResponse extends OcdsPackage {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'OCDS 1.1 records: every release of a need and the compiled release',
  })
  records: object[];
}
