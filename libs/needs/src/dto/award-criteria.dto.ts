import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOmittable, LocalizedNumber } from '@niaz/core';

/** Weights (integers 0–100, summing to 100) of what the award weighs; an omitted one is 0. */
export class AwardCriteriaDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 60, description: 'Lowest total price' })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  price?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    example: 30,
    description: 'Highest local content',
  })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  localContent?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 10, description: 'Shortest lead time' })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  leadTimeDays?: number;
}
