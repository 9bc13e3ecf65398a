import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsUUID } from 'class-validator';
import { IsOmittable } from '@niaz/core';

/** `POST /needs/import?dryRun=true&organizationId=`. */
export class NeedsImportQueryDto {
  @ApiPropertyOptional({
    default: false,
    description: 'true: check every row and answer the preview; nothing is written',
  })
  @IsOmittable()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ description: 'The manufacturer to import for (default: your first one)' })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

/** One refused cell: sheet row (the header is row 1), the column's key, the cell, a code. */
export class ImportRowError {
  @ApiProperty({ example: 3, description: 'Row of the sheet (the header is row 1)' })
  row: number;

  @ApiProperty({ example: 'hsCodes', description: 'Column key of the template, as a code' })
  column: string;

  @ApiPropertyOptional({ example: 'C3', description: 'The cell, when the column is in the file' })
  cell?: string;

  @ApiProperty({ example: 'hsCodeUnknown', description: 'The rule that failed' })
  code: string;

  @ApiProperty({ description: "What is wrong, in the caller's language" })
  message: string;
}

/** One good row as it will be written. */
export class ImportPreviewRow {
  @ApiProperty({ example: 2 })
  row: number;

  @ApiProperty({ example: 'بلبرینگ ۶۲۰۴' })
  title: string;

  @ApiProperty({ type: [String], example: ['848210'] })
  hsCodes: string[];

  @ApiProperty({ example: '2027-01-31T20:29:00Z' })
  bidDeadline: string;

  @ApiPropertyOptional({ example: 5000 })
  quantityPerYear?: number;

  @ApiPropertyOptional({ example: 'piece' })
  unit?: string;
}

export class NeedsImportResponse {
  @ApiProperty({ description: 'true: a preview, nothing written' })
  dryRun: boolean;

  @ApiProperty({ example: 12, description: 'Rows of needs read from the file' })
  rows: number;

  @ApiProperty({ example: 0, description: 'Needs written as drafts (0 on a preview)' })
  created: number;

  @ApiProperty({ type: [String], description: 'Ids of the drafts written' })
  needIds: string[];

  @ApiProperty({ type: [ImportPreviewRow], description: 'The rows that pass' })
  preview: ImportPreviewRow[];

  @ApiProperty({ type: [ImportRowError], description: 'Every refused cell; empty when all pass' })
  errors: ImportRowError[];
}
